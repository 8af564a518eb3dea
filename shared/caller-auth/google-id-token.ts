import type { OAuth2Client } from 'google-auth-library';
import { AppError, withDeadline } from '../problems';
import { sanitizeError } from '../credentials';
import { invalidTokenError, type InvalidTokenReason } from './challenge';
import { GOOGLE_ISSUER_ALIASES, GOOGLE_PEM_CERTS_URL } from './trusted-issuers';
import { cappedTransporterOptions, loadGoogleAuthLibrary } from '../service-identity';
import { MAX_KEY_DOCUMENT_BYTES } from './capped-fetch';

export interface GoogleIdTokenVerifierOptions {
  /** URL of Google's signing certificates in the PEM map format; server configuration only. */
  certsUrl?: string;
  /** Bound on fetching the certificates, in milliseconds. */
  timeoutMs: number;
}

/** google-auth-library's error texts (OAuth2Client.verifySignedJwtWithCertsAsync) → our reasons. */
const GOOGLE_ERROR_REASONS: readonly [RegExp, InvalidTokenReason][] = [
  [/^Wrong number of segments|^Can't parse token/, 'malformed'],
  [/^No pem found for envelope/, 'unknownKey'],
  [/^Invalid token signature/, 'badSignature'],
  [/^No expiration time/, 'missingExpiry'],
  [/^No issue time|field using invalid format/, 'invalidClaims'],
  [/^Expiration time too far in future/, 'tooLong'],
  [/^Token used too early/, 'issuedInFuture'],
  [/^Token used too late/, 'expired'],
  [/^Invalid issuer/, 'untrustedIssuer'],
  [/^Wrong recipient/, 'wrongAudience'],
];

/**
 * Verifies Google-issued ID tokens with google-auth-library's `OAuth2Client.verifyIdToken`
 * (signature against Google's rotating certificates, `iat`/`exp`, issuer and audience). The
 * library is imported on first use, so a cold start that serves no token request never loads it.
 */
export function createGoogleIdTokenVerifier(options: GoogleIdTokenVerifierOptions) {
  let client: Promise<OAuth2Client> | undefined;

  function clientOnce(): Promise<OAuth2Client> {
    client ??= loadGoogleAuthLibrary().then(
      ({ OAuth2Client }) =>
        new OAuth2Client({
          endpoints: { oauth2FederatedSignonPemCertsUrl: options.certsUrl ?? GOOGLE_PEM_CERTS_URL },
          issuers: [...GOOGLE_ISSUER_ALIASES],
          // Google's certificate map is a few kilobytes: read no more than a key document.
          transporterOptions: cappedTransporterOptions(MAX_KEY_DOCUMENT_BYTES),
        }),
    );
    return client;
  }

  return async function verifyGoogleIdToken(
    token: string,
    audience: string,
  ): Promise<Record<string, unknown>> {
    const oauth2 = await clientOnce();
    try {
      const ticket = await withDeadline(
        oauth2.verifyIdToken({ idToken: token, audience }),
        options.timeoutMs,
        () =>
          new AppError('UPSTREAM_TIMEOUT', {
            id: 'auth.googleCerts.timeout',
            params: { timeoutMs: options.timeoutMs },
          }),
      );
      const payload = ticket.getPayload();
      if (payload === undefined) throw invalidTokenError('malformed');
      return payload as unknown as Record<string, unknown>;
    } catch (error) {
      if (error instanceof AppError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      const cause = sanitizeError(error, [token]);
      if (message.startsWith('Failed to retrieve verification certificates')) {
        throw new AppError('UPSTREAM_ERROR', { id: 'auth.googleCerts.unavailable' }, { cause });
      }
      const reason =
        GOOGLE_ERROR_REASONS.find(([pattern]) => pattern.test(message))?.[1] ?? 'badSignature';
      throw invalidTokenError(reason, cause);
    }
  };
}
