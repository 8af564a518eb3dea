/**
 * What a registry host is, as far as Artifact Registry is concerned. Host names are matched
 * case-insensitively (DNS is); a host with a port never matches, because Google's registries
 * answer on 443 only and kubelet's credential matching compares ports too.
 *
 *   LOCATION-docker.pkg.dev       Artifact Registry Docker host (LOCATION from locations.ts)
 *   docker.LOCATION.rep.pkg.dev   Artifact Registry regional replica ("rep") Docker host
 *   LOCATION-FORMAT.pkg.dev       a repository of another format (npm, python, …): no images
 *   gcr.io, us/eu/asia.gcr.io     Container Registry hosts, served by Artifact Registry now
 *   marketplace/k8s/mirror.gcr.io Google-run registries of the gcr.io family (not Artifact
 *                                 Registry repositories of a project)
 *
 * Sources: https://cloud.google.com/artifact-registry/docs/docker/names and
 * https://cloud.google.com/artifact-registry/docs/transition/gcr-repositories.
 */
import { DOCKER_HUB_DOMAIN } from './docker-hub';
import { ARTIFACT_REGISTRY_LOCATIONS, type ArtifactRegistryLocation } from './locations';

export const ARTIFACT_REGISTRY_DOMAIN_SUFFIX = '.pkg.dev';
export const REGIONAL_REPLICA_LABEL = 'rep';
export const DOCKER_FORMAT = 'docker';

/** Artifact Registry formats whose repositories hold no container images, by host label. */
export const NON_DOCKER_FORMATS: Readonly<Record<string, string>> = {
  npm: 'npm',
  python: 'Python',
  maven: 'Maven',
  apt: 'Apt',
  yum: 'Yum',
  go: 'Go',
  kfp: 'Kubeflow Pipelines',
  generic: 'Generic',
  googet: 'GooGet',
  ruby: 'Ruby',
};

/**
 * Container Registry host → the location of the Artifact Registry repository (named after the
 * host) that serves it since Container Registry's shutdown.
 */
export const CONTAINER_REGISTRY_HOSTS: Readonly<Record<string, ArtifactRegistryLocation>> = {
  'gcr.io': 'us',
  'us.gcr.io': 'us',
  'eu.gcr.io': 'europe',
  'asia.gcr.io': 'asia',
};

/** Google-run registries of the gcr.io family that are not a project's Container Registry. */
export const GOOGLE_RUN_GCR_HOSTS: readonly string[] = [
  'marketplace.gcr.io',
  'k8s.gcr.io',
  'mirror.gcr.io',
];

/** The whole gcr.io family: Container Registry hosts and Google-run registries. */
export const GCR_HOSTS: readonly string[] = [
  ...Object.keys(CONTAINER_REGISTRY_HOSTS),
  ...GOOGLE_RUN_GCR_HOSTS,
];

/** The two Artifact Registry Docker host forms of a location. */
export function artifactRegistryDockerHostsOf(location: string): string[] {
  return [
    `${location}-${DOCKER_FORMAT}${ARTIFACT_REGISTRY_DOMAIN_SUFFIX}`,
    `${DOCKER_FORMAT}.${location}.${REGIONAL_REPLICA_LABEL}${ARTIFACT_REGISTRY_DOMAIN_SUFFIX}`,
  ];
}

/** `LOCATION-docker.pkg.dev` for every known location. */
export const ARTIFACT_REGISTRY_DOCKER_HOSTS: readonly string[] = ARTIFACT_REGISTRY_LOCATIONS.map(
  (location) => `${location}-${DOCKER_FORMAT}${ARTIFACT_REGISTRY_DOMAIN_SUFFIX}`,
);

export type RegistryHostKind =
  /** `host` is the lowercase host name. */
  | { kind: 'artifact-registry'; host: string; location: string }
  | { kind: 'container-registry'; host: string; location: string }
  | { kind: 'unknown-location'; host: string; location: string }
  | { kind: 'unsupported-format'; host: string; format: string; formatName: string }
  | { kind: 'docker-hub' }
  | { kind: 'other' };

const KNOWN_LOCATIONS: ReadonlySet<string> = new Set(ARTIFACT_REGISTRY_LOCATIONS);

/** A table entry only when the key is the table's own (`constructor` is not a format). */
function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Classifies a registry as written in a reference (host, maybe with a port). */
export function classifyRegistryHost(registry: string): RegistryHostKind {
  const host = registry.toLowerCase();
  if (host === DOCKER_HUB_DOMAIN) return { kind: 'docker-hub' };
  const containerRegistryLocation = ownEntry(CONTAINER_REGISTRY_HOSTS, host);
  if (containerRegistryLocation !== undefined) {
    return { kind: 'container-registry', host, location: containerRegistryLocation };
  }
  if (!host.endsWith(ARTIFACT_REGISTRY_DOMAIN_SUFFIX) || host.includes(':'))
    return { kind: 'other' };
  const label = host.slice(0, -ARTIFACT_REGISTRY_DOMAIN_SUFFIX.length);
  const parts = label.split('.');
  let format: string;
  let location: string;
  if (parts.length === 1) {
    // LOCATION-FORMAT
    const dash = label.lastIndexOf('-');
    if (dash <= 0) return { kind: 'other' };
    location = label.slice(0, dash);
    format = label.slice(dash + 1);
  } else if (parts.length === 3 && parts[2] === REGIONAL_REPLICA_LABEL) {
    // FORMAT.LOCATION.rep
    format = parts[0] as string;
    location = parts[1] as string;
  } else {
    return { kind: 'other' };
  }
  if (format === DOCKER_FORMAT) {
    return KNOWN_LOCATIONS.has(location)
      ? { kind: 'artifact-registry', host, location }
      : { kind: 'unknown-location', host, location };
  }
  const formatName = ownEntry(NON_DOCKER_FORMATS, format);
  if (formatName !== undefined) return { kind: 'unsupported-format', host, format, formatName };
  return { kind: 'other' };
}

/** True for an Artifact Registry Docker host of a known location (`us-docker.pkg.dev`,
 *  `docker.us-central1.rep.pkg.dev`), in any letter case, without a port. Not gcr.io hosts. */
export function isArtifactRegistryDockerHost(host: string): boolean {
  return classifyRegistryHost(host).kind === 'artifact-registry';
}

/** True for `gcr.io`, `us.gcr.io`, `eu.gcr.io`, `asia.gcr.io` (any letter case, no port). */
export function isContainerRegistryHost(host: string): boolean {
  return classifyRegistryHost(host).kind === 'container-registry';
}

/** The Artifact Registry location a host serves (`us-central1`, `europe` for `eu.gcr.io`), or
 *  null when the host is neither a known Artifact Registry Docker host nor a gcr.io host. */
export function artifactRegistryLocationOf(host: string): string | null {
  const kind = classifyRegistryHost(host);
  return kind.kind === 'artifact-registry' || kind.kind === 'container-registry'
    ? kind.location
    : null;
}
