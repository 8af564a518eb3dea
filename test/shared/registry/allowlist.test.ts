import { describe, expect, it } from 'vitest';
import { compileHostPolicy } from '../../../shared/registry';
import { defaultRegistryHostPolicy } from '../../../shared/registry-hosts';

const policy = compileHostPolicy({
  ...defaultRegistryHostPolicy(['us', 'us-central1']),
  allowlist: [
    ...defaultRegistryHostPolicy(['us', 'us-central1']).allowlist,
    '*.mirror.example.com',
    'registry.example.com:5000',
  ],
  insecureHosts: ['127.0.0.1:5000'],
});

describe('the host policy', () => {
  it.each([
    ['an AR multi-region host', 'https://us-docker.pkg.dev/v2/', 'registry'],
    ['an AR regional replica host', 'https://docker.us-central1.rep.pkg.dev/v2/', 'registry'],
    ['a gcr.io family host', 'https://eu.gcr.io/v2/', 'registry'],
    ["Docker Hub's API host", 'https://registry-1.docker.io/v2/', 'registry'],
    ["Docker Hub's realm as a realm", 'https://auth.docker.io/token', 'realm'],
    ['a host under a configured pattern', 'https://a.b.mirror.example.com/v2/', 'registry'],
    ['a host on its configured port', 'https://registry.example.com:5000/v2/', 'registry'],
    ['a configured insecure host over HTTP', 'http://127.0.0.1:5000/v2/', 'registry'],
  ] as const)('allows %s', (_name, url, role) => {
    expect(policy.refusalOf(new URL(url), role)).toBeNull();
  });

  it.each([
    ["Docker Hub's realm host as a registry", 'https://auth.docker.io/v2/', 'registry'],
    ['an AR host of a location not configured', 'https://europe-docker.pkg.dev/v2/', 'registry'],
    ['an allowlisted host over plain HTTP', 'http://us-docker.pkg.dev/v2/', 'registry'],
    ['an allowlisted host on another port', 'https://us-docker.pkg.dev:8443/v2/', 'registry'],
    ['a pattern host on a non-default port', 'https://a.mirror.example.com:444/v2/', 'registry'],
    ['the pattern suffix itself', 'https://mirror.example.com/v2/', 'registry'],
    ['a configured host on another port', 'https://registry.example.com/v2/', 'registry'],
    ['an insecure host over HTTPS when not allowlisted', 'https://127.0.0.1:5000/v2/', 'registry'],
    ['an insecure host on another port', 'http://127.0.0.1:5001/v2/', 'registry'],
    ['a URL with user information', 'https://user:pass@us-docker.pkg.dev/v2/', 'registry'],
    ['a non-HTTP scheme', 'ftp://us-docker.pkg.dev/', 'registry'],
    ['a hex-written loopback address', 'https://0x7f.1/v2/', 'registry'],
  ] as const)('refuses %s', (_name, url, role) => {
    expect(policy.refusalOf(new URL(url), role)).not.toBeNull();
  });

  it('matches case-insensitively', () => {
    expect(policy.refusalOf(new URL('https://US-Docker.PKG.dev/v2/'), 'registry')).toBeNull();
  });

  it.each([
    ['*.com'],
    ['*.localhost'],
    ['*.internal'],
    ['http://x.example.com'],
    ['x.example.com/path'],
    ['*.example.com:444'],
  ])('rejects the misconfigured entry %s when the client is built', (entry) => {
    expect(() => compileHostPolicy({ allowlist: [entry] })).toThrow(TypeError);
  });
});
