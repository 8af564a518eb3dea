/**
 * Registry host data: where the Docker Registry HTTP API of a well-known registry lives, and
 * which hosts belong to Google. Adding a host is a one-line change here.
 */

/** Registries whose API is served from another host than the one written in references. */
export const REGISTRY_API_HOSTS: Readonly<Record<string, string>> = {
  'docker.io': 'registry-1.docker.io',
  'index.docker.io': 'registry-1.docker.io',
  'registry.hub.docker.com': 'registry-1.docker.io',
};

/** The gcr.io family: Container Registry hosts (now served by Artifact Registry) and Google-run mirrors. */
export const GCR_HOSTS: readonly string[] = [
  'gcr.io',
  'us.gcr.io',
  'eu.gcr.io',
  'asia.gcr.io',
  'marketplace.gcr.io',
  'k8s.gcr.io',
  'mirror.gcr.io',
];

/** Docker Hub's registry API host and the host of its token realm (`auth.docker.io/token`). */
export const DOCKER_HUB_REGISTRY_HOSTS: readonly string[] = ['registry-1.docker.io'];
export const DOCKER_HUB_REALM_HOSTS: readonly string[] = ['auth.docker.io'];

/** The two Artifact Registry Docker host forms of a location. */
export function artifactRegistryDockerHostsOf(location: string): string[] {
  return [`${location}-docker.pkg.dev`, `docker.${location}.rep.pkg.dev`];
}

/**
 * Google-owned registry hosts (default port only): Artifact Registry Docker hosts and the gcr.io
 * family. pkg.dev and gcr.io are Google's domains, so a pattern cannot name someone else's host;
 * the allowlist still decides which of them may be contacted at all.
 */
const GOOGLE_REGISTRY_HOST_PATTERNS: readonly RegExp[] = [
  /^[a-z][a-z0-9-]*[a-z0-9]-docker\.pkg\.dev$/,
  /^docker\.[a-z][a-z0-9-]*[a-z0-9]\.rep\.pkg\.dev$/,
  /^gcr\.io$/,
  /^[a-z][a-z0-9-]*\.gcr\.io$/,
];

/** `authority` is `host[:port]` as in a URL's `host`; a non-default port is never Google's. */
export function isGoogleRegistryHost(authority: string): boolean {
  const host = authority.toLowerCase();
  return GOOGLE_REGISTRY_HOST_PATTERNS.some((pattern) => pattern.test(host));
}

export interface DefaultRegistryHostPolicy {
  allowlist: string[];
  realmAllowlist: string[];
}

/**
 * The default allowlist: the Artifact Registry Docker hosts of the given known locations
 * (both `LOCATION-docker.pkg.dev` and `docker.LOCATION.rep.pkg.dev`), the gcr.io family and
 * Docker Hub, plus Docker Hub's token realm host, which is allowed as a realm only.
 */
export function defaultRegistryHostPolicy(locations: readonly string[]): DefaultRegistryHostPolicy {
  return {
    allowlist: [
      ...locations.flatMap(artifactRegistryDockerHostsOf),
      ...GCR_HOSTS,
      ...DOCKER_HUB_REGISTRY_HOSTS,
    ],
    realmAllowlist: [...DOCKER_HUB_REALM_HOSTS],
  };
}
