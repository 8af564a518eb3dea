import { AppError, isAppError } from '../problems';
import { compileHostPolicy, type HostPolicy } from './allowlist';
import { parseAuthChallenges, type AuthChallenge } from './challenge';
import {
  invalidTarget,
  manifestUnknown,
  permissionDenied,
  registryNotAllowed,
  retryAfterSeconds,
  upstreamError,
  upstreamRateLimited,
  type LookupContext,
} from './errors';
import { isGoogleRegistryHost, REGISTRY_API_HOSTS } from './hosts';
import { LruCache } from './lru-cache';
import {
  algorithmOf,
  checkManifestEnvelope,
  digestOf,
  ManifestFormatError,
  parseJsonObject,
  platformsOfIndex,
  VERIFIABLE_DIGEST,
} from './manifest';
import {
  isIndexMediaType,
  isManifestMediaType,
  MANIFEST_ACCEPT,
  mediaTypeOf,
  SCHEMA1_MEDIA_TYPES,
} from './media-types';
import {
  formatPlatform,
  normalizePlatform,
  parsePlatform,
  platformMatches,
  type Platform,
} from './platform';
import { SingleFlight } from './single-flight';
import {
  discard,
  readBody,
  send,
  withinDeadline,
  type Operation,
  type TransportDeps,
} from './transport';
import type {
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

/**
 * The registry client: tag → digest over the Docker Registry HTTP API V2 / OCI distribution
 * spec, with the bearer-token dance, the host policy on every connection, single-flight,
 * caches and one total deadline per look-up.
 */

export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_MANIFEST_CACHE_SIZE = 1000;
export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
const MAX_TOKEN_ANSWER_BYTES = 64 * 1024;
const TOKEN_CACHE_SIZE = 1000;
const CHALLENGE_CACHE_SIZE = 1000;
const TAG_CACHE_SIZE = 1000;
/** The Docker token spec's default when the issuer gives no `expires_in`. */
const DEFAULT_TOKEN_LIFETIME_SECONDS = 60;

/** distribution/reference grammar: path components and tags. */
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REPOSITORY_PATH = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const MAX_REPOSITORY_PATH = 255;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const UPSTREAM_CODE = /^[A-Z][A-Z_]{0,63}$/;

interface Endpoint {
  base: URL;
  google: boolean;
  lookup: LookupContext;
}

/** What the client knows about one manifest; cached by digest (immutable) and briefly by tag. */
interface ManifestFacts {
  digest: string;
  mediaType: string;
  platforms?: PlatformManifest[];
  identity: string | null;
}

interface RegistryOperation extends Operation {
  endpoint: Endpoint;
  google?: GoogleAccessToken;
}

interface RememberedChallenge {
  scheme: 'bearer' | 'basic';
  realm: string;
  service: string;
}

export function createRegistryClient(options: RegistryClientOptions): RegistryClient {
  return new DistributionRegistryClient(options);
}

function googleHostPredicate(
  option: RegistryClientOptions['googleCredentialHosts'],
): (authority: string) => boolean {
  if (option === undefined) return isGoogleRegistryHost;
  if (typeof option === 'function') return option;
  const hosts = new Set(option.map((host) => host.toLowerCase()));
  return (authority) => hosts.has(authority.toLowerCase());
}

function basicAuthorization(token: string): string {
  return `Basic ${Buffer.from(`oauth2accesstoken:${token}`, 'utf8').toString('base64')}`;
}

function isDigestReference(reference: string): boolean {
  return reference.includes(':');
}

class DistributionRegistryClient implements RegistryClient {
  readonly #policy: HostPolicy;
  readonly #transport: TransportDeps;
  readonly #isGoogleHost: (authority: string) => boolean;
  readonly #tokenSource: GoogleTokenSource | undefined;
  readonly #timeoutMs: number;
  readonly #tagCacheTtlMs: number;
  readonly #maxBodyBytes: number;
  readonly #clock: Clock;
  readonly #manifests: LruCache<ManifestFacts>;
  readonly #tags: LruCache<ManifestFacts>;
  readonly #tokens: LruCache<string>;
  readonly #challenges: LruCache<RememberedChallenge>;
  readonly #flights = new SingleFlight<ManifestFacts>();

  constructor(options: RegistryClientOptions) {
    this.#policy = compileHostPolicy(options);
    this.#transport = { fetch: options.fetch ?? globalThis.fetch, policy: this.#policy };
    this.#isGoogleHost = googleHostPredicate(options.googleCredentialHosts);
    this.#tokenSource = options.googleTokenSource;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#tagCacheTtlMs = options.tagCacheTtlMs ?? 0;
    this.#maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.#clock = options.clock ?? { now: () => Date.now() };
    const now = (): number => this.#clock.now();
    this.#manifests = new LruCache(options.manifestCacheSize ?? DEFAULT_MANIFEST_CACHE_SIZE, now);
    this.#tags = new LruCache(TAG_CACHE_SIZE, now);
    this.#tokens = new LruCache(TOKEN_CACHE_SIZE, now);
    this.#challenges = new LruCache(CHALLENGE_CACHE_SIZE, now);
  }

  async resolveDigest(
    target: RegistryTarget,
    options: ResolveDigestOptions = {},
  ): Promise<ResolvedDigest> {
    const lookup = validateTarget(target);
    const platform = options.platform === undefined ? undefined : parsePlatform(options.platform);
    const endpoint = this.#endpointOf(lookup);
    // The client has one credential source, so host, path and reference identify the answer;
    // the platform is applied afterwards, so look-ups for different platforms share the fetch.
    const key = `${endpoint.base.host}/${lookup.repositoryPath}|${lookup.reference}`;
    const facts = await this.#flights.run(key, () => this.#lookupManifest(endpoint));
    return answerFor(lookup, facts, platform);
  }

  #endpointOf(lookup: LookupContext): Endpoint {
    const apiHost = REGISTRY_API_HOSTS[lookup.registry] ?? lookup.registry;
    const scheme = this.#policy.isInsecure(apiHost) ? 'http' : 'https';
    let base: URL;
    try {
      base = new URL(`${scheme}://${apiHost}`);
    } catch {
      throw invalidTarget(`The registry "${lookup.registry}" is not a valid host[:port].`);
    }
    if (base.pathname !== '/' || base.username !== '' || base.password !== '') {
      throw invalidTarget(`The registry "${lookup.registry}" is not a valid host[:port].`);
    }
    const refusal = this.#policy.refusalOf(base, 'registry');
    if (refusal !== null) throw registryNotAllowed(base.host, 'registry', refusal, lookup);
    return { base, google: this.#isGoogleHost(base.host), lookup };
  }

  async #lookupManifest(endpoint: Endpoint): Promise<ManifestFacts> {
    const { lookup } = endpoint;
    const repositoryKey = `${endpoint.base.host}/${lookup.repositoryPath}`;
    const byDigest = isDigestReference(lookup.reference);
    const cached = byDigest
      ? this.#manifests.get(`${repositoryKey}@${lookup.reference}`)
      : this.#tags.get(`${repositoryKey}:${lookup.reference}`);
    if (cached !== undefined) return cached;

    const operation: RegistryOperation = {
      signal: AbortSignal.timeout(this.#timeoutMs),
      timeoutMs: this.#timeoutMs,
      lookup,
      retriesLeft: 1,
      endpoint,
    };
    const top = await this.#fetchTopManifest(operation);
    let platforms: PlatformManifest[] | undefined;
    if (isIndexMediaType(top.mediaType)) {
      platforms = this.#manifests.get(`${repositoryKey}@${top.digest}`)?.platforms;
      if (platforms === undefined) {
        const body = top.body ?? (await this.#fetchIndexByDigest(operation, top.digest));
        platforms = this.#garbageGuardFor(endpoint.base.host, () =>
          platformsOfIndex(checkManifestEnvelope(body, top.mediaType)),
        );
      }
    }
    const facts: ManifestFacts = {
      digest: top.digest,
      mediaType: top.mediaType,
      ...(platforms === undefined ? {} : { platforms }),
      identity: operation.google?.identity ?? null,
    };
    this.#manifests.set(`${repositoryKey}@${facts.digest}`, facts);
    if (!byDigest)
      this.#tags.set(`${repositoryKey}:${lookup.reference}`, facts, this.#tagCacheTtlMs);
    return facts;
  }

  #hostOfOperation(operation: RegistryOperation): string {
    return operation.endpoint.base.host;
  }

  #manifestUrl(operation: RegistryOperation, reference: string): URL {
    return new URL(
      `/v2/${operation.lookup.repositoryPath}/manifests/${reference}`,
      operation.endpoint.base,
    );
  }

  /** HEAD first (no body); GET when HEAD gives no usable digest/type or is not supported. */
  async #fetchTopManifest(
    operation: RegistryOperation,
  ): Promise<{ digest: string; mediaType: string; body?: Uint8Array }> {
    const { reference } = operation.lookup;
    const host = this.#hostOfOperation(operation);
    const url = this.#manifestUrl(operation, reference);
    const head = await this.#request(operation, 'HEAD', url);
    if (head.status === 200) {
      discard(head);
      const digest = head.headers.get('docker-content-digest')?.trim() ?? '';
      const mediaType = mediaTypeOf(head.headers.get('content-type'));
      if (VERIFIABLE_DIGEST.test(digest) && isManifestMediaType(mediaType)) {
        if (isDigestReference(reference) && digest !== reference) {
          throw upstreamError(host, `it reported digest ${digest} for the manifest ${reference}`);
        }
        return { digest, mediaType };
      }
    } else if (head.status === 405 || head.status === 501) {
      discard(head);
    } else {
      throw this.#statusError(operation, head);
    }

    const get = await this.#request(operation, 'GET', url);
    if (get.status !== 200) throw this.#statusError(operation, get);
    const mediaType = mediaTypeOf(get.headers.get('content-type'));
    if (!isManifestMediaType(mediaType)) {
      discard(get);
      throw upstreamError(
        host,
        'it answered with a content type that is not a manifest media type',
      );
    }
    const body = await readBody(operation, get, host, this.#maxBodyBytes);
    this.#garbageGuardFor(host, () => checkManifestEnvelope(body, mediaType));
    const headerDigest = get.headers.get('docker-content-digest')?.trim();
    if (headerDigest !== undefined && !VERIFIABLE_DIGEST.test(headerDigest)) {
      throw upstreamError(
        host,
        'it answered with a Docker-Content-Digest the service cannot verify',
      );
    }
    if (SCHEMA1_MEDIA_TYPES.includes(mediaType)) {
      // A schema 1 digest covers the payload without its signatures; trust the registry's header.
      const digest = isDigestReference(reference) ? reference : headerDigest;
      if (digest === undefined)
        throw upstreamError(host, 'it sent a schema 1 manifest without a digest');
      return { digest, mediaType, body };
    }
    for (const expected of [headerDigest, isDigestReference(reference) ? reference : undefined]) {
      if (expected !== undefined && digestOf(body, algorithmOf(expected)) !== expected) {
        throw upstreamError(host, `the manifest content does not match its digest ${expected}`);
      }
    }
    const digest = isDigestReference(reference) ? reference : (headerDigest ?? digestOf(body));
    return { digest, mediaType, body };
  }

  #garbageGuardFor<T>(host: string, parse: () => T): T {
    try {
      return parse();
    } catch (error) {
      if (error instanceof ManifestFormatError) throw upstreamError(host, error.message, error);
      throw error;
    }
  }

  async #fetchIndexByDigest(operation: RegistryOperation, digest: string): Promise<Uint8Array> {
    const host = this.#hostOfOperation(operation);
    const response = await this.#request(operation, 'GET', this.#manifestUrl(operation, digest));
    if (response.status !== 200) throw this.#statusError(operation, response);
    if (!isIndexMediaType(mediaTypeOf(response.headers.get('content-type')))) {
      discard(response);
      throw upstreamError(host, `it did not answer the index ${digest} with an index media type`);
    }
    const body = await readBody(operation, response, host, this.#maxBodyBytes);
    if (digestOf(body, algorithmOf(digest)) !== digest) {
      throw upstreamError(host, `the manifest content does not match its digest ${digest}`);
    }
    return body;
  }

  /** A registry request with authorization: a remembered token first, else the challenge dance. */
  async #request(
    operation: RegistryOperation,
    method: 'GET' | 'HEAD',
    url: URL,
  ): Promise<Response> {
    const scope = `repository:${operation.lookup.repositoryPath}:pull`;
    let authorization = await this.#rememberedAuthorization(operation, scope);
    const attempt = (auth: string | undefined): Promise<Response> =>
      send(this.#transport, operation, {
        url,
        method,
        role: 'registry',
        headers: {
          Accept: MANIFEST_ACCEPT,
          ...(auth === undefined ? {} : { Authorization: auth }),
        },
      });
    let response = await attempt(authorization);
    if (response.status !== 401) return response;
    discard(response);
    const challengeHeader = response.headers.get('www-authenticate');
    if (authorization !== undefined) this.#forgetToken(operation, scope);
    authorization = await this.#authorize(operation, challengeHeader, scope, response.status);
    response = await attempt(authorization);
    if (response.status === 401 || response.status === 403) {
      discard(response);
      throw this.#denied(operation, response.status, 'registry');
    }
    return response;
  }

  #denied(
    operation: RegistryOperation,
    status: number,
    by: 'registry' | 'token service',
    upstreamCode?: string,
  ): AppError {
    return permissionDenied(operation.lookup, {
      identity: operation.google?.identity ?? null,
      google: operation.endpoint.google,
      status,
      by,
      ...(upstreamCode === undefined ? {} : { upstreamCode }),
    });
  }

  #challengeKey(operation: RegistryOperation): string {
    return operation.endpoint.base.origin;
  }

  async #identityKey(operation: RegistryOperation): Promise<string> {
    if (!operation.endpoint.google) return 'anonymous';
    const google = await this.#googleToken(operation);
    return `google:${google.identity ?? ''}`;
  }

  #tokenKey(challenge: RememberedChallenge, scope: string, identityKey: string): string {
    return JSON.stringify([challenge.realm, challenge.service, scope, identityKey]);
  }

  async #rememberedAuthorization(
    operation: RegistryOperation,
    scope: string,
  ): Promise<string | undefined> {
    const challenge = this.#challenges.get(this.#challengeKey(operation));
    if (challenge === undefined) return undefined;
    if (challenge.scheme === 'basic') {
      return operation.endpoint.google
        ? basicAuthorization((await this.#googleToken(operation)).token)
        : undefined;
    }
    const token = this.#tokens.get(
      this.#tokenKey(challenge, scope, await this.#identityKey(operation)),
    );
    return token === undefined ? undefined : `Bearer ${token}`;
  }

  #forgetToken(operation: RegistryOperation, scope: string): void {
    const challenge = this.#challenges.get(this.#challengeKey(operation));
    if (challenge === undefined || challenge.scheme !== 'bearer') return;
    const identityKey = operation.endpoint.google
      ? `google:${operation.google?.identity ?? ''}`
      : 'anonymous';
    this.#tokens.delete(this.#tokenKey(challenge, scope, identityKey));
  }

  /** Answers a 401 challenge: the token dance for Bearer, Google credentials for Basic. */
  async #authorize(
    operation: RegistryOperation,
    header: string | null,
    scope: string,
    status: number,
  ): Promise<string> {
    const host = this.#hostOfOperation(operation);
    if (header === null) throw this.#denied(operation, status, 'registry');
    let challenges: AuthChallenge[];
    try {
      challenges = parseAuthChallenges(header);
    } catch (error) {
      throw upstreamError(host, 'its authentication challenge is malformed', error);
    }
    const bearer = challenges.find((challenge) => challenge.scheme === 'bearer');
    if (bearer !== undefined) {
      const realm = bearer.params.realm;
      if (realm === undefined || realm === '')
        throw upstreamError(host, 'its Bearer challenge names no realm');
      let realmUrl: URL;
      try {
        realmUrl = new URL(realm);
      } catch (error) {
        throw upstreamError(host, 'its Bearer challenge names an invalid realm', error);
      }
      const refusal = this.#policy.refusalOf(realmUrl, 'realm');
      if (refusal !== null)
        throw registryNotAllowed(realmUrl.host, 'realm', refusal, operation.lookup);
      if (operation.endpoint.google && !this.#isGoogleHost(realmUrl.host)) {
        throw registryNotAllowed(
          realmUrl.host,
          'google-realm',
          'not a Google registry host',
          operation.lookup,
        );
      }
      const challenge: RememberedChallenge = {
        scheme: 'bearer',
        realm: realmUrl.href,
        service: bearer.params.service ?? '',
      };
      this.#challenges.set(this.#challengeKey(operation), challenge);
      const identityKey = await this.#identityKey(operation);
      const { token, lifetimeSeconds } = await this.#fetchRegistryToken(
        operation,
        realmUrl,
        challenge.service,
        scope,
      );
      const keepSeconds = lifetimeSeconds - Math.min(30, lifetimeSeconds / 2);
      this.#tokens.set(this.#tokenKey(challenge, scope, identityKey), token, keepSeconds * 1000);
      return `Bearer ${token}`;
    }
    if (challenges.some((challenge) => challenge.scheme === 'basic') && operation.endpoint.google) {
      this.#challenges.set(this.#challengeKey(operation), {
        scheme: 'basic',
        realm: '',
        service: '',
      });
      return basicAuthorization((await this.#googleToken(operation)).token);
    }
    throw this.#denied(operation, status, 'registry');
  }

  async #googleToken(operation: RegistryOperation): Promise<GoogleAccessToken> {
    if (operation.google !== undefined) return operation.google;
    const host = this.#hostOfOperation(operation);
    if (this.#tokenSource === undefined) throw noCredentials(host);
    let google: GoogleAccessToken;
    try {
      google = await withinDeadline(operation, host, this.#tokenSource.getAccessToken());
    } catch (error) {
      if (isAppError(error)) throw error;
      throw noCredentials(host, error);
    }
    if (typeof google.token !== 'string' || google.token === '' || /[\r\n]/.test(google.token)) {
      throw noCredentials(host);
    }
    operation.google = google;
    return google;
  }

  async #fetchRegistryToken(
    operation: RegistryOperation,
    realmUrl: URL,
    service: string,
    scope: string,
  ): Promise<{ token: string; lifetimeSeconds: number }> {
    const url = new URL(realmUrl);
    if (service !== '') url.searchParams.set('service', service);
    url.searchParams.append('scope', scope);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (operation.endpoint.google)
      headers.Authorization = basicAuthorization((await this.#googleToken(operation)).token);
    const response = await send(this.#transport, operation, {
      url,
      method: 'GET',
      headers,
      role: 'realm',
    });
    const host = realmUrl.host;
    if (response.status === 401 || response.status === 403) {
      const code = await this.#upstreamCodeOf(operation, response, host);
      throw this.#denied(operation, response.status, 'token service', code);
    }
    if (response.status === 429) {
      discard(response);
      throw upstreamRateLimited(
        host,
        retryAfterSeconds(response.headers.get('retry-after'), this.#clock.now()),
      );
    }
    if (response.status !== 200) {
      discard(response);
      throw upstreamError(host, `the token service answered HTTP ${response.status}`);
    }
    const body = await readBody(operation, response, host, MAX_TOKEN_ANSWER_BYTES);
    let answer: unknown;
    try {
      answer = parseJsonObject(body);
    } catch (error) {
      throw upstreamError(
        host,
        'the token service answered with something that is not JSON',
        error,
      );
    }
    const fields =
      typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>) : {};
    const token =
      typeof fields.token === 'string' && fields.token !== '' ? fields.token : fields.access_token;
    if (typeof token !== 'string' || token === '' || !/^[\x21-\x7e]+$/.test(token)) {
      throw upstreamError(host, 'the token service answered without a usable token');
    }
    const expiresIn = fields.expires_in;
    const lifetimeSeconds =
      typeof expiresIn === 'number' && Number.isFinite(expiresIn) && expiresIn > 0
        ? expiresIn
        : DEFAULT_TOKEN_LIFETIME_SECONDS;
    return { token, lifetimeSeconds };
  }

  /** The machine code of an error answer (`DENIED`), never its message. */
  async #upstreamCodeOf(
    operation: RegistryOperation,
    response: Response,
    host: string,
  ): Promise<string | undefined> {
    try {
      const body = await readBody(operation, response, host, MAX_TOKEN_ANSWER_BYTES);
      const json = parseJsonObject(body) as { errors?: Array<{ code?: unknown }> } | null;
      const code = json?.errors?.[0]?.code;
      return typeof code === 'string' && UPSTREAM_CODE.test(code) ? code : undefined;
    } catch (error) {
      if (isAppError(error) && error.code === 'UPSTREAM_TIMEOUT') throw error;
      return undefined;
    }
  }

  #statusError(operation: RegistryOperation, response: Response): AppError {
    discard(response);
    const host = this.#hostOfOperation(operation);
    const { status } = response;
    if (status === 401 || status === 403) return this.#denied(operation, status, 'registry');
    if (status === 404) return manifestUnknown(operation.lookup);
    if (status === 429)
      return upstreamRateLimited(
        host,
        retryAfterSeconds(response.headers.get('retry-after'), this.#clock.now()),
      );
    if (status >= 500) return upstreamError(host, `it answered HTTP ${status}`);
    return upstreamError(host, `it answered an unexpected HTTP ${status}`);
  }
}

