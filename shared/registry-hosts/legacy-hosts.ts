/**
 * Registry hosts that still answer pulls but receive no new images, and the host that serves
 * their images now, under the same repository paths. One line per host.
 *
 *   k8s.gcr.io   frozen since April 3, 2023: the Kubernetes project publishes only to
 *                registry.k8s.io (https://kubernetes.io/blog/2023/02/06/k8s-gcr-io-freeze-announcement/)
 */
export interface LegacyRegistryHost {
  /** The host that serves the same repositories now. */
  successor: string;
}

export const LEGACY_REGISTRY_HOSTS: Readonly<Record<string, LegacyRegistryHost>> = {
  'k8s.gcr.io': { successor: 'registry.k8s.io' },
};

/** The legacy entry of a registry as written in a reference (any letter case), or null. */
export function legacyRegistryHostOf(registry: string): LegacyRegistryHost | null {
  return Object.hasOwn(LEGACY_REGISTRY_HOSTS, registry.toLowerCase())
    ? (LEGACY_REGISTRY_HOSTS[registry.toLowerCase()] ?? null)
    : null;
}
