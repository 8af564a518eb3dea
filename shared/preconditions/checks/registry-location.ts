import { createRepositoryCommand, PLACEHOLDERS } from '../commands';
import { DOCS } from '../docs';
import type { CheckDraft } from '../draft';
import { continentOf, MULTI_REGIONS, regionOf } from '../locations';
import { invalidImageDraft, notArtifactRegistryDraft, type PreconditionCheck } from './common';

/**
 * `registry-location`: where the repository is against where the cluster is. Distance only costs
 * time and egress, never correctness, so this check is warn / pass / unknown / not-applicable —
 * never fail.
 */
export const checkRegistryLocation: PreconditionCheck = (context): CheckDraft => {
  const id = 'registry-location' as const;
  if (context.imageError || !context.image) return invalidImageDraft(id);
  const ar = context.ar;
  if (!ar) return notArtifactRegistryDraft(id, context.image.registry);
  const repositoryLocation = ar.location;
  const location = context.cluster.location;
  if (location === undefined) {
    return {
      id,
      status: 'unknown',
      message: { id: 'registryLocation.missing', params: { repositoryLocation } },
      evidence: { source: 'request', repositoryLocation },
      missing: [['cluster', 'location']],
      remediation: null,
    };
  }
  const clusterRegion = regionOf(location);
  const repositoryContinent = continentOf(repositoryLocation);
  const clusterContinent = continentOf(clusterRegion);
  const evidence = {
    source: 'request',
    repositoryLocation,
    clusterRegion,
    repositoryContinent,
    clusterContinent,
    multiRegion: MULTI_REGIONS.includes(repositoryLocation),
  };
  const pass = (
    messageId:
      | 'registryLocation.sameRegion'
      | 'registryLocation.multiRegion'
      | 'registryLocation.sameContinent',
  ): CheckDraft => ({
    id,
    status: 'pass',
    message: { id: messageId, params: { repositoryLocation, clusterRegion } },
    evidence,
    missing: [],
    remediation: null,
  });
  if (repositoryLocation === clusterRegion) return pass('registryLocation.sameRegion');
  if (!repositoryContinent || !clusterContinent) {
    return {
      id,
      status: 'unknown',
      message: {
        id: 'registryLocation.unplaced',
        params: { location: repositoryContinent ? clusterRegion : repositoryLocation },
      },
      evidence,
      missing: [],
      remediation: null,
    };
  }
  if (repositoryContinent === clusterContinent) {
    return pass(
      evidence.multiRegion ? 'registryLocation.multiRegion' : 'registryLocation.sameContinent',
    );
  }
  const repository = ar.containerRegistryHost ? PLACEHOLDERS.repository : ar.repository;
  return {
    id,
    status: 'warn',
    message: {
      id: 'registryLocation.crossContinent',
      params: { repositoryLocation, clusterRegion },
    },
    evidence,
    missing: [],
    remediation: {
      summary: { id: 'registryLocation.crossContinent.summary', params: { clusterRegion } },
      commands: [
        createRepositoryCommand({ repository, location: clusterRegion, projectId: ar.projectId }),
      ],
      docs: [DOCS.repoLocations],
    },
  };
};