function noCredentials(host: string, cause?: unknown): AppError {
  return new AppError(
    'NO_CREDENTIALS',
    `The service has no Google credentials to look up images on ${host}. Run it with a service account ` +
      '(attached to Cloud Run or GKE, or GOOGLE_APPLICATION_CREDENTIALS pointing at a key file); offline fields work without them.',
    cause === undefined ? {} : { cause },
  );
}

function validateTarget(target: RegistryTarget): LookupContext {
  const registry = target.registry.trim().toLowerCase();
  if (registry === '' || /[\s/?#@\\]/.test(registry)) {
    throw invalidTarget(
      `The registry "${target.registry.slice(0, 300)}" is not a valid host[:port].`,
    );
  }
  const repositoryPath = target.repositoryPath;
  if (repositoryPath.length > MAX_REPOSITORY_PATH || !REPOSITORY_PATH.test(repositoryPath)) {
    throw invalidTarget(
      `The repository path "${repositoryPath.slice(0, 300)}" is not valid: lowercase components separated by "/", at most ${MAX_REPOSITORY_PATH} characters.`,
    );
  }
  const { reference } = target;
  if (isDigestReference(reference)) {
    if (!VERIFIABLE_DIGEST.test(reference)) {
      throw invalidTarget(
        `The digest "${reference.slice(0, 200)}" cannot be looked up: use sha256 (64 hex digits) or sha512 (128 hex digits), lowercase.`,
      );
    }
  } else if (!TAG.test(reference)) {
    throw invalidTarget(
      `The tag "${reference.slice(0, 200)}" is not valid: up to 128 of [A-Za-z0-9_.-], not starting with "." or "-".`,
    );
  }
  return { registry, repositoryPath, reference };
}

function answerFor(
  lookup: LookupContext,
  facts: ManifestFacts,
  platform: Platform | undefined,
): ResolvedDigest {
  const name = `${lookup.registry}/${lookup.repositoryPath}`;
  const isIndex = facts.platforms !== undefined;
  const answer: ResolvedDigest = {
    registry: lookup.registry,
    repositoryPath: lookup.repositoryPath,
    reference: lookup.reference,
    digest: facts.digest,
    digestKind: isIndex ? 'index' : 'manifest',
    mediaType: facts.mediaType,
    pinned: `${name}@${facts.digest}`,
    ...(facts.platforms === undefined
      ? {}
      : { platforms: facts.platforms.map((entry) => ({ ...entry })) }),
    identity: facts.identity,
  };
  if (platform === undefined) return answer;
  if (facts.platforms === undefined) {
    return {
      ...answer,
      platform: formatPlatform(normalizePlatform(platform)),
      platformDigest: facts.digest,
      platformMediaType: facts.mediaType,
      platformPinned: answer.pinned,
    };
  }
  const chosen = facts.platforms.find((entry) => platformMatches(platform, entry));
  if (chosen === undefined) {
    const available = facts.platforms.map((entry) => entry.platform);
    const requested = formatPlatform(platform);
    throw new AppError(
      'PLATFORM_NOT_FOUND',
      `The image index ${name}@${facts.digest} has no manifest for ${requested}; ` +
        (available.length === 0
          ? 'it lists no runnable platform.'
          : `it has ${available.join(', ')}.`),
      {
        path: ['platform'],
        extensions: {
          requestedPlatform: requested,
          availablePlatforms: available,
          digest: facts.digest,
        },
      },
    );
  }
  return {
    ...answer,
    platform: chosen.platform,
    platformDigest: chosen.digest,
    platformMediaType: chosen.mediaType,
    platformPinned: `${name}@${chosen.digest}`,
  };
}
