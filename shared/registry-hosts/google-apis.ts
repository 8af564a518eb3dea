/**
 * Registries served on Google's API front ends (`*.pkg.dev`, `gcr.io` and its subdomains): the
 * hosts private nodes reach through Private Google Access or, inside a VPC Service Controls
 * perimeter, the restricted VIP (https://cloud.google.com/vpc/docs/configure-private-google-access#domain-options).
 * Not a credential rule: see node-credential-hosts.ts and service-credential-hosts.ts for those.
 */
const GOOGLE_APIS_REGISTRY_DOMAIN = /(^|\.)(pkg\.dev|gcr\.io)$/;

/** `registry` as written in a reference (`host[:port]`); the port does not change the route. */
export function isServedByGoogleApis(registry: string): boolean {
  const host = registry.toLowerCase().split(':')[0] ?? '';
  return GOOGLE_APIS_REGISTRY_DOMAIN.test(host);
}
