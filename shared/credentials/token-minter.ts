import type { AuthClient } from 'google-auth-library';
import { AppError, withDeadline } from '../problems';
import { sanitizeError } from './sanitize';
import { ACCESS_SCOPES, SOURCE_SCOPES } from './scopes';
import { TokenCache, type CachedToken } from './token-cache';
import { loadGoogleAuthLibrary } from '../service-identity';

export type CredentialAccess = 'pull' | 'push';

export const DEFAULT_IAM_CREDENTIALS_ENDPOINT = 'https://iamcredentials.googleapis.com';
export const DEFAULT_LIFETIME_SECONDS = 1800;
export const MIN_TOKEN_LIFETIME_SECONDS = 300;
export const MAX_TOKEN_LIFETIME_SECONDS = 3600;
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 5000;
/** A cached token is reused only while more than this remains. */
export const REUSE_MARGIN_SECONDS = 300;
/** Allowed excess of a cached token's remaining life over the asked lifetime (clock drift with IAM). */
export const LIFETIME_TOLERANCE_SECONDS = 30;
/** The role IAM requires on the puller account for `generateAccessToken`. */
export const TOKEN_CREATOR_ROLE = 'roles/iam.serviceAccountTokenCreator';
/** `identity` of an own-identity token when the credential does not reveal an email (user ADC). */
export const UNKNOWN_ADC_IDENTITY = 'application-default-credentials';

/**
 * The service's own Application Default Credentials. Production passes a google-auth-library
 * `GoogleAuth` created with `{ scopes: SOURCE_SCOPES }`; tests pass the same class, pointed at the
 * fake metadata server by `GCE_METADATA_HOST`.
 */
export interface SourceCredentialProvider {
  getClient(): Promise<AuthClient>;
  getCredentials(): Promise<{ client_email?: string | null }>;
}

export interface TokenMinterOptions {
  source: SourceCredentialProvider;
  /** IAM Credentials base URL (`IAM_CREDENTIALS_ENDPOINT`); server configuration only. */
  iamCredentialsEndpoint?: string;
  /** Bound on one whole mint (ADC + IAM), in milliseconds; default 5000. */
  timeoutMs?: number;
  /** Scopes the source credential was created with, reported for own-identity tokens; default cloud-platform. */
  sourceScopes?: readonly string[];
  /** Milliseconds since the epoch; default `Date.now`. */
  now?: () => number;
}

/** The slice of an authorization grant minting needs (`shared/auth`'s Grant fits). */
export interface MintGrant {
  pullerServiceAccount: string | null;
  maxLifetimeSeconds: number;
}

export interface MintRequest {
  /** The authorized repository (`shared/image-ref`'s parsed repository fits). */
  repository: { registry: string; repositoryPathPrefix: string };
  access: CredentialAccess;
  /** Asked lifetime, 300..3600 s; default 1800; lowered to the grant's maximum. */
  lifetimeSeconds?: number;
  grant: MintGrant;
}

export interface MintedToken {
  accessToken: string;
  expiresAt: Date;
  /** The service account the token acts as (the puller account, or the service's own). */
  identity: string;
  scopes: string[];
  /** False: the service's own ADC token, whose lifetime the service does not choose. */
  impersonated: boolean;
  /** The lifetime applied: the asked one bounded by the grant (impersonated tokens only). */
  lifetimeSeconds: number | null;
}

export interface TokenMinter {
  mint(request: MintRequest): Promise<MintedToken>;
}

