import { z } from 'zod';
import { toConfigError } from '../config';

/** Google's issuer, in the form Caller.issuer and policies use. */
export const GOOGLE_ISSUER = 'https://accounts.google.com';

/**
 * Google ID tokens live one hour (`exp - iat` = 3600 s,
 * https://developers.google.com/identity/openid-connect/openid-connect#an-id-tokens-payload):
 * a Google-signed token that claims longer is refused.
 */
export const GOOGLE_MAX_TOKEN_LIFETIME_SECONDS = 3600;

/** Both spellings Google puts in `iss` (OpenID Connect docs: "accounts.google.com" or the URL). */
export const GOOGLE_ISSUER_ALIASES: readonly string[] = [
  'https://accounts.google.com',
  'accounts.google.com',
];

/**
 * Google's ID-token signing certificates in the PEM map format (`{kid: PEM}`) that
 * google-auth-library fetches under Node. An override must serve the same format.
 */
export const GOOGLE_PEM_CERTS_URL = 'https://www.googleapis.com/oauth2/v1/certs';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isGoogleIssuer(issuer: string): boolean {
  return GOOGLE_ISSUER_ALIASES.includes(issuer);
}

/** The longest lifetime (`exp - iat`) an issuer's tokens may claim, in seconds; undefined: none. */
export function maxTokenLifetimeOf(entry: TrustedIssuer): number | undefined {
  return isGoogleIssuer(entry.issuer)
    ? GOOGLE_MAX_TOKEN_LIFETIME_SECONDS
    : entry.maxTokenLifetimeSeconds;
}

/** One spelling per issuer: Google's bare host form becomes its URL form. */
export function normaliseIssuer(issuer: string): string {
  return isGoogleIssuer(issuer) ? GOOGLE_ISSUER : issuer;
}

/** https everywhere; plain http only on loopback, for tests against a local fake issuer. */
export function isAcceptableKeyUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  return (
    url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))
  );
}

const keyUrl = z
  .string()
  .refine(
    isAcceptableKeyUrl,
    'must be an https URL without credentials (http only on 127.0.0.1/localhost)',
  );

export const TrustedIssuerSchema = z
  .strictObject({
    issuer: z.string().min(1, 'must not be empty').max(512),
    /** Where the issuer's JWKS lives; without it, OIDC discovery at `<issuer>/.well-known/openid-configuration`. */
    jwksUri: keyUrl.optional(),
    /** The `aud` tokens of this issuer must carry, when it differs from the service-wide audience. */
    audience: z.string().min(1, 'must not be empty').optional(),
    /**
     * Longest lifetime (`exp - iat`) of this issuer's tokens, in seconds; a token that claims more
     * is refused. Without it, no lifetime is imposed (the token must still expire within a day).
     */
    maxTokenLifetimeSeconds: z
      .number()
      .int('must be a whole number of seconds')
      .min(60)
      .max(24 * 60 * 60)
      .optional(),
  })
  .superRefine((entry, context) => {
    if (isGoogleIssuer(entry.issuer) && entry.jwksUri !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['jwksUri'],
        message:
          "must not be set for Google's issuer: Google ID tokens are verified with google-auth-library against Google's certificates",
      });
    }
    if (isGoogleIssuer(entry.issuer) && entry.maxTokenLifetimeSeconds !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['maxTokenLifetimeSeconds'],
        message: `must not be set for Google's issuer: Google ID tokens live ${GOOGLE_MAX_TOKEN_LIFETIME_SECONDS} s`,
      });
    }
    if (
      !isGoogleIssuer(entry.issuer) &&
      entry.jwksUri === undefined &&
      !isAcceptableKeyUrl(entry.issuer)
    ) {
      context.addIssue({
        code: 'custom',
        path: ['jwksUri'],
        message: 'is required when the issuer is not an https URL that serves OIDC discovery',
      });
    }
  });

export const TrustedIssuersSchema = z
  .array(TrustedIssuerSchema)
  .max(100)
  .superRefine((entries, context) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      const issuer = normaliseIssuer(entry.issuer);
      if (seen.has(issuer)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'issuer'],
          message: `lists "${issuer}" a second time`,
        });
      }
      seen.add(issuer);
    });
  });

export type TrustedIssuer = z.output<typeof TrustedIssuerSchema>;

/** The default when configuration names no issuer: Google only. */
export const DEFAULT_TRUSTED_ISSUERS: readonly TrustedIssuer[] = [{ issuer: GOOGLE_ISSUER }];

/**
 * Validates the trusted-issuer list (`AUTH_TRUSTED_ISSUERS`, already JSON-parsed). Google is
 * always trusted: it is added when the list does not name it. Throws ConfigError.
 */
export function parseTrustedIssuers(json: unknown): TrustedIssuer[] {
  const result = TrustedIssuersSchema.safeParse(json ?? []);
  if (!result.success) throw toConfigError('AUTH_TRUSTED_ISSUERS', result.error);
  const issuers = result.data;
  return issuers.some((entry) => isGoogleIssuer(entry.issuer))
    ? issuers
    : [...DEFAULT_TRUSTED_ISSUERS, ...issuers];
}
