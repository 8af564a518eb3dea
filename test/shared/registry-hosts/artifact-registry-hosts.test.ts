import { describe, expect, it } from 'vitest';
import {
  ARTIFACT_REGISTRY_DOCKER_HOSTS,
  ARTIFACT_REGISTRY_LOCATIONS,
  GCR_HOSTS,
  artifactRegistryDockerHostsOf,
  artifactRegistryLocationOf,
  classifyRegistryHost,
  isArtifactRegistryDockerHost,
  isContainerRegistryHost,
} from '../../../shared/registry-hosts';

describe('Artifact Registry and Container Registry hosts', () => {
  it.each([
    ['us-docker.pkg.dev', true, 'us'],
    ['europe-west10-docker.pkg.dev', true, 'europe-west10'],
    ['Asia-Docker.Pkg.Dev', true, 'asia'],
    ['docker.us-central1.rep.pkg.dev', true, 'us-central1'],
    ['gcr.io', false, 'us'],
    ['eu.gcr.io', false, 'europe'],
    ['us-docker.pkg.dev:443', false, null],
    ['us-centrall-docker.pkg.dev', false, null],
    ['us-npm.pkg.dev', false, null],
    ['us-docker.pkg.dev.evil.example', false, null],
    ['evil.example', false, null],
    ['docker.io', false, null],
    ['', false, null],
  ])('%j: Artifact Registry Docker host %s, location %s', (host, isDocker, location) => {
    expect(isArtifactRegistryDockerHost(host)).toBe(isDocker);
    expect(artifactRegistryLocationOf(host)).toBe(location);
  });

  it.each([
    ['gcr.io', true],
    ['us.gcr.io', true],
    ['EU.GCR.IO', true],
    ['asia.gcr.io', true],
    ['marketplace.gcr.io', false],
    ['k8s.gcr.io', false],
  ])('%j is a Container Registry host: %s', (host, expected) => {
    expect(isContainerRegistryHost(host)).toBe(expected);
  });

  it('lists one Docker host per known location, every multi-region included', () => {
    expect(ARTIFACT_REGISTRY_DOCKER_HOSTS).toHaveLength(ARTIFACT_REGISTRY_LOCATIONS.length);
    expect(ARTIFACT_REGISTRY_DOCKER_HOSTS).toEqual(
      expect.arrayContaining(['us-docker.pkg.dev', 'europe-docker.pkg.dev', 'asia-docker.pkg.dev']),
    );
    for (const host of ARTIFACT_REGISTRY_DOCKER_HOSTS)
      expect(isArtifactRegistryDockerHost(host)).toBe(true);
  });

  it('has no duplicate locations', () => {
    expect(new Set(ARTIFACT_REGISTRY_LOCATIONS).size).toBe(ARTIFACT_REGISTRY_LOCATIONS.length);
  });

  it.each([
    ['us-constructor.pkg.dev', { kind: 'other' }],
    ['us-tostring.pkg.dev', { kind: 'other' }],
    [
      'docker.constructor.rep.pkg.dev',
      { kind: 'unknown-location', host: 'docker.constructor.rep.pkg.dev', location: 'constructor' },
    ],
    ['constructor', { kind: 'other' }],
    [
      'us-npm.pkg.dev',
      { kind: 'unsupported-format', host: 'us-npm.pkg.dev', format: 'npm', formatName: 'npm' },
    ],
    ['docker.io', { kind: 'docker-hub' }],
  ])('classifies %j by its own table entries only (never an Object property)', (host, kind) => {
    expect(classifyRegistryHost(host)).toEqual(kind);
  });

  it('names both Docker host forms of a location', () => {
    expect(artifactRegistryDockerHostsOf('us-central1')).toEqual([
      'us-central1-docker.pkg.dev',
      'docker.us-central1.rep.pkg.dev',
    ]);
    for (const host of artifactRegistryDockerHostsOf('europe-west4'))
      expect(artifactRegistryLocationOf(host)).toBe('europe-west4');
  });

  it('keeps the gcr.io family one list: the Container Registry hosts and the Google-run ones', () => {
    expect(GCR_HOSTS).toEqual([
      'gcr.io',
      'us.gcr.io',
      'eu.gcr.io',
      'asia.gcr.io',
      'marketplace.gcr.io',
      'k8s.gcr.io',
      'mirror.gcr.io',
    ]);
  });
});