export function createTokenMinter(options: TokenMinterOptions): TokenMinter {
  const endpoint = (options.iamCredentialsEndpoint ?? DEFAULT_IAM_CREDENTIALS_ENDPOINT).replace(
    /\/+$/,
    '',
  );
  const timeoutMs = options.timeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  const sourceScopes = [...(options.sourceScopes ?? SOURCE_SCOPES)];
  const cache = new TokenCache(REUSE_MARGIN_SECONDS * 1000, LIFETIME_TOLERANCE_SECONDS * 1000);
  let ownIdentity: Promise<string> | undefined;

  async function sourceClient(): Promise<AuthClient> {
    try {
      return await options.source.getClient();
    } catch (error) {
      throw noCredentials(error);
    }
  }

  function ownEmail(): Promise<string> {
    ownIdentity ??= options.source
      .getCredentials()
      .then((credentials) => credentials.client_email ?? UNKNOWN_ADC_IDENTITY);
    ownIdentity.catch(() => (ownIdentity = undefined));
    return ownIdentity;
  }

  async function impersonate(
    puller: string,
    scopes: string[],
    lifetimeSeconds: number,
  ): Promise<CachedToken> {
    const client = await sourceClient();
    const { Impersonated } = await loadGoogleAuthLibrary();
    const impersonated = new Impersonated({
      sourceClient: client,
      targetPrincipal: puller,
      targetScopes: scopes,
      lifetime: lifetimeSeconds,
      delegates: [],
      endpoint,
    });
    let accessToken: string | null | undefined;
    try {
      accessToken = (await impersonated.getAccessToken()).token;
    } catch (error) {
      throw await impersonationError(error, puller, [client.credentials.access_token ?? undefined]);
    }
    const expiresAtMs = impersonated.credentials.expiry_date;
    if (!accessToken || typeof expiresAtMs !== 'number' || Number.isNaN(expiresAtMs)) {
      throw new AppError(
        'UPSTREAM_ERROR',
        `IAM Credentials answered generateAccessToken for ${puller} without an access token and expiry.`,
      );
    }
    return { accessToken, expiresAtMs };
  }

  async function ownToken(): Promise<CachedToken> {
    const client = await sourceClient();
    let accessToken: string | null | undefined;
    try {
      accessToken = (await client.getAccessToken()).token;
    } catch (error) {
      throw new AppError(
        'UPSTREAM_ERROR',
        "The service's own Application Default Credentials could not produce an access token.",
        { cause: sanitizeError(error, [client.credentials.access_token ?? undefined]) },
      );
    }
    if (!accessToken) {
      throw new AppError(
        'UPSTREAM_ERROR',
        "The service's own Application Default Credentials gave no access token.",
      );
    }
    // google-auth-library refreshes its own token when less than 5 minutes remain; without an
    // expiry (unusual) assume the shortest lifetime this service ever promises.
    const expiry = client.credentials.expiry_date;
    return {
      accessToken,
      expiresAtMs: typeof expiry === 'number' ? expiry : now() + MIN_TOKEN_LIFETIME_SECONDS * 1000,
    };
  }

  async function impersonationError(
    error: unknown,
    puller: string,
    secrets: (string | undefined)[],
  ): Promise<AppError> {
    const cause = sanitizeError(error, secrets);
    const data = (error as { response?: { data?: { error?: { status?: unknown } } } }).response
      ?.data;
    if (cause.status === 403 || data?.error?.status === 'PERMISSION_DENIED') {
      const source = await ownEmail().catch(() => 'this service');
      return new AppError(
        'IMPERSONATION_DENIED',
        `IAM refused to let ${source} impersonate ${puller}. Grant ${source} the role ${TOKEN_CREATOR_ROLE} on ${puller} (gcloud iam service-accounts add-iam-policy-binding ${puller} --member=serviceAccount:${source} --role=${TOKEN_CREATOR_ROLE}) and check that ${puller} exists.`,
        { cause, extensions: { serviceAccount: puller, role: TOKEN_CREATOR_ROLE } },
      );
    }
    const status = cause.status === undefined ? 'no HTTP answer' : `HTTP ${cause.status}`;
    return new AppError(
      'UPSTREAM_ERROR',
      `IAM Credentials generateAccessToken for ${puller} failed (${status}). Retry shortly.`,
      { cause },
    );
  }

  function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
    return withDeadline(
      work,
      timeoutMs,
      () =>
        new AppError(
          'UPSTREAM_TIMEOUT',
          `${what} did not answer within ${timeoutMs} ms. Retry shortly.`,
        ),
    );
  }

  return {
    async mint(request) {
      const asked = request.lifetimeSeconds ?? DEFAULT_LIFETIME_SECONDS;
      if (
        !Number.isInteger(asked) ||
        asked < MIN_TOKEN_LIFETIME_SECONDS ||
        asked > MAX_TOKEN_LIFETIME_SECONDS
      ) {
        throw new AppError(
          'INVALID_REQUEST',
          `lifetimeSeconds must be a whole number from ${MIN_TOKEN_LIFETIME_SECONDS} to ${MAX_TOKEN_LIFETIME_SECONDS}; got ${String(asked)}.`,
          { path: ['lifetimeSeconds'] },
        );
      }
      const puller = request.grant.pullerServiceAccount;

      if (puller === null) {
        const token = await cache.singleFlight('own', () =>
          withTimeout(ownToken(), 'Application Default Credentials'),
        );
        const identity = await withTimeout(ownEmail(), 'Application Default Credentials').catch(
          (error: unknown) => {
            throw new AppError('UPSTREAM_ERROR', "The service's own identity could not be read.", {
              cause: sanitizeError(error, [token.accessToken]),
            });
          },
        );
        return {
          accessToken: token.accessToken,
          expiresAt: new Date(token.expiresAtMs),
          identity,
          scopes: [...sourceScopes],
          impersonated: false,
          lifetimeSeconds: null,
        };
      }

      const lifetimeSeconds = Math.min(asked, request.grant.maxLifetimeSeconds);
      const scopes = [...ACCESS_SCOPES[request.access]];
      const key = `${puller} ${scopes.join(' ')}`;
      const cached = cache.find(key, now(), lifetimeSeconds * 1000);
      const token =
        cached ??
        (await cache.singleFlight(`${key} ${lifetimeSeconds}`, async () => {
          const minted = await withTimeout(
            impersonate(puller, scopes, lifetimeSeconds),
            `IAM Credentials (impersonating ${puller})`,
          );
          cache.store(key, minted);
          return minted;
        }));
      return {
        accessToken: token.accessToken,
        expiresAt: new Date(token.expiresAtMs),
        identity: puller,
        scopes,
        impersonated: true,
        lifetimeSeconds,
      };
    },
  };
}

function noCredentials(error: unknown): AppError {
  return new AppError(
    'NO_CREDENTIALS',
    'The service found no Google Application Default Credentials, so it cannot mint registry credentials. Locally, run `gcloud auth application-default login`; on Google Cloud, attach a service account to the service (Cloud Run, GKE or Compute Engine).',
    { cause: sanitizeError(error) },
  );
}
