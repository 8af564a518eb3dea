import type { ImageReference, RepositoryReference } from '../image-ref';

/**
 * What to look up: a parsed image reference (`parseImageReference`), of which only these fields
 * are read. The grammar was checked there; the client never re-parses the text. The digest is
 * looked up when there is one, else the tag.
 */
export type ManifestTarget = Pick<ImageReference, 'registry' | 'repositoryPath' | 'tag' | 'digest'>;

/** What a registry token may do: pull, or push (which also pulls). */
export type RegistryAccess = 'pull' | 'push';

export interface RegistryTokenRequest {
  /**
   * A parsed repository (`parseRepositoryReference`): the token is scoped to its image path, or
   * to the repository's own path when it names no image.
   */
  repository: Pick<RepositoryReference, 'registry' | 'repositoryPathPrefix' | 'image'>;
  access: RegistryAccess;
  /**
   * The Google access token exchanged, sent as Basic `oauth2accesstoken:<token>` to the
   * registry's token realm only — and only when registry and realm are service credential hosts.
   */
  accessToken: string;
}

/** A registry's own bearer token (Docker token authentication). */
export interface RegistryToken {
  token: string;
  /** `issued_at` (or the exchange's end) plus `expires_in` (default 60 s). */
  expiresAt: Date;
  /** The exact scope asked for, e.g. `repository:proj/repo/image:pull`. */
  scope: string;
}

export interface GoogleAccessToken {
  /** An OAuth 2 access token; sent only as Basic `oauth2accesstoken:<token>` to Google token realms. */
  token: string;
  /** The principal the token belongs to (service account e-mail), for error messages; null if unknown. */
  identity: string | null;
}

/**
 * The service's own Google credentials, injected (google-auth-library behind it in production).
 * Called lazily, only when a Google registry asks for a token; may throw AppError NO_CREDENTIALS.
 */
export interface GoogleTokenSource {
  getAccessToken(): Promise<GoogleAccessToken>;
}

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export interface RegistryClientOptions {
  /**
   * Hosts the client may contact: exact `host` / `host:port` entries and `*.suffix` patterns
   * (see allowlist.ts). Every connection — registry, token realm, redirect — is checked first.
   * The default is registry-hosts' `defaultRegistryHostPolicy()`.
   */
  allowlist: readonly string[];
  /** Hosts allowed only as token realms (default none; Docker Hub needs `auth.docker.io`). */
  realmAllowlist?: readonly string[];
  /** Exact `host:port` entries contacted over plain HTTP (a loopback test registry only). */
  insecureHosts?: readonly string[];
  /**
   * Authorities (`host[:port]`) that receive the service's Google credentials — both the registry
   * and its realm must qualify. Default: registry-hosts' `serviceCredentialHostRule()` (Artifact
   * Registry Docker hosts and the gcr.io family).
   */
  googleCredentialHosts?: readonly string[] | ((authority: string) => boolean);
  /** Without it, a Google registry's challenge ends in NO_CREDENTIALS. */
  googleTokenSource?: GoogleTokenSource;
  /** Total time for one look-up, token exchange and retry included. Default 5000. */
  timeoutMs?: number;
  /** How long a tag → digest answer is reused. Default 0: tags are always asked again. */
  tagCacheTtlMs?: number;
  /** Manifests looked up by digest are immutable and cached; this bounds the entries. Default 1000. */
  manifestCacheSize?: number;
  /** Largest manifest read, in bytes. Default 4 MiB. Token service answers are capped at 64 KiB. */
  maxBodyBytes?: number;
  /** Default: the global `fetch`. Called with `redirect: 'manual'` always. */
  fetch?: typeof fetch;
  clock?: Clock;
}

export interface ResolveDigestOptions {
  /** `os/architecture[/variant]`, e.g. `linux/arm64/v8`; picks `platformDigest` from an index. */
  platform?: string;
}

/** One runnable entry of an image index (attestation manifests and entries without a platform are left out). */
export interface PlatformManifest {
  os: string;
  architecture: string;
  variant?: string;
  osVersion?: string;
  /** The platform-specific manifest digest: what a node of this platform actually runs. */
  digest: string;
  mediaType: string;
  /** `os/architecture[/variant]` as the index writes it. */
  platform: string;
}

/**
 * The answer of a live look-up.
 *
 * `digest` is the digest of what the reference names. For a multi-platform image that is the
 * INDEX digest (`digestKind: 'index'`): pinning it keeps every platform, and each node picks its
 * own. `platformDigest` is the digest of ONE platform's manifest: pinning it forces that
 * platform everywhere. For a single-platform image (`digestKind: 'manifest'`) the two are equal
 * when a platform is requested; the platform is not checked against the image config.
 */
export interface ResolvedDigest {
  registry: string;
  repositoryPath: string;
  /** The tag or digest that was looked up. */
  reference: string;
  digest: string;
  digestKind: 'index' | 'manifest';
  mediaType: string;
  /** `registry/repositoryPath@digest`. */
  pinned: string;
  /** Present for an index: its runnable platforms. */
  platforms?: PlatformManifest[];
  /** The requested platform, as the chosen index entry writes it (normalized request for a single manifest). */
  platform?: string;
  platformDigest?: string;
  platformMediaType?: string;
  /** `registry/repositoryPath@platformDigest`. */
  platformPinned?: string;
  /** The Google identity the look-up used; null when the registry was asked anonymously. */
  identity: string | null;
}

export interface RegistryClient {
  /**
   * Resolves a tag (or checks a digest) against the registry's HTTP API. Errors name the path
   * `['reference']` (`['platform']` for the platform).
   * Throws AppError: INVALID_REFERENCE, INVALID_REQUEST (platform), REGISTRY_NOT_ALLOWED,
   * REGISTRY_PERMISSION_DENIED, MANIFEST_UNKNOWN, PLATFORM_NOT_FOUND, UPSTREAM_TIMEOUT,
   * UPSTREAM_ERROR, UPSTREAM_RATE_LIMITED, NO_CREDENTIALS.
   */
  resolveDigest(image: ManifestTarget, options?: ResolveDigestOptions): Promise<ResolvedDigest>;

  /**
   * Exchanges a Google access token for the registry's own bearer token for exactly
   * `repository:<path>:<actions>` (Docker token authentication), on the same transport, host
   * policy and credential-host rule as look-ups. Errors name the path `['repository']`.
   * Throws AppError: REGISTRY_NOT_ALLOWED, REGISTRY_PERMISSION_DENIED, INVALID_REFERENCE,
   * UPSTREAM_TIMEOUT, UPSTREAM_ERROR, UPSTREAM_RATE_LIMITED.
   */
  exchangeToken(request: RegistryTokenRequest): Promise<RegistryToken>;
}
