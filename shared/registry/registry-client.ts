import { AppError, isAppError } from '../problems';
import { DEFAULT_TAG } from '../image-ref';
import { registryApiHostOf, serviceCredentialHostRule } from '../registry-hosts';
import { compileHostPolicy, type HostPolicy } from './allowlist';
import {
  invalidRegistryHost,
  manifestUnknown,
  noCredentials,
  permissionDenied,
  registryNotAllowed,
  retryAfterSeconds,
  tokenExchangeDenied,
  upstreamError,
  upstreamRateLimited,
  type LookupContext,
  type Reason,
  type Subject,
} from './errors';
import { LruCache } from './lru-cache';
import {
  algorithmOf,
  checkManifestEnvelope,
  digestOf,
  ManifestFormatError,
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
  challengesOf,
  checkRealm,
  googleBasicAuthorization,
  isUsableToken,
  requestToken,
  SCOPE_ACTIONS,
  type RealmRules,
  type TokenServiceDeps,
} from './token-service';
import { discard, send, readBody, withinDeadline, type Operation } from './transport';
import type {
  Clock,
  GoogleAccessToken,
  GoogleTokenSource,
  ManifestTarget,
  PlatformManifest,
  RegistryClient,
  RegistryClientOptions,
  RegistryToken,
  RegistryTokenRequest,
  ResolveDigestOptions,
  ResolvedDigest,
} from './types';

/**
 * The registry client: tag → digest over the Docker Registry HTTP API V2 / OCI distribution
 * spec, with the bearer-token dance, the host policy on every connection, single-flight,
 * caches and one total deadline per look-up; and the token exchange of `/v1/tokens` over the
 * same transport, challenge parser and rules.
 */

export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_MANIFEST_CACHE_SIZE = 1000;
export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
const TOKEN_CACHE_SIZE = 1000;
const CHALLENGE_CACHE_SIZE = 1000;
const TAG_CACHE_SIZE = 1000;
/** Where a look-up's and an exchange's problems point in their input. */
const LOOKUP_PATH = ['reference'] as const;
const EXCHANGE_PATH = ['repository'] as const;

interface Endpoint {
  base: URL;
  /** The registry is a service credential host: it is sent Google credentials when it asks. */
  google: boolean;
}

/** What the client knows about one manifest; cached by digest (immutable) and briefly by tag. */
interface ManifestFacts {
  digest: string;
  mediaType: string;
  platforms?: PlatformManifest[];
  identity: string | null;
}

interface RegistryOperation extends Operation {
  readonly lookup: LookupContext;
  readonly endpoint: Endpoint;
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

function credentialHostPredicate(
  option: RegistryClientOptions['googleCredentialHosts'],
): (authority: string) => boolean {
  if (typeof option === 'function') return option;
  if (option === undefined) return serviceCredentialHostRule();
  const hosts = new Set(option.map((host) => host.toLowerCase()));
  return (authority) => hosts.has(authority.toLowerCase());
}

function isDigestReference(reference: string): boolean {
  return reference.includes(':');
}

/** The parts of a parsed reference a look-up uses: the digest when there is one, else the tag. */
function lookupOf(image: ManifestTarget): LookupContext {
  return {
    registry: image.registry.toLowerCase(),
    repositoryPath: image.repositoryPath,
    reference: image.digest ?? image.tag ?? DEFAULT_TAG,
    path: LOOKUP_PATH,
  };
}

class DistributionRegistryClient implements RegistryClient {
  readonly #policy: HostPolicy;
  readonly #tokenService: TokenServiceDeps;
  readonly #realmRules: RealmRules;
  readonly #isCredentialHost: (authority: string) => boolean;
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
    this.#isCredentialHost = credentialHostPredicate(options.googleCredentialHosts);
    this.#realmRules = { policy: this.#policy, isCredentialHost: this.#isCredentialHost };
    this.#tokenSource = options.googleTokenSource;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#tagCacheTtlMs = options.tagCacheTtlMs ?? 0;
    this.#maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.#clock = options.clock ?? { now: () => Date.now() };
    const now = (): number => this.#clock.now();
    this.#tokenService = { fetch: options.fetch ?? globalThis.fetch, policy: this.#policy, now };
    this.#manifests = new LruCache(options.manifestCacheSize ?? DEFAULT_MANIFEST_CACHE_SIZE, now);
    this.#tags = new LruCache(TAG_CACHE_SIZE, now);
    this.#tokens = new LruCache(TOKEN_CACHE_SIZE, now);
    this.#challenges = new LruCache(CHALLENGE_CACHE_SIZE, now);
  }

