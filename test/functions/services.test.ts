import { describe, expect, it } from 'vitest';
import { createServices } from '../../functions/services';
import { ConfigError, loadConfig } from '../../shared/config';
import { createLogger } from '../../shared/log';

const logger = createLogger({ level: 'ERROR', write: () => {} });

describe('security settings are validated at start-up', () => {
  it.each([
    {
      name: 'a policy rule that would admit every identity of an issuer',
      env: {
        ACCESS_POLICY: JSON.stringify({
          rules: [
            {
              name: 'x',
              callers: [{ issuer: 'https://accounts.google.com' }],
              repositories: ['us-docker.pkg.dev/p/r'],
            },
          ],
        }),
      },
      variable: 'ACCESS_POLICY',
    },
    {
      name: 'a policy that is not an object of rules',
      env: { ACCESS_POLICY: '[1,2]' },
      variable: 'ACCESS_POLICY',
    },
    {
      name: 'a plain-http issuer without keys',
      env: { AUTH_TRUSTED_ISSUERS: '[{"issuer":"http://evil.example"}]' },
      variable: 'AUTH_TRUSTED_ISSUERS',
    },
  ])('refuses $name, naming $variable', ({ env, variable }) => {
    const config = loadConfig(env);
    expect(() => createServices(config, logger)).toThrow(ConfigError);
    expect(() => createServices(config, logger)).toThrow(new RegExp(`${variable}:`));
  });

  it('starts with no policy at all (everything denied)', () => {
    expect(() => createServices(loadConfig({}), logger)).not.toThrow();
  });
});
