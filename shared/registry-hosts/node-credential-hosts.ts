/**
 * The registries a GKE node sends its own Google credentials to. The node's credential provider
 * answers only for these hosts (cloud-provider-gcp `containerRegistryUrls`:
 * https://github.com/kubernetes/cloud-provider-gcp/blob/master/pkg/gcpcredential/gcpcredential.go),
 * matched like kubelet matches registry globs: each `*` stands for exactly one DNS label, and a
 * host with a port matches no pattern without one
 * (https://kubernetes.io/docs/tasks/administer-cluster/kubelet-credential-provider/).
 * Any other registry receives no Google credential from the node: the pull is anonymous unless
 * the Pod has an imagePullSecret for it.
 *
 * This is a fixed fact of GKE, not a setting: it is a different rule from the hosts this
 * service may send its own credentials to (configurable by the operator).
 */
export const NODE_CREDENTIAL_HOST_PATTERNS = [
  'container.cloud.google.com',
  'gcr.io',
  '*.gcr.io',
  '*.pkg.dev',
] as const;

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * True when a registry (`host[:port]` as written in a reference) matches a kubelet-style host
 * pattern: `*` stands for exactly one DNS label, letter case is ignored, and a registry with a
 * port (or a path) matches no pattern, since the patterns here name none.
 */
export function matchesHostPattern(pattern: string, registry: string): boolean {
  const host = registry.toLowerCase();
  if (host.includes(':') || host.includes('/')) return false;
  const patternLabels = pattern.split('.');
  const hostLabels = host.split('.');
  if (patternLabels.length !== hostLabels.length) return false;
  return patternLabels.every((label, index) => {
    const hostLabel = hostLabels[index] as string;
    return label === '*' ? LABEL.test(hostLabel) : label === hostLabel;
  });
}

/** True when a GKE node sends its Google credentials to this registry (`host[:port]` as written). */
export function isNodeCredentialHost(registry: string): boolean {
  return NODE_CREDENTIAL_HOST_PATTERNS.some((pattern) => matchesHostPattern(pattern, registry));
}

/**
 * Registries Google runs outside Artifact Registry that still get the nodes' credentials: the
 * gcr.io family (`marketplace.gcr.io`, `k8s.gcr.io`, …) and `container.cloud.google.com`. Under
 * `*.pkg.dev` Artifact Registry's own host grammar decides: a host it does not know (an unknown
 * format) is no registry Google runs, even though a node would send it credentials.
 */
export const GOOGLE_RUN_REGISTRY_PATTERNS = NODE_CREDENTIAL_HOST_PATTERNS.filter(
  (pattern) => pattern !== '*.pkg.dev',
);

export function isGoogleRunRegistryHost(registry: string): boolean {
  return GOOGLE_RUN_REGISTRY_PATTERNS.some((pattern) => matchesHostPattern(pattern, registry));
}
