/**
 * The registries this service may send its OWN Google credentials to (an access token of its
 * service account, or one it minted for a caller, as Basic `oauth2accesstoken:<token>`): the
 * Artifact Registry Docker hosts and the gcr.io family, on the default port only, plus the hosts
 * the operator adds (`REGISTRY_GOOGLE_CREDENTIAL_HOSTS`, a test or mirror registry that accepts
 * the same credentials). Both the registry and its token realm must qualify.
 *
 * A server setting, and a different rule from the hosts GKE nodes send THEIR credentials to
 * (node-credential-hosts.ts): that one is a fixed fact of GKE and says nothing about where this
 * service may send a token. Whether a host may be contacted at all is the allowlist's decision.
 */

/** Google registry hosts: pkg.dev and gcr.io are Google's domains, so no one else's host matches. */
const DEFAULT_SERVICE_CREDENTIAL_HOST_PATTERNS: readonly RegExp[] = [
  /^[a-z][a-z0-9-]*[a-z0-9]-docker\.pkg\.dev$/,
  /^docker\.[a-z][a-z0-9-]*[a-z0-9]\.rep\.pkg\.dev$/,
  /^gcr\.io$/,
  /^[a-z][a-z0-9-]*\.gcr\.io$/,
];

/**
 * The default rule: Artifact Registry Docker hosts (any location) and the gcr.io family.
 * `authority` is `host[:port]` as in a URL's `host`; a non-default port is never Google's.
 */
export function isGoogleRegistryHost(authority: string): boolean {
  const host = authority.toLowerCase();
  return DEFAULT_SERVICE_CREDENTIAL_HOST_PATTERNS.some((pattern) => pattern.test(host));
}

/** Whether the service may send its Google credentials to `authority` (`host[:port]`). */
export type ServiceCredentialHostRule = (authority: string) => boolean;

/**
 * The rule as configured: the default hosts plus the operator's exact `host` / `host:port`
 * entries, compared with a URL's `host` (case-insensitive; an entry `host:443` is `host`, as
 * `new URL` writes an HTTPS authority).
 */
export function serviceCredentialHostRule(
  extraHosts: readonly string[] = [],
): ServiceCredentialHostRule {
  const extra = new Set(extraHosts.map((entry) => entry.trim().toLowerCase().replace(/:443$/, '')));
  return (authority) => isGoogleRegistryHost(authority) || extra.has(authority.toLowerCase());
}
