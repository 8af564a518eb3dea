import { describe, expect, it } from 'vitest';
import {
  isGoogleRegistryHost,
  isNodeCredentialHost,
  serviceCredentialHostRule,
} from '../../../shared/registry-hosts';

describe('isGoogleRegistryHost: where the service sends its Google credentials by default', () => {
  it.each([
    ['us-docker.pkg.dev', true],
    ['europe-west1-docker.pkg.dev', true],
    ['docker.us-central1.rep.pkg.dev', true],
    ['gcr.io', true],
    ['asia.gcr.io', true],
    ['US-Docker.PKG.dev', true],
    ['us-docker.pkg.dev:8443', false],
    ['us-docker.pkg.dev.evil.example', false],
    ['us-npm.pkg.dev', false],
    ['registry-1.docker.io', false],
    ['auth.docker.io', false],
    ['evilgcr.io', false],
    ['container.cloud.google.com', false],
  ])('%s → %s', (authority, expected) => {
    expect(isGoogleRegistryHost(authority)).toBe(expected);
  });
});

describe('serviceCredentialHostRule: the default hosts plus the operator’s', () => {
  const rule = serviceCredentialHostRule(['Mirror.Example.com', '127.0.0.1:5000', 'r.example:443']);

  it.each([
    ['a default host', 'us-docker.pkg.dev', true],
    ['a configured host, in any case', 'mirror.example.com', true],
    ['a configured host:port', '127.0.0.1:5000', true],
    ['a configured host:443, as a URL writes it', 'r.example', true],
    ['a configured host on another port', '127.0.0.1:5001', false],
    ['a configured host:port without its port', '127.0.0.1', false],
    ['a host under a configured one', 'a.mirror.example.com', false],
    ['anything else', 'quay.io', false],
  ])('%s (%s) → %s', (_name, authority, expected) => {
    expect(rule(authority)).toBe(expected);
  });

  it('is only the default rule without configuration', () => {
    expect(serviceCredentialHostRule()('mirror.example.com')).toBe(false);
    expect(serviceCredentialHostRule()('eu.gcr.io')).toBe(true);
  });

  it.each([
    ['a non-Docker Artifact Registry host', 'us-npm.pkg.dev'],
    ['container.cloud.google.com', 'container.cloud.google.com'],
    ['a pkg.dev host of one label under an unknown format', 'us-foo.pkg.dev'],
  ])(
    'is a different rule from the node credential hosts: %s receives node credentials only',
    (_name, host) => {
      expect(isNodeCredentialHost(host)).toBe(true);
      expect(serviceCredentialHostRule()(host)).toBe(false);
    },
  );
});
