import { describe, expect, it } from 'vitest';
import {
  buildCredentialProviderConfig,
  CredentialProviderConfigSchema,
  KUBELET_MATCH_IMAGES,
  parseServiceUrl,
} from '../../../shared/credential-provider';
import { isNodeCredentialHost } from '../../../shared/registry-hosts';

describe('the kubelet configuration', () => {
  it('matches the node-credential hosts Artifact Registry serves, in kubelet glob syntax', () => {
    expect(KUBELET_MATCH_IMAGES).toEqual(['gcr.io', '*.gcr.io', '*.pkg.dev']);
    for (const host of ['us-docker.pkg.dev', 'europe-west1-docker.pkg.dev', 'gcr.io', 'eu.gcr.io'])
      expect(isNodeCredentialHost(host)).toBe(true);
  });

  it('is a complete 1.34 CredentialProviderConfig', () => {
    const config = buildCredentialProviderConfig({ serviceUrl: 'https://pull.example.com/' });
    expect(CredentialProviderConfigSchema.parse(config)).toEqual(config);
    expect(config.providers[0]?.tokenAttributes).toEqual({
      serviceAccountTokenAudience: 'https://pull.example.com',
      cacheType: 'ServiceAccount',
      requireServiceAccount: true,
    });
  });

  it.each([
    { name: 'an https URL', input: 'https://pull.example.com', output: 'https://pull.example.com' },
    { name: 'a path', input: 'https://example.com/pull/', output: 'https://example.com/pull' },
    { name: 'loopback http', input: 'http://127.0.0.1:8080', output: 'http://127.0.0.1:8080' },
  ])('accepts $name', ({ input, output }) => {
    expect(parseServiceUrl(input)).toBe(output);
  });

  it.each([
    'http://pull.example.com',
    'https://user:pass@pull.example.com',
    'https://pull.example.com/?a=b',
    'https://pull.example.com/#x',
    'ftp://pull.example.com',
    'pull.example.com',
  ])('refuses %s, naming the field', (input) => {
    expect(() => parseServiceUrl(input)).toThrow(
      expect.objectContaining({ code: 'INVALID_REQUEST', path: ['serviceUrl'] }),
    );
  });
});
