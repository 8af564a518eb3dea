import { extractBearerToken, invalidTokenError, tokenLifetimeError } from './challenge';
import { createGoogleIdTokenVerifier } from './google-id-token';
import { createJwksIdTokenVerifier } from './jwks-id-token';
import { decodeUnverified } from './jwt-parts';
import {
  DEFAULT_TRUSTED_ISSUERS,
  isGoogleIssuer,
  maxTokenLifetimeOf,
  normaliseIssuer,
  type TrustedIssuer,
} from './trusted-issuers';
import type { Caller } from './types';

/** Asymmetric algorithms only: an HMAC or `none` token can never verify. */
export const DEFAULT_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'EdDSA',
];

export const DEFAULT_CLOCK_SKEW_SECONDS = 30;
/** Longest `exp - now` accepted: ID tokens are short-lived (Google: 1 h, Kubernetes default: 1 h). */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;
export const DEFAULT_KEY_FETCH_TIMEOUT_MS = 5000;

export interface CallerVerifierOptions {
  /** The `aud` every caller token must carry (`AUTH_AUDIENCE`), unless its issuer entry overrides it. */
  audience: string;
  /** Trusted issuers from `parseTrustedIssuers`; default Google only. */
  issuers?: readonly TrustedIssuer[];
  /** Tolerance on `exp`, `nbf` and `iat`, in seconds; default 30. */
  clockSkewSeconds?: number;
  /** Tokens whose `exp` lies further ahead are refused; default 24 h. */
  maxTokenLifetimeSeconds?: number;
  /** Google's PEM signing-certificate URL (`GOOGLE_OAUTH_CERTS_URL`); tests point it at a fake. */
  googleCertsUrl?: string;
  /** Bound on each key/discovery fetch, in milliseconds; default 5000. */
  timeoutMs?: number;
  /** Minimum time between two JWKS refetches triggered by an unknown `kid`; default 30 000 ms. */
  jwksCooldownMs?: number;
  /**
   * How long a fetched JWKS is used before it is fetched again; default 5 min. A key the issuer
   * removes keeps verifying until then, so keep it short.
   */
  jwksCacheMaxAgeMs?: number;
  /** Accepted JWS algorithms for JWKS issuers; default {@link DEFAULT_ALGORITHMS}. */
  algorithms?: readonly string[];
  /** Milliseconds since the epoch; default `Date.now`. */
  now?: () => number;
}

export interface CallerVerifier {
  /**
   * Authenticates the value of an `Authorization` header. Throws AppError UNAUTHENTICATED (401,
   * with a `WWW-Authenticate` header), or UPSTREAM_ERROR / UPSTREAM_TIMEOUT when the issuer's
   * keys cannot be fetched.
   */
  verify(authorization: string | undefined): Promise<Caller>;
}

export function createCallerVerifier(options: CallerVerifierOptions): CallerVerifier {
  const issuers = options.issuers ?? DEFAULT_TRUSTED_ISSUERS;
  const skew = options.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
  const maxLifetime = options.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const now = options.now ?? Date.now;
  const algorithms = options.algorithms ?? DEFAULT_ALGORITHMS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_KEY_FETCH_TIMEOUT_MS;
  const byIssuer = new Map(issuers.map((entry) => [normaliseIssuer(entry.issuer), entry]));

  const verifyGoogle = createGoogleIdTokenVerifier({ certsUrl: options.googleCertsUrl, timeoutMs });
  const verifyJwks = createJwksIdTokenVerifier({
    timeoutMs,
    cooldownMs: options.jwksCooldownMs ?? 30_000,
    cacheMaxAgeMs: options.jwksCacheMaxAgeMs ?? 300_000,
    clockSkewSeconds: skew,
    algorithms,
    now,
  });

  return {
    async verify(authorization) {
      const token = extractBearerToken(authorization);
      const unverified = decodeUnverified(token);
      const alg = unverified.header.alg as string;
      if (!algorithms.includes(alg)) throw invalidTokenError('algorithmNotAllowed');
      const iss = unverified.payload.iss;
      const entry = typeof iss === 'string' ? byIssuer.get(normaliseIssuer(iss)) : undefined;
      if (entry === undefined) throw invalidTokenError('untrustedIssuer');
      const audience = entry.audience ?? options.audience;

      const claims = isGoogleIssuer(entry.issuer)
        ? await verifyGoogle(token, audience)
        : await verifyJwks(token, entry, audience);

      // The same rules for every issuer, on the verified claims, with this service's clock and
      // skew (google-auth-library alone allows 300 s and ignores nbf).
      checkClaims(claims, audience, now() / 1000, skew, maxLifetime);
      checkLifetime(claims, maxTokenLifetimeOf(entry));
      const caller: Caller = {
        issuer: normaliseIssuer(claims.iss as string),
        subject: claims.sub as string,
        claims,
      };
      // Only an address the issuer says it verified, and says so with the boolean OIDC defines
      // (https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims): absent, "False",
      // 0 or "no" all mean unverified.
      if (typeof claims.email === 'string' && claims.email_verified === true) {
        caller.email = claims.email;
      }
      return caller;
    },
  };
}

/** `exp - iat` within the issuer's maximum (exactly the maximum is allowed); no maximum, no check. */
function checkLifetime(claims: Record<string, unknown>, maximum: number | undefined): void {
  if (maximum === undefined) return;
  const { exp, iat } = claims;
  if (typeof iat !== 'number') throw invalidTokenError('missingIssuedAt');
  const lifetime = (exp as number) - iat;
  if (lifetime > maximum) throw tokenLifetimeError(lifetime, maximum);
}

function checkClaims(
  claims: Record<string, unknown>,
  audience: string,
  nowSeconds: number,
  skew: number,
  maxLifetime: number,
): void {
  const { exp, nbf, iat, sub, aud } = claims;
  if (typeof exp !== 'number') throw invalidTokenError('missingExpiry');
  if (exp + skew <= nowSeconds) throw invalidTokenError('expired');
  if (exp - nowSeconds > maxLifetime + skew) throw invalidTokenError('tooLong');
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf - skew > nowSeconds))
    throw invalidTokenError('notYetValid');
  if (iat !== undefined && (typeof iat !== 'number' || iat - skew > nowSeconds))
    throw invalidTokenError('issuedInFuture');
  if (typeof sub !== 'string' || sub === '') throw invalidTokenError('missingSubject');
  const audiences = Array.isArray(aud) ? aud : [aud];
  if (!audiences.includes(audience)) throw invalidTokenError('wrongAudience');
}
