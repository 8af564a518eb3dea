import type { AuthClient } from 'google-auth-library';
import { z } from 'zod';
import {
  classifyGoogleRefusal,
  GOOGLE_API_MAX_BODY_BYTES,
  projectOfConsumer,
  type GoogleRefusal,
} from '../google-api';
import { AppError, withDeadline } from '../problems';
import { GOOGLE_CLOUD_PLATFORM_SCOPE } from '../service-identity';
import { sanitizeError } from './sanitize';
import { ACCESS_SCOPES, SOURCE_SCOPES } from './scopes';
import { TokenCache, type CachedToken } from './token-cache';

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
/** The API that mints impersonated tokens, as Google names it in ErrorInfo `service`. */
export const IAM_CREDENTIALS_SERVICE = 'iamcredentials.googleapis.com';

/** `generateAccessToken`'s answer (IAM Credentials v1 `GenerateAccessTokenResponse`). */
const GenerateAccessTokenResponseSchema = z.object({
  accessToken: z.string().min(1),
  expireTime: z.string().min(1),
});

/** A user-managed service account: `NAME@PROJECT.iam.gserviceaccount.com`. */
const USER_MANAGED_ACCOUNT =
  /^([a-z][a-z0-9-]{4,28}[a-z0-9])@([a-z][a-z0-9-]{4,28}[a-z0-9])\.iam\.gserviceaccount\.com$/;

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

  /**
   * IAM Credentials `generateAccessToken` for `puller`, through the source credential's own
   * authorized client (google-auth-library's `AuthClient.request`, retrying a 5xx as its
   * `Impersonated` does), so that the answer is bounded to GOOGLE_API_MAX_BODY_BYTES and a
   * refusal is read by the one Google error parser.
   */
  async function impersonate(
    puller: string,
    scopes: string[],
    lifetimeSeconds: number,
  ): Promise<CachedToken> {
    const client = await sourceClient();
    let data: unknown;
    try {
      const response = await client.request<unknown>({
        url: `${endpoint}/v1/projects/-/serviceAccounts/${puller}:generateAccessToken`,
        method: 'POST',
        data: { delegates: [], scope: scopes, lifetime: `${lifetimeSeconds}s` },
        responseType: 'json',
        maxContentLength: GOOGLE_API_MAX_BODY_BYTES,
        retry: true,
        retryConfig: { httpMethodsToRetry: ['POST'] },
      });
      data = response.data;
    } catch (error) {
      throw await impersonationError(error, puller, [client.credentials.access_token ?? undefined]);
    }
    const parsed = GenerateAccessTokenResponseSchema.safeParse(data);
    const expiresAtMs = parsed.success ? Date.parse(parsed.data.expireTime) : Number.NaN;
    if (!parsed.success || Number.isNaN(expiresAtMs)) {
      throw new AppError('UPSTREAM_ERROR', { id: 'detail.mint.noToken', params: { puller } });
    }
    return { accessToken: parsed.data.accessToken, expiresAtMs };
  }

  async function ownToken(): Promise<CachedToken> {
    const client = await sourceClient();
    let accessToken: string | null | undefined;
    try {
      accessToken = (await client.getAccessToken()).token;
    } catch (error) {
      throw new AppError(
        'UPSTREAM_ERROR',
        { id: 'detail.mint.ownTokenFailed' },
        { cause: sanitizeError(error, [client.credentials.access_token ?? undefined]) },
      );
    }
    if (!accessToken) {
      throw new AppError('UPSTREAM_ERROR', { id: 'detail.mint.ownTokenEmpty' });
    }
    // google-auth-library refreshes its own token when less than 5 minutes remain; without an
    // expiry (unusual) assume the shortest lifetime this service ever promises.
    const expiry = client.credentials.expiry_date;
    return {
      accessToken,
      expiresAtMs: typeof expiry === 'number' ? expiry : now() + MIN_TOKEN_LIFETIME_SECONDS * 1000,
    };
  }

  /**
   * IAM Credentials' refusal, told apart by its ErrorInfo reason: a missing grant (the grant
   * command, and the account may also not exist), the API off in the service's project, a source
   * token without cloud-platform, or a puller account that does not exist.
   */
  async function impersonationError(
    error: unknown,
    puller: string,
    secrets: (string | undefined)[],
  ): Promise<AppError> {
    const cause = sanitizeError(error, secrets);
    const response = (error as { response?: { status?: unknown; data?: unknown } }).response;
    const status = typeof response?.status === 'number' ? response.status : cause.status;
    if (status === undefined) {
      return new AppError(
        'UPSTREAM_ERROR',
        { id: 'detail.mint.failedNoAnswer', params: { puller } },
        { cause },
      );
    }
    const { refusal } = classifyGoogleRefusal(status, response?.data);
    const source = () => ownEmail().catch(() => 'this service');
    return refusalError(refusal, { puller, status, cause, source });
  }

  /** `puller` null: the service's own Application Default Credentials are what is waited for. */
  function withTimeout<T>(work: Promise<T>, puller: string | null): Promise<T> {
    return withDeadline(
      work,
      timeoutMs,
      () =>
        new AppError(
          'UPSTREAM_TIMEOUT',
          puller === null
            ? { id: 'detail.mint.timeout.adc', params: { timeoutMs } }
            : { id: 'detail.mint.timeout.iam', params: { puller, timeoutMs } },
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
          {
            id: 'detail.mint.lifetime',
            params: {
              min: MIN_TOKEN_LIFETIME_SECONDS,
              max: MAX_TOKEN_LIFETIME_SECONDS,
              got: String(asked),
            },
          },
          { path: ['lifetimeSeconds'] },
        );
      }
      const puller = request.grant.pullerServiceAccount;

      if (puller === null) {
        const token = await cache.singleFlight('own', () => withTimeout(ownToken(), null));
        const identity = await withTimeout(ownEmail(), null).catch((error: unknown) => {
          throw new AppError(
            'UPSTREAM_ERROR',
            { id: 'detail.mint.ownIdentityUnreadable' },
            { cause: sanitizeError(error, [token.accessToken]) },
          );
        });
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
          const minted = await withTimeout(impersonate(puller, scopes, lifetimeSeconds), puller);
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
    { id: 'detail.mint.noCredentials' },
    { cause: sanitizeError(error) },
  );
}

