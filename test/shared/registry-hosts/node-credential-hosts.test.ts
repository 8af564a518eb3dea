import { describe, expect, it } from 'vitest';
import { isGoogleRunRegistryHost, isNodeCredentialHost } from '../../../shared/registry-hosts';

describe('isNodeCredentialHost: where a GKE node sends its Google credentials', () => {
  it.each([
    'us-docker.pkg.dev',
    'europe-west1-docker.pkg.dev',
    'US-Docker.PKG.dev',
    'gcr.io',
    'eu.gcr.io',
    'marketplace.gcr.io',
    'k8s.gcr.io',
    'container.cloud.google.com',
  ])('sends them to %s', (host) => {
    expect(isNodeCredentialHost(host)).toBe(true);
  });

  it.each([
    ['Docker Hub', 'docker.io'],
    ['quay.io', 'quay.io'],
    ['GitHub', 'ghcr.io'],
    ['an ECR registry', '123456789012.dkr.ecr.us-east-1.amazonaws.com'],
    ['an ACR registry', 'myregistry.azurecr.io'],
    ['a look-alike suffix', 'pkg.dev.example.com'],
    ['a look-alike prefix', 'evilgcr.io'],
    ['a host with a port', 'us-docker.pkg.dev:443'],
    ['two labels under pkg.dev (a glob matches one)', 'docker.us-central1.rep.pkg.dev'],
    ['two labels under gcr.io', 'a.b.gcr.io'],
    ['a private registry', 'registry.internal.example.com:5000'],
  ])('never sends them to %s', (_name, host) => {
    expect(isNodeCredentialHost(host)).toBe(false);
  });
});

describe('isGoogleRunRegistryHost: Google registries outside Artifact Registry', () => {
  it.each([
    ['marketplace.gcr.io', true],
    ['k8s.gcr.io', true],
    ['MIRROR.GCR.IO', true],
    ['gcr.io', true],
    ['container.cloud.google.com', true],
    // Under *.pkg.dev, Artifact Registry's host grammar decides, not this rule.
    ['us-docker.pkg.dev', false],
    ['us-constructor.pkg.dev', false],
    ['k8s.gcr.io:443', false],
    ['evil.gcr.io.example.com', false],
    ['quay.io', false],
  ])('%s → %s', (host, expected) => {
    expect(isGoogleRunRegistryHost(host)).toBe(expected);
  });
});
