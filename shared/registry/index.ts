/**
 * Registry: the one client of the Docker Registry HTTP API V2 / OCI distribution spec — live
 * look-ups (tag → digest, HEAD with GET fallback, image index platforms) and the registry token
 * exchange of `/v1/tokens` — with one `WWW-Authenticate` parser and one Docker token
 * authentication implementation (Google credentials as `oauth2accesstoken` only to service
 * credential hosts). It takes parsed references (shared/image-ref) and never re-parses text;
 * host tables and credential rules come from shared/registry-hosts.
 *
 * Invariants: the client connects only to allowlisted hosts, over HTTPS (plain HTTP only for
 * configured insecure hosts), and checks every hop — registry, token realm (exact host and port),
 * redirect — before connecting; redirects never carry credentials to another origin; every body
 * read is size-capped (manifests, token answers, error answers) and every manifest body checked
 * against its digest; one total deadline per operation with at most one retry. The credential
 * source, fetch and clock are injected.
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
  ManifestTarget,
  PlatformManifest,
  RegistryAccess,
  RegistryClient,
  RegistryClientOptions,
  RegistryToken,
  RegistryTokenRequest,
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
export { parseAuthChallenges, ChallengeSyntaxError, type AuthChallenge } from './challenge';
export {
  DEFAULT_TOKEN_LIFETIME_SECONDS,
  MAX_TOKEN_ANSWER_BYTES,
  OAUTH2_USERNAME,
  SCOPE_ACTIONS,
} from './token-service';
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
