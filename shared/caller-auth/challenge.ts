import { DEFAULT_LANGUAGE, translate } from '../i18n';
import { AppError } from '../problems';

/** The protection space named in every `WWW-Authenticate` challenge (RFC 6750 §3). */
export const AUTH_REALM = 'gke-pull-assistant';

/** Longest Authorization header value considered; real ID tokens are a few kilobytes. */
export const MAX_AUTHORIZATION_LENGTH = 16 * 1024;

// RFC 6750 §2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
const BEARER_PATTERN = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;
// A scheme is echoed back only when it looks like one (`Basic`, `Negotiate`), never a credential.
const ECHOABLE_SCHEME = /^[A-Za-z][A-Za-z-]{0,19}$/;

/** Why a token was refused; each reason's text is the catalogue's `auth.invalidToken.REASON`. */
export const INVALID_TOKEN_REASON_IDS = [
  'malformed',
  'unsigned',
  'algorithmNotAllowed',
  'untrustedIssuer',
  'badSignature',
  'unknownKey',
  'expired',
  'notYetValid',
  'issuedInFuture',
  'missingExpiry',
  'missingSubject',
  'wrongAudience',
  'tooLong',
  'lifetimeTooLong',
  'missingIssuedAt',
  'invalidClaims',
] as const;

export type InvalidTokenReason = (typeof INVALID_TOKEN_REASON_IDS)[number];

/**
 * The English text of each reason: fixed and token-free, it is what `error_description` carries
 * (a header read by machines and logs, so always in English) and the `detail` of an English answer.
 */
export const INVALID_TOKEN_REASONS: Readonly<Record<InvalidTokenReason, string>> =
  Object.fromEntries(
    INVALID_TOKEN_REASON_IDS.map((reason) => [
      reason,
      translate(DEFAULT_LANGUAGE, `auth.invalidToken.${reason}`),
    ]),
  ) as Record<InvalidTokenReason, string>;

/** The bare challenge, for a request without usable credentials (RFC 6750 §3.1: no error code). */
export function bareChallenge(): string {
  return `Bearer realm="${AUTH_REALM}"`;
}

export function invalidTokenChallenge(reason: InvalidTokenReason): string {
  // The descriptions contain no `"` or `\`, so they are valid quoted-strings as they are (a test
  // says so for every reason).
  return `Bearer realm="${AUTH_REALM}", error="invalid_token", error_description="${INVALID_TOKEN_REASONS[reason]}"`;
}

export function invalidTokenError(reason: InvalidTokenReason, cause?: unknown): AppError {
  return new AppError(
    'UNAUTHENTICATED',
    { id: `auth.invalidToken.${reason}` },
    {
      headers: { 'WWW-Authenticate': invalidTokenChallenge(reason) },
      extensions: { reason },
      cause,
    },
  );
}

/**
 * A token whose lifetime (`exp - iat`) exceeds its issuer's maximum: the problem says both, in its
 * detail and in `tokenLifetimeSeconds` and `maxTokenLifetimeSeconds` (neither is a secret).
 */
export function tokenLifetimeError(lifetimeSeconds: number, maximumSeconds: number): AppError {
  return new AppError(
    'UNAUTHENTICATED',
    {
      id: 'auth.tokenLifetime',
      params: { lifetime: lifetimeSeconds, maximum: maximumSeconds },
    },
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
      { id: 'auth.missing' },
      { headers: { 'WWW-Authenticate': bareChallenge() }, extensions: { reason: 'missing' } },
    );
  }
  if (value.length > MAX_AUTHORIZATION_LENGTH) throw invalidTokenError('malformed');
  const match = BEARER_PATTERN.exec(value);
  if (match?.[1] !== undefined) return match[1];
  const space = value.indexOf(' ');
  const scheme = space === -1 ? value : value.slice(0, space);
  if (scheme.toLowerCase() === 'bearer') throw invalidTokenError('malformed');
  throw new AppError(
    'UNAUTHENTICATED',
    ECHOABLE_SCHEME.test(scheme) && space !== -1
      ? { id: 'auth.unsupportedScheme', params: { scheme } }
      : { id: 'auth.noScheme' },
    {
      headers: { 'WWW-Authenticate': bareChallenge() },
      extensions: { reason: 'unsupportedScheme' },
    },
  );
}
