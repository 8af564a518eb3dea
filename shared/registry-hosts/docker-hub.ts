/**
 * Docker Hub: the name references give it, and the hosts its Docker Registry HTTP API and its
 * token service really live on (https://docs.docker.com/reference/api/registry/auth/).
 */

/** The registry of a reference without a host (`nginx`, `user/app`). */
export const DOCKER_HUB_DOMAIN = 'docker.io';
/** An older name of Docker Hub, rewritten to `docker.io` by normalization. */
export const LEGACY_DOCKER_HUB_DOMAIN = 'index.docker.io';
/** Where Docker Hub's registry API answers. */
export const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
/** Docker Hub's token service (`https://auth.docker.io/token`): a realm, never a registry. */
export const DOCKER_HUB_REALM_HOST = 'auth.docker.io';

/** Registries whose API is served from another host than the one written in references. */
export const REGISTRY_API_HOSTS: Readonly<Record<string, string>> = {
  [DOCKER_HUB_DOMAIN]: DOCKER_HUB_API_HOST,
  [LEGACY_DOCKER_HUB_DOMAIN]: DOCKER_HUB_API_HOST,
  'registry.hub.docker.com': DOCKER_HUB_API_HOST,
};

/** The host a registry's API is reached on: `docker.io` → `registry-1.docker.io`, others as given. */
export function registryApiHostOf(registry: string): string {
  const host = registry.toLowerCase();
  return REGISTRY_API_HOSTS[host] ?? host;
}
