import { describe, expect, it } from 'vitest';
import {
  ARTIFACT_REGISTRY_LOCATIONS,
  defaultRegistryHostPolicy,
} from '../../../shared/registry-hosts';

describe('defaultRegistryHostPolicy', () => {
  it('allows both Artifact Registry host forms of each location, the gcr.io family and Docker Hub', () => {
    expect(defaultRegistryHostPolicy(['us', 'europe-west4'])).toEqual({
      allowlist: [
        'us-docker.pkg.dev',
        'docker.us.rep.pkg.dev',
        'europe-west4-docker.pkg.dev',
        'docker.europe-west4.rep.pkg.dev',
        'gcr.io',
        'us.gcr.io',
        'eu.gcr.io',
        'asia.gcr.io',
        'marketplace.gcr.io',
        'k8s.gcr.io',
        'mirror.gcr.io',
        'registry-1.docker.io',
      ],
      realmAllowlist: ['auth.docker.io'],
    });
  });

  it('covers every known location by default', () => {
    const { allowlist } = defaultRegistryHostPolicy();
    for (const location of ARTIFACT_REGISTRY_LOCATIONS)
      expect(allowlist).toContain(`${location}-docker.pkg.dev`);
  });
});