  async resolveDigest(
    image: ManifestTarget,
    options: ResolveDigestOptions = {},
  ): Promise<ResolvedDigest> {
    const lookup = lookupOf(image);
    const platform = options.platform === undefined ? undefined : parsePlatform(options.platform);
    const endpoint = this.#endpointOf(lookup);
    // The client has one credential source, so host, path and reference identify the answer;
    // the platform is applied afterwards, so look-ups for different platforms share the fetch.
    const key = `${endpoint.base.host}/${lookup.repositoryPath}|${lookup.reference}`;
    const facts = await this.#flights.run(key, () => this.#lookupManifest(lookup, endpoint));
    return answerFor(lookup, facts, platform);
  }

  async exchangeToken(request: RegistryTokenRequest): Promise<RegistryToken> {
    const { repository, accessToken } = request;
    if (!isUsableToken(accessToken))
      throw new TypeError('The access token to exchange is empty or not a token.');
    const repositoryPath =
      repository.image === null
        ? repository.repositoryPathPrefix
        : `${repository.repositoryPathPrefix}/${repository.image}`;
    const subject: Subject = { registry: repository.registry.toLowerCase(), path: EXCHANGE_PATH };
    const endpoint = this.#endpointOf(subject);
    const host = endpoint.base.host;
    if (!endpoint.google) throw registryNotAllowed(host, 'google-registry', null, subject);
    const scope = `repository:${repositoryPath}:${SCOPE_ACTIONS[request.access]}`;
    const operation = this.#startOperation(subject);

    // The base endpoint's challenge names the token service (distribution spec, "API version check").
    const probe = await send(this.#tokenService, operation, {
      url: new URL('/v2/', endpoint.base),
      method: 'GET',
      role: 'registry',
      headers: {},
    });
    discard(probe);
    if (probe.status === 429) {
      throw upstreamRateLimited(
        host,
        retryAfterSeconds(probe.headers.get('retry-after'), this.#clock.now()),
      );
    }
    const bearer =
      probe.status === 401
        ? challengesOf(host, probe.headers.get('www-authenticate')).find(
            (challenge) => challenge.scheme === 'bearer',
          )
        : undefined;
    if (bearer === undefined) {
      throw upstreamError(host, {
        id: 'registry.reason.noBearerChallenge',
        params: { status: probe.status },
      });
    }
    const realm = checkRealm(this.#realmRules, host, bearer, subject, true);
    const answer = await requestToken(
      this.#tokenService,
      operation,
      { ...realm, scope, authorization: googleBasicAuthorization(accessToken) },
      (status, upstreamCode) =>
        tokenExchangeDenied(subject, {
          repositoryPath,
          scope,
          status,
          ...(upstreamCode === undefined ? {} : { upstreamCode }),
        }),
    );
    const issuedAt = answer.issuedAt ?? this.#clock.now();
    return {
      token: answer.token,
      expiresAt: new Date(issuedAt + answer.lifetimeSeconds * 1000),
      scope,
    };
  }

  #startOperation(subject: Subject): Operation {
    return {
      signal: AbortSignal.timeout(this.#timeoutMs),
      timeoutMs: this.#timeoutMs,
      subject,
      retriesLeft: 1,
    };
  }

  /** The registry's API base URL, refused before any connection unless the policy allows it. */
  #endpointOf(subject: Subject): Endpoint {
    const apiHost = registryApiHostOf(subject.registry);
    const scheme = this.#policy.isInsecure(apiHost) ? 'http' : 'https';
    let base: URL;
    try {
      base = new URL(`${scheme}://${apiHost}`);
    } catch {
      throw invalidRegistryHost(subject);
    }
    if (base.pathname !== '/' || base.username !== '' || base.password !== '') {
      throw invalidRegistryHost(subject);
    }
    const refusal = this.#policy.refusalOf(base, 'registry');
    if (refusal !== null) throw registryNotAllowed(base.host, 'registry', refusal, subject);
    return { base, google: this.#isCredentialHost(base.host) };
  }

  async #lookupManifest(lookup: LookupContext, endpoint: Endpoint): Promise<ManifestFacts> {
    const repositoryKey = `${endpoint.base.host}/${lookup.repositoryPath}`;
    const byDigest = isDigestReference(lookup.reference);
    const cached = byDigest
      ? this.#manifests.get(`${repositoryKey}@${lookup.reference}`)
      : this.#tags.get(`${repositoryKey}:${lookup.reference}`);
    if (cached !== undefined) return cached;

    const operation: RegistryOperation = { ...this.#startOperation(lookup), lookup, endpoint };
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
          throw upstreamError(host, {
            id: 'registry.reason.digestMismatch',
            params: { digest, reference },
          });
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
      throw upstreamError(host, { id: 'registry.reason.notManifestType' });
    }
    const body = await readBody(operation, get, host, this.#maxBodyBytes);
    this.#garbageGuardFor(host, () => checkManifestEnvelope(body, mediaType));
    const headerDigest = get.headers.get('docker-content-digest')?.trim();
    if (headerDigest !== undefined && !VERIFIABLE_DIGEST.test(headerDigest)) {
      throw upstreamError(host, { id: 'registry.reason.unverifiableDigest' });
    }
    if (SCHEMA1_MEDIA_TYPES.includes(mediaType)) {
      // A schema 1 digest covers the payload without its signatures; trust the registry's header.
      const digest = isDigestReference(reference) ? reference : headerDigest;
      if (digest === undefined)
        throw upstreamError(host, { id: 'registry.reason.schema1WithoutDigest' });
      return { digest, mediaType, body };
    }
    for (const expected of [headerDigest, isDigestReference(reference) ? reference : undefined]) {
      if (expected !== undefined && digestOf(body, algorithmOf(expected)) !== expected) {
        throw upstreamError(host, contentMismatch(expected));
      }
    }
    const digest = isDigestReference(reference) ? reference : (headerDigest ?? digestOf(body));
    return { digest, mediaType, body };
  }

  #garbageGuardFor<T>(host: string, parse: () => T): T {
    try {
      return parse();
    } catch (error) {
      if (error instanceof ManifestFormatError) throw upstreamError(host, error.reason, error);
      throw error;
    }
  }

