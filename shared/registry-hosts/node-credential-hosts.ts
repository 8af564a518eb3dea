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

/** A registry's DNS labels, lowercase; null with a port or a path, which no pattern here names. */
function hostLabelsOf(registry: string): string[] | null {
  const host = registry.toLowerCase();
  if (host.includes(':') || host.includes('/')) return null;
  return host.split('.');
}

function labelsMatch(patternLabels: readonly string[], hostLabels: readonly string[]): boolean {
  if (patternLabels.length !== hostLabels.length) return false;
  for (let index = 0; index < patternLabels.length; index++) {
    const label = patternLabels[index] as string;
    const hostLabel = hostLabels[index] as string;
    if (label === '*' ? !LABEL.test(hostLabel) : label !== hostLabel) return false;
  }
  return true;
}

/**
 * True when a registry (`host[:port]` as written in a reference) matches a kubelet-style host
 * pattern: `*` stands for exactly one DNS label, letter case is ignored, and a registry with a
 * port (or a path) matches no pattern, since the patterns here name none.
 */
export function matchesHostPattern(pattern: string, registry: string): boolean {
  const hostLabels = hostLabelsOf(registry);
  return hostLabels !== null && labelsMatch(pattern.split('.'), hostLabels);
}

/**
 * A test for whether a registry matches any of several patterns (`matchesHostPattern`), with the
 * patterns split into labels once: every plan and every precondition check asks it.
 */
export function hostPatternMatcher(patterns: readonly string[]): (registry: string) => boolean {
  const compiled = patterns.map((pattern) => pattern.split('.'));
  return (registry) => {
    const hostLabels = hostLabelsOf(registry);
    return hostLabels !== null && compiled.some((labels) => labelsMatch(labels, hostLabels));
  };
}

/** True when a GKE node sends its Google credentials to this registry (`host[:port]` as written). */
export const isNodeCredentialHost = hostPatternMatcher(NODE_CREDENTIAL_HOST_PATTERNS);

/**
 * Registries Google runs outside Artifact Registry that still get the nodes' credentials: the
 * gcr.io family (`marketplace.gcr.io`, `k8s.gcr.io`, …) and `container.cloud.google.com`. Under
 * `*.pkg.dev` Artifact Registry's own host grammar decides: a host it does not know (an unknown
 * format) is no registry Google runs, even though a node would send it credentials.
 */
export const GOOGLE_RUN_REGISTRY_PATTERNS = NODE_CREDENTIAL_HOST_PATTERNS.filter(
  (pattern) => pattern !== '*.pkg.dev',
);

export const isGoogleRunRegistryHost = hostPatternMatcher(GOOGLE_RUN_REGISTRY_PATTERNS);
