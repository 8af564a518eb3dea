import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../../shared/config';

describe('configuration', () => {
  it('has working defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(8080);
    expect(config.MAX_BODY_BYTES).toBe(65536);
    expect(config.UPSTREAM_TIMEOUT_MS).toBe(5000);
    expect(config.REGISTRY_TAG_CACHE_TTL_MS).toBe(0);
    expect(config.IAM_CREDENTIALS_ENDPOINT).toBe('https://iamcredentials.googleapis.com');
  });

  it('parses lists, numbers and JSON', () => {
    const config = loadConfig({
      PORT: '9090',
      REGISTRY_ALLOWLIST: ' a.example , b.example:5000,',
      ACCESS_POLICY: '{"rules":[]}',
    });
    expect(config.PORT).toBe(9090);
    expect(config.REGISTRY_ALLOWLIST).toEqual(['a.example', 'b.example:5000']);
    expect(config.ACCESS_POLICY).toEqual({ rules: [] });
  });

  it.each([
    { name: 'PORT', value: 'eighty' },
    { name: 'PORT', value: '70000' },
    { name: 'LOG_LEVEL', value: 'LOUD' },
    { name: 'UPSTREAM_TIMEOUT_MS', value: '-1' },
    { name: 'ACCESS_POLICY', value: '{not json' },
    { name: 'IAM_CREDENTIALS_ENDPOINT', value: 'ftp://x' },
  ])('stops with a message naming $name when it is "$value"', ({ name, value }) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });

  it('documents every variable in the README table', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const name of Object.keys(CONFIG_VARIABLES)) expect(readme).toContain(`| \`${name}\``);
  });
});
