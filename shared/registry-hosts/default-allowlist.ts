/**
 * The live look-up allowlist the service starts from, before the operator's `REGISTRY_ALLOWLIST`
 * entries: the Artifact Registry Docker hosts of the known locations (both host forms), the gcr.io
 * family and Docker Hub's API host, plus Docker Hub's token service, allowed as a realm only.
 */
import { artifactRegistryDockerHostsOf, GCR_HOSTS } from './artifact-registry-hosts';
import { DOCKER_HUB_API_HOST, DOCKER_HUB_REALM_HOST } from './docker-hub';
import { ARTIFACT_REGISTRY_LOCATIONS } from './locations';

export interface DefaultRegistryHostPolicy {
  /** Hosts contacted as registries (and as token realms). */
  allowlist: string[];
  /** Hosts contacted only as token realms. */
  realmAllowlist: string[];
}

export function defaultRegistryHostPolicy(
  locations: readonly string[] = ARTIFACT_REGISTRY_LOCATIONS,
): DefaultRegistryHostPolicy {
  return {
    allowlist: [
      ...locations.flatMap(artifactRegistryDockerHostsOf),
      ...GCR_HOSTS,
      DOCKER_HUB_API_HOST,
    ],
    realmAllowlist: [DOCKER_HUB_REALM_HOST],
  };
}
