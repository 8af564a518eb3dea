/**
 * Registry: live look-ups against container registries over the Docker Registry HTTP API V2 /
 * OCI distribution spec — tag → digest (HEAD, GET fallback), the `WWW-Authenticate` Bearer token
 * dance (Google credentials as `oauth2accesstoken` only to Google hosts), image index platforms.
 *
 * Invariants: the client connects only to allowlisted hosts, over HTTPS (plain HTTP only for
 * configured insecure hosts), and checks every hop — registry, token realm, redirect — before
 * connecting; redirects never carry credentials to another origin; every body is size-capped and
 * every manifest body checked against its digest; one total deadline per look-up with at most one
 * retry. The credential source, fetch and clock are injected.
 */
export {
  createRegistryClient,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MANIFEST_CACHE_SIZE,
  DEFAULT_TIMEOUT_MS,
} from './registry-client';
export type {
  Clock,
  GoogleAccessToken,
  GoogleTokenSource,
  PlatformManifest,
  RegistryClient,
  RegistryClientOptions,
  RegistryTarget,
  ResolveDigestOptions,
  ResolvedDigest,
} from './types';
export {
  compileHostPolicy,
  isIpLiteral,
  type HostPolicy,
  type HostPolicyOptions,
  type HostRole,
} from './allowlist';
export {
  artifactRegistryDockerHostsOf,
  defaultRegistryHostPolicy,
  DOCKER_HUB_REALM_HOSTS,
  DOCKER_HUB_REGISTRY_HOSTS,
  GCR_HOSTS,
  isGoogleRegistryHost,
  REGISTRY_API_HOSTS,
  type DefaultRegistryHostPolicy,
} from './hosts';
export { parseAuthChallenges, ChallengeSyntaxError, type AuthChallenge } from './challenge';
export {
  formatPlatform,
  normalizePlatform,
  parsePlatform,
  platformMatches,
  type Platform,
} from './platform';
export { DOWNLOAD_PERMISSION } from './errors';
export {
  DOCKER_MANIFEST_LIST,
  DOCKER_MANIFEST_V2,
  DOCKER_MANIFEST_V1_SIGNED,
  MANIFEST_ACCEPT,
  OCI_INDEX,
  OCI_MANIFEST,
} from './media-types';