interface RefusalContext {
  puller: string;
  status: number;
  cause: Error;
  /** The service's own account, looked up only when a message names it. */
  source: () => Promise<string>;
}

/** One AppError per kind of refusal; each names the accounts and the command that fixes it. */
async function refusalError(refusal: GoogleRefusal, context: RefusalContext): Promise<AppError> {
  const { puller, status, cause } = context;
  switch (refusal.kind) {
    case 'permission-denied': {
      const source = await context.source();
      return new AppError(
        'IMPERSONATION_DENIED',
        {
          id: 'detail.mint.impersonationDenied',
          params: {
            source,
            puller,
            role: TOKEN_CREATOR_ROLE,
            command: grantTokenCreatorCommand(puller, source),
          },
        },
        { cause, extensions: { serviceAccount: puller, role: TOKEN_CREATOR_ROLE } },
      );
    }
    case 'not-found': {
      const source = await context.source();
      const account = USER_MANAGED_ACCOUNT.exec(puller);
      const params = { puller, source, role: TOKEN_CREATOR_ROLE };
      return new AppError(
        'PULLER_NOT_FOUND',
        account
          ? {
              id: 'detail.mint.pullerNotFound',
              params: {
                ...params,
                command: `gcloud iam service-accounts create ${account[1]} --project=${account[2]}`,
              },
            }
          : { id: 'detail.mint.pullerNotFound.noCommand', params },
        { cause, extensions: { serviceAccount: puller } },
      );
    }
    case 'api-disabled': {
      const service = refusal.service ?? IAM_CREDENTIALS_SERVICE;
      const project = projectOfConsumer(refusal.consumer) ?? 'PROJECT_ID';
      return new AppError(
        'GOOGLE_API_DISABLED',
        {
          id: 'detail.mint.apiDisabled',
          params: {
            service,
            project,
            puller,
            command: `gcloud services enable ${service} --project=${project}`,
          },
        },
        { cause, extensions: { service, project } },
      );
    }
    case 'scope-insufficient': {
      const source = await context.source();
      return new AppError(
        'CREDENTIAL_SCOPE_INSUFFICIENT',
        {
          id: 'detail.mint.scopeInsufficient',
          params: { source, puller, scope: GOOGLE_CLOUD_PLATFORM_SCOPE },
        },
        { cause, extensions: { scope: GOOGLE_CLOUD_PLATFORM_SCOPE } },
      );
    }
    case 'unauthenticated':
    case 'other':
      return new AppError(
        'UPSTREAM_ERROR',
        { id: 'detail.mint.failed', params: { puller, httpStatus: status } },
        { cause },
      );
  }
}

function grantTokenCreatorCommand(puller: string, source: string): string {
  return `gcloud iam service-accounts add-iam-policy-binding ${puller} --member=serviceAccount:${source} --role=${TOKEN_CREATOR_ROLE}`;
}
