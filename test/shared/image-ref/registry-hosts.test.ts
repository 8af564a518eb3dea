import { describe, expect, it } from 'vitest';
import {
  ARTIFACT_REGISTRY_DOCKER_HOSTS,
  ARTIFACT_REGISTRY_LOCATIONS,
  artifactRegistryLocationOf,
  isArtifactRegistryDockerHost,
  isContainerRegistryHost,
} from '../../../shared/image-ref';

describe('registry hosts other modules allowlist', () => {
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
});
