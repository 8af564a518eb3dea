import { isAppError, type AppError } from '../problems';
import type { HostPolicy } from './allowlist';
import { parseAuthChallenges, type AuthChallenge } from './challenge';
import {
  registryNotAllowed,
  retryAfterSeconds,
  upstreamError,
  upstreamRateLimited,
  type Subject,
} from './errors';
import { parseJsonObject } from './manifest';
import { discard, readBody, send, type Operation, type TransportDeps } from './transport';
import type { RegistryAccess } from './types';

/**
 * Docker token authentication (https://distribution.github.io/distribution/spec/auth/token/):
 * a registry's 401 names a token service in its Bearer challenge (`realm`, optional `service`);
 * the client asks the realm for a token for a `scope`, with Basic credentials or anonymously.
 * One implementation for every use — look-ups and `/v1/tokens` — on the allowlisted transport:
 * the realm is checked like any connection (exact host and port), Google credentials go only to
 * a realm that is a service credential host, and the answer is read with a size cap.
 */

/** Google registries take an OAuth access token as the password of this user name. */
export const OAUTH2_USERNAME = 'oauth2accesstoken';

/** Actions of the Docker token scope for each access: a push also needs to read. */
export const SCOPE_ACTIONS = { pull: 'pull', push: 'pull,push' } as const satisfies Record<
  RegistryAccess,
  string
>;

/** Token answers are a JWT and a few fields; a registry token is a few KiB at most. */
export const MAX_TOKEN_ANSWER_BYTES = 64 * 1024;
/** The Docker token spec's default when the issuer gives no `expires_in`. */
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 60;

const UPSTREAM_CODE = /^[A-Z][A-Z_]{0,63}$/;
/** What may travel in an HTTP header value, and a token never holds anything else. */
const TOKEN_CHARS = /^[\x21-\x7e]+$/;

export function isUsableToken(token: unknown): token is string {
  return typeof token === 'string' && TOKEN_CHARS.test(token);
}

/** `Basic base64(oauth2accesstoken:<token>)`. */
export function googleBasicAuthorization(token: string): string {
  return `Basic ${Buffer.from(`${OAUTH2_USERNAME}:${token}`, 'utf8').toString('base64')}`;
}

/** The challenges of a 401 (strict grammar, challenge.ts); a malformed header is UPSTREAM_ERROR. */
export function challengesOf(host: string, header: string | null): AuthChallenge[] {
  if (header === null) return [];
  try {
    return parseAuthChallenges(header);
  } catch (error) {
    throw upstreamError(host, { id: 'registry.reason.malformedChallenge' }, error);
  }
}

/** A Bearer challenge whose realm passed every check. `service` is '' when the challenge has none. */
export interface CheckedRealm {
  realm: URL;
  service: string;
}

export interface RealmRules {
  policy: HostPolicy;
  /** The service credential host rule (registry-hosts). */
  isCredentialHost: (authority: string) => boolean;
}

/**
 * The realm of a Bearer challenge, refused (REGISTRY_NOT_ALLOWED) unless the host policy allows
 * it as a realm — its exact host and port — and, when Google credentials will be sent there, it
 * is a service credential host. Nothing is contacted here.
 */
export function checkRealm(
  rules: RealmRules,
  registryHost: string,
  bearer: AuthChallenge,
  subject: Subject,
  sendsGoogleCredentials: boolean,
): CheckedRealm {
  const text = bearer.params.realm;
  if (text === undefined || text === '')
    throw upstreamError(registryHost, { id: 'registry.reason.challengeWithoutRealm' });
  let realm: URL;
  try {
    realm = new URL(text);
  } catch (error) {
    throw upstreamError(registryHost, { id: 'registry.reason.invalidRealm' }, error);
  }
  const refusal = rules.policy.refusalOf(realm, 'realm');
  if (refusal !== null) throw registryNotAllowed(realm.host, 'realm', refusal, subject);
  if (sendsGoogleCredentials && !rules.isCredentialHost(realm.host))
    throw registryNotAllowed(realm.host, 'google-realm', null, subject);
  return { realm, service: bearer.params.service ?? '' };
}

export interface TokenRequest extends CheckedRealm {
  /** `repository:<path>:<actions>`. */
  scope: string;
  /** Basic credentials for the realm; anonymous without. */
  authorization?: string;
}

export interface TokenAnswer {
  token: string;
  lifetimeSeconds: number;
  /** `issued_at` in epoch milliseconds, when the answer gave a readable one. */
  issuedAt: number | null;
}

export interface TokenServiceDeps extends TransportDeps {
  now: () => number;
}

/**
 * Asks the realm for a token for `scope`. `service` is sent only when the challenge named one
 * (Artifact Registry's multi-region hosts name none), as Docker's and containerd's clients do.
 * A 401/403 becomes `denied(status, upstreamCode)`; the answer is read up to
 * MAX_TOKEN_ANSWER_BYTES.
 */
export async function requestToken(
  deps: TokenServiceDeps,
  operation: Operation,
  request: TokenRequest,
  denied: (status: number, upstreamCode: string | undefined) => AppError,
): Promise<TokenAnswer> {
  const url = new URL(request.realm);
  if (request.service !== '') url.searchParams.set('service', request.service);
  url.searchParams.append('scope', request.scope);
  const response = await send(deps, operation, {
    url,
    method: 'GET',
    role: 'realm',
    headers: {
      Accept: 'application/json',
      ...(request.authorization === undefined ? {} : { Authorization: request.authorization }),
    },
  });
  const host = request.realm.host;
  if (response.status === 401 || response.status === 403) {
    const code = await upstreamCodeOf(operation, response, host);
    throw denied(response.status, code);
  }
  if (response.status === 429) {
    discard(response);
    throw upstreamRateLimited(
      host,
      retryAfterSeconds(response.headers.get('retry-after'), deps.now()),
    );
  }
  if (response.status !== 200) {
    discard(response);
    throw upstreamError(host, {
      id: 'registry.reason.tokenServiceStatus',
      params: { status: response.status },
    });
  }
  const body = await readBody(operation, response, host, MAX_TOKEN_ANSWER_BYTES);
  let answer: unknown;
  try {
    answer = parseJsonObject(body);
  } catch (error) {
    throw upstreamError(host, { id: 'registry.reason.tokenNotJson' }, error);
  }
  const fields =
    typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>) : {};
  const token = isUsableToken(fields.token) ? fields.token : fields.access_token;
  if (!isUsableToken(token)) throw upstreamError(host, { id: 'registry.reason.noUsableToken' });
  const expiresIn = fields.expires_in;
  const issuedAt = typeof fields.issued_at === 'string' ? Date.parse(fields.issued_at) : NaN;
  return {
    token,
    lifetimeSeconds:
      typeof expiresIn === 'number' && Number.isFinite(expiresIn) && expiresIn > 0
        ? expiresIn
        : DEFAULT_TOKEN_LIFETIME_SECONDS,
    issuedAt: Number.isFinite(issuedAt) ? issuedAt : null,
  };
}

/** The machine code of an error answer (`DENIED`), never its message; capped like every body. */
async function upstreamCodeOf(
  operation: Operation,
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
