import { AppError } from '../problems';

/** The protection space named in every `WWW-Authenticate` challenge (RFC 6750 §3). */
export const AUTH_REALM = 'gke-pull-assistant';

/** Longest Authorization header value considered; real ID tokens are a few kilobytes. */
export const MAX_AUTHORIZATION_LENGTH = 16 * 1024;

// RFC 6750 §2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
const BEARER_PATTERN = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;
// A scheme is echoed back only when it looks like one (`Basic`, `Negotiate`), never a credential.
const ECHOABLE_SCHEME = /^[A-Za-z][A-Za-z-]{0,19}$/;

/**
 * Why a token was refused. Each reason has a fixed, token-free text: it is what the client reads
 * in `detail` and `error_description`.
 */
export const INVALID_TOKEN_REASONS = {
  malformed: 'The bearer token is not a well-formed signed JWT (three base64url parts).',
  unsigned: 'The bearer token is not signed (alg "none"); only signed ID tokens are accepted.',
  algorithmNotAllowed: 'The bearer token is signed with an algorithm this service does not accept.',
  untrustedIssuer: 'The bearer token was issued by an issuer this service does not trust.',
  badSignature: 'The bearer token signature does not verify against the issuer keys.',
  unknownKey:
    'No current signing key of the issuer matches the token key ID (kid); the key may have been rotated, so request a new token.',
  expired: 'The bearer token has expired; request a new ID token.',
  notYetValid:
    'The bearer token is not valid yet (nbf is in the future); check the clock of the caller.',
  issuedInFuture: 'The bearer token was issued in the future (iat); check the clock of the caller.',
  missingExpiry: 'The bearer token has no expiry (exp); only expiring ID tokens are accepted.',
  missingSubject: 'The bearer token has no subject (sub).',
  wrongAudience:
    'The bearer token audience (aud) is not this service; request an ID token for the configured audience.',
  tooLong: 'The bearer token expires too far in the future; request a short-lived ID token.',
  lifetimeTooLong:
    'The bearer token claims a longer lifetime (exp - iat) than its issuer grants; request a new ID token.',
  missingIssuedAt:
    'The bearer token has no issue time (iat), so its lifetime cannot be checked; request a new ID token.',
  invalidClaims: 'The bearer token claims are not valid.',
} as const;

export type InvalidTokenReason = keyof typeof INVALID_TOKEN_REASONS;

/** The bare challenge, for a request without usable credentials (RFC 6750 §3.1: no error code). */
export function bareChallenge(): string {
  return `Bearer realm="${AUTH_REALM}"`;
}

export function invalidTokenChallenge(reason: InvalidTokenReason): string {
  // The descriptions contain no `"` or `\`, so they are valid quoted-strings as they are.
  return `Bearer realm="${AUTH_REALM}", error="invalid_token", error_description="${INVALID_TOKEN_REASONS[reason]}"`;
}

export function invalidTokenError(reason: InvalidTokenReason, cause?: unknown): AppError {
  return new AppError('UNAUTHENTICATED', INVALID_TOKEN_REASONS[reason], {
    headers: { 'WWW-Authenticate': invalidTokenChallenge(reason) },
    extensions: { reason },
    cause,
  });
}

/**
 * A token whose lifetime (`exp - iat`) exceeds its issuer's maximum: the problem says both, in its
 * detail and in `tokenLifetimeSeconds` and `maxTokenLifetimeSeconds` (neither is a secret).
 */
export function tokenLifetimeError(lifetimeSeconds: number, maximumSeconds: number): AppError {
  return new AppError(
    'UNAUTHENTICATED',
    `The bearer token claims a lifetime of ${lifetimeSeconds} s (exp - iat); its issuer's tokens may live at most ${maximumSeconds} s. Request a new ID token.`,
    {
      headers: { 'WWW-Authenticate': invalidTokenChallenge('lifetimeTooLong') },
      extensions: {
        reason: 'lifetimeTooLong',
        tokenLifetimeSeconds: lifetimeSeconds,
        maxTokenLifetimeSeconds: maximumSeconds,
      },
    },
  );
}

/**
 * Extracts the token of an `Authorization: Bearer <token>` header. A missing header and a foreign
 * scheme both get the bare challenge; the scheme name (never the credential) is echoed back.
 */
export function extractBearerToken(authorization: string | undefined): string {
  const value = authorization?.trim() ?? '';
  if (value === '') {
    throw new AppError(
      'UNAUTHENTICATED',
      'This endpoint needs an `Authorization: Bearer <ID token>` header carrying an OIDC ID token for this service (for example `gcloud auth print-identity-token --audiences=AUDIENCE`, or a projected Kubernetes service-account token).',
      { headers: { 'WWW-Authenticate': bareChallenge() }, extensions: { reason: 'missing' } },
    );
  }
  if (value.length > MAX_AUTHORIZATION_LENGTH) throw invalidTokenError('malformed');
  const match = BEARER_PATTERN.exec(value);
  if (match?.[1] !== undefined) return match[1];
  const space = value.indexOf(' ');
  const scheme = space === -1 ? value : value.slice(0, space);
  if (scheme.toLowerCase() === 'bearer') throw invalidTokenError('malformed');
  const named =
    ECHOABLE_SCHEME.test(scheme) && space !== -1 ? `the "${scheme}" scheme` : 'no "Bearer" scheme';
  throw new AppError(
    'UNAUTHENTICATED',
    `The Authorization header uses ${named}; this endpoint accepts only "Bearer" with an OIDC ID token.`,
    {
      headers: { 'WWW-Authenticate': bareChallenge() },
      extensions: { reason: 'unsupportedScheme' },
    },
  );
}
