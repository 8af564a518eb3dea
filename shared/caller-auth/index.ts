/**
 * Caller authentication and authorization for credential requests.
 *
 * Authentication: an `Authorization: Bearer <OIDC ID token>` is verified — signature against the
 * issuer's keys (Google with google-auth-library, any other issuer's JWKS with jose; asymmetric
 * algorithms only), `exp`/`nbf`/`iat` with a small skew, `aud` equal to the configured audience,
 * `iss` on the trusted list, a lifetime (`exp - iat`) within the issuer's maximum (Google: 1 h).
 * Failures are 401 UNAUTHENTICATED with an RFC 6750 `WWW-Authenticate`
 * challenge; no message ever contains the token.
 *
 * Authorization: a JSON access policy validated at start-up maps callers (issuer + subject, email
 * or claims) to repository patterns, access, a puller service account and a maximum lifetime.
 * Default deny: 403 PERMISSION_DENIED names the caller and repository, never the rules.
 */
export {
  createCallerVerifier,
  DEFAULT_ALGORITHMS,
  DEFAULT_CLOCK_SKEW_SECONDS,
  DEFAULT_KEY_FETCH_TIMEOUT_MS,
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  type CallerVerifier,
  type CallerVerifierOptions,
} from './caller-verifier';
export {
  AUTH_REALM,
  INVALID_TOKEN_REASONS,
  bareChallenge,
  extractBearerToken,
  type InvalidTokenReason,
} from './challenge';
export { screenBearerToken } from './screen-bearer-token';
export {
  DEFAULT_TRUSTED_ISSUERS,
  GOOGLE_ISSUER,
  GOOGLE_MAX_TOKEN_LIFETIME_SECONDS,
  GOOGLE_PEM_CERTS_URL,
  TrustedIssuerSchema,
  TrustedIssuersSchema,
  parseTrustedIssuers,
  type TrustedIssuer,
} from './trusted-issuers';
export {
  AccessPolicySchema,
  AccessRuleSchema,
  CallerMatchSchema,
  MAX_LIFETIME_SECONDS,
  MIN_LIFETIME_SECONDS,
  callerMatches,
  parseAccessPolicy,
  type AccessPolicy,
  type AccessRule,
  type CallerMatch,
  type Grant,
} from './access-policy';
export {
  compileRepositoryPattern,
  repositoryPatternProblem,
  type RepositoryPattern,
} from './repository-pattern';
export { ACCESS_VALUES, type Access, type Caller, type RepositoryLocator } from './types';