  async #fetchIndexByDigest(operation: RegistryOperation, digest: string): Promise<Uint8Array> {
    const host = this.#hostOfOperation(operation);
    const response = await this.#request(operation, 'GET', this.#manifestUrl(operation, digest));
    if (response.status !== 200) throw this.#statusError(operation, response);
    if (!isIndexMediaType(mediaTypeOf(response.headers.get('content-type')))) {
      discard(response);
      throw upstreamError(host, { id: 'registry.reason.notIndexType', params: { digest } });
    }
    const body = await readBody(operation, response, host, this.#maxBodyBytes);
    if (digestOf(body, algorithmOf(digest)) !== digest) {
      throw upstreamError(host, contentMismatch(digest));
    }
    return body;
  }

  /** A registry request with authorization: a remembered token first, else the challenge dance. */
  async #request(
    operation: RegistryOperation,
    method: 'GET' | 'HEAD',
    url: URL,
  ): Promise<Response> {
    const scope = `repository:${operation.lookup.repositoryPath}:${SCOPE_ACTIONS.pull}`;
    let authorization = await this.#rememberedAuthorization(operation, scope);
    const attempt = (auth: string | undefined): Promise<Response> =>
      send(this.#tokenService, operation, {
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
        ? googleBasicAuthorization((await this.#googleToken(operation)).token)
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
    const challenges = challengesOf(host, header);
    const bearer = challenges.find((challenge) => challenge.scheme === 'bearer');
    if (bearer !== undefined) {
      const realm = checkRealm(
        this.#realmRules,
        host,
        bearer,
        operation.lookup,
        operation.endpoint.google,
      );
      const challenge: RememberedChallenge = {
        scheme: 'bearer',
        realm: realm.realm.href,
        service: realm.service,
      };
      this.#challenges.set(this.#challengeKey(operation), challenge);
      const identityKey = await this.#identityKey(operation);
      const { token, lifetimeSeconds } = await requestToken(
        this.#tokenService,
        operation,
        {
          ...realm,
          scope,
          ...(operation.endpoint.google
            ? {
                authorization: googleBasicAuthorization((await this.#googleToken(operation)).token),
              }
            : {}),
        },
        (deniedStatus, upstreamCode) =>
          this.#denied(operation, deniedStatus, 'token service', upstreamCode),
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
      return googleBasicAuthorization((await this.#googleToken(operation)).token);
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
    if (typeof google.token !== 'string' || !isUsableToken(google.token)) {
      throw noCredentials(host);
    }
    operation.google = google;
    return google;
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
    if (status >= 500)
      return upstreamError(host, { id: 'registry.reason.httpStatus', params: { status } });
    return upstreamError(host, { id: 'registry.reason.unexpectedStatus', params: { status } });
  }
}

function contentMismatch(digest: string): Reason {
  return { id: 'registry.reason.contentMismatch', params: { digest } };
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
      available.length === 0
        ? {
            id: 'registry.platformNotFound.none',
            params: { name, digest: facts.digest, requested },
          }
        : {
            id: 'registry.platformNotFound',
            params: { name, digest: facts.digest, requested, available: available.join(', ') },
          },
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
