/**
 * Registry hosts: which registry a host is, where its API lives, and who may receive credentials
 * for it. Every host table of the service is here, once; adding a host or a location is one line
 * in one file. Two rules that must never be confused live side by side, each named:
 * - the hosts GKE nodes send their node credentials to (`isNodeCredentialHost`: a fixed fact of
 *   GKE — `*.pkg.dev`, `gcr.io`, `*.gcr.io`, `container.cloud.google.com`), and
 * - the hosts this service may send its own Google credentials to
 *   (`serviceCredentialHostRule`: Artifact Registry Docker hosts and the gcr.io family, extended
 *   by the operator's `REGISTRY_GOOGLE_CREDENTIAL_HOSTS`).
 *
 * Hosts that still answer but receive nothing new (`k8s.gcr.io`) name their successor here too.
 *
 * Pure data and predicates; imports nothing of the service, so every other module may import it.
 */
export {
  GOOGLE_RUN_REGISTRY_PATTERNS,
  isGoogleRunRegistryHost,
  isNodeCredentialHost,
  matchesHostPattern,
  NODE_CREDENTIAL_HOST_PATTERNS,
} from './node-credential-hosts';
export {
  isGoogleRegistryHost,
  serviceCredentialHostRule,
  type ServiceCredentialHostRule,
} from './service-credential-hosts';
export {
  ARTIFACT_REGISTRY_LOCATIONS,
  ARTIFACT_REGISTRY_MULTI_REGIONS,
  ARTIFACT_REGISTRY_REGIONS,
  type ArtifactRegistryLocation,
} from './locations';
export {
  ARTIFACT_REGISTRY_DOCKER_HOSTS,
  ARTIFACT_REGISTRY_DOMAIN_SUFFIX,
  CONTAINER_REGISTRY_HOSTS,
  DOCKER_FORMAT,
  GCR_HOSTS,
  GOOGLE_RUN_GCR_HOSTS,
  NON_DOCKER_FORMATS,
  REGIONAL_REPLICA_LABEL,
  artifactRegistryDockerHostsOf,
  artifactRegistryLocationOf,
  classifyRegistryHost,
  isArtifactRegistryDockerHost,
  isContainerRegistryHost,
  type RegistryHostKind,
} from './artifact-registry-hosts';
export {
  DOCKER_HUB_API_HOST,
  DOCKER_HUB_DOMAIN,
  DOCKER_HUB_REALM_HOST,
  LEGACY_DOCKER_HUB_DOMAIN,
  REGISTRY_API_HOSTS,
  registryApiHostOf,
} from './docker-hub';
export { defaultRegistryHostPolicy, type DefaultRegistryHostPolicy } from './default-allowlist';
export {
  LEGACY_REGISTRY_HOSTS,
  legacyRegistryHostOf,
  type LegacyRegistryHost,
} from './legacy-hosts';
export {
  FOREIGN_KINDS,
  REGISTRY_FAMILIES,
  REGISTRY_FAMILY_IDS,
  REGISTRY_KINDS,
  groupOf,
  registryFamilyById,
  registryFamilyOf,
  type RegistryFamily,
  type RegistryFamilyId,
  type RegistryGroup,
  type RegistryKind,
} from './registry-families';
export { isServedByGoogleApis } from './google-apis';
