import type { JWTVerifyGetKey } from 'jose';
import { AppError } from '../problems';
import { sanitizeError } from '../credentials';
import { invalidTokenError, type InvalidTokenReason } from './challenge';
import { cappedFetch, MAX_KEY_DOCUMENT_BYTES } from './capped-fetch';
import { isAcceptableKeyUrl, type TrustedIssuer } from './trusted-issuers';

export interface JwksIdTokenVerifierOptions {
  /** Bound on each discovery or JWKS fetch, in milliseconds. */
  timeoutMs: number;
  /** After a successful JWKS fetch, how long an unknown `kid` does not trigger a refetch. */
  cooldownMs: number;
  /** How long a fetched JWKS is trusted before it is fetched again. */
  cacheMaxAgeMs: number;
  clockSkewSeconds: number;
  algorithms: readonly string[];
  now: () => number;
}

/** jose's stable error codes → our reasons. Claim failures are refined by `claim` below. */
const JOSE_CODE_REASONS: Record<string, InvalidTokenReason> = {
  ERR_JWT_EXPIRED: 'expired',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'badSignature',
  ERR_JWKS_NO_MATCHING_KEY: 'unknownKey',
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: 'badSignature',
  ERR_JOSE_ALG_NOT_ALLOWED: 'algorithmNotAllowed',
  ERR_JOSE_NOT_SUPPORTED: 'algorithmNotAllowed',
  ERR_JWS_INVALID: 'malformed',
  ERR_JWT_INVALID: 'malformed',
  ERR_JWK_INVALID: 'badSignature',
};

const JOSE_CLAIM_REASONS: Record<string, InvalidTokenReason> = {
  aud: 'wrongAudience',
  iss: 'untrustedIssuer',
  nbf: 'notYetValid',
  iat: 'issuedInFuture',
  exp: 'missingExpiry',
  sub: 'missingSubject',
};

/**
 * Verifies ID tokens of any OIDC issuer that publishes a JWKS (a Kubernetes service-account
 * issuer, a CI system) with `jose`: `createRemoteJWKSet` (cached, refetched on an unknown `kid`
 * after a cooldown) and `jwtVerify` with an algorithm allow-list, so `alg: none` and HMAC
 * algorithms never verify. `jose` is imported on first use.
 */
export function createJwksIdTokenVerifier(options: JwksIdTokenVerifierOptions) {
  const keySets = new Map<string, Promise<JWTVerifyGetKey>>();
  // Discovery documents and key sets are read up to MAX_KEY_DOCUMENT_BYTES, never further.
  const fetchKeyDocument = cappedFetch(MAX_KEY_DOCUMENT_BYTES);

  async function discoverJwksUri(issuer: string): Promise<string> {
    const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    let response: Response;
    try {
      response = await fetchKeyDocument(url, {
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: 'error',
      });
    } catch (error) {
      throw keyFetchError(issuer, error);
    }
    const document = (await response.json().catch(() => undefined)) as
      Record<string, unknown> | undefined;
    const jwksUri = document?.jwks_uri;
    if (
      !response.ok ||
      document?.issuer !== issuer ||
      typeof jwksUri !== 'string' ||
      !isAcceptableKeyUrl(jwksUri)
    ) {
      throw new AppError('UPSTREAM_ERROR', {
        id: 'auth.discovery.invalid',
        params: { issuer, status: response.status },
      });
    }
    return jwksUri;
  }

  function keySetOf(entry: TrustedIssuer): Promise<JWTVerifyGetKey> {
    let keySet = keySets.get(entry.issuer);
    if (keySet === undefined) {
      keySet = (async () => {
        const [{ createRemoteJWKSet, customFetch }, jwksUri] = await Promise.all([
          import('jose'),
          entry.jwksUri ?? discoverJwksUri(entry.issuer),
        ]);
        return createRemoteJWKSet(new URL(jwksUri), {
          timeoutDuration: options.timeoutMs,
          cooldownDuration: options.cooldownMs,
          cacheMaxAge: options.cacheMaxAgeMs,
          [customFetch]: fetchKeyDocument,
        });
      })();
      // A failed discovery is retried on the next request rather than remembered.
      keySet.catch(() => keySets.delete(entry.issuer));
      keySets.set(entry.issuer, keySet);
    }
    return keySet;
  }

  return async function verifyJwksIdToken(
    token: string,
    entry: TrustedIssuer,
    audience: string,
  ): Promise<Record<string, unknown>> {
    const keySet = await keySetOf(entry);
    const { jwtVerify } = await import('jose');
    try {
      const { payload } = await jwtVerify(token, keySet, {
        issuer: entry.issuer,
        audience,
        algorithms: [...options.algorithms],
        clockTolerance: options.clockSkewSeconds,
        currentDate: new Date(options.now()),
        requiredClaims: ['exp', 'sub'],
      });
      return payload as Record<string, unknown>;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const cause = sanitizeError(error, [token]);
      if (code === 'ERR_JWKS_TIMEOUT') {
        throw new AppError(
          'UPSTREAM_TIMEOUT',
          {
            id: 'auth.keys.timeout',
            params: { issuer: entry.issuer, timeoutMs: options.timeoutMs },
          },
          { cause },
        );
      }
      if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') {
        const claim = (error as { claim?: unknown }).claim;
        throw invalidTokenError(JOSE_CLAIM_REASONS[String(claim)] ?? 'invalidClaims', cause);
      }
      const reason = typeof code === 'string' ? JOSE_CODE_REASONS[code] : undefined;
      if (reason !== undefined) throw invalidTokenError(reason, cause);
      throw keyFetchError(entry.issuer, error, token);
    }
  };
}

function keyFetchError(issuer: string, error: unknown, token?: string): AppError {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return new AppError(
      'UPSTREAM_TIMEOUT',
      { id: 'auth.discovery.timeout', params: { issuer } },
      { cause: sanitizeError(error, [token]) },
    );
  }
  return new AppError(
    'UPSTREAM_ERROR',
    { id: 'auth.keys.unavailable', params: { issuer } },
    { cause: sanitizeError(error, [token]) },
  );
}
