/**
 * Who may ask for credentials: why a caller is not authenticated (`auth.*`, the invalid-token
 * reasons also go, in English, into `WWW-Authenticate`'s `error_description`), why it is not
 * allowed, and the Kubernetes names a credential is written under (`kubernetesName.*`).
 */
export const ACCESS_MESSAGES = {
  'auth.invalidToken.malformed':
    'The bearer token is not a well-formed signed JWT (three base64url parts).',
  'auth.invalidToken.unsigned':
    'The bearer token is not signed (alg "none"); only signed ID tokens are accepted.',
  'auth.invalidToken.algorithmNotAllowed':
    'The bearer token is signed with an algorithm this service does not accept.',
  'auth.invalidToken.untrustedIssuer':
    'The bearer token was issued by an issuer this service does not trust.',
  'auth.invalidToken.badSignature':
    'The bearer token signature does not verify against the issuer keys.',
  'auth.invalidToken.unknownKey':
    'No current signing key of the issuer matches the token key ID (kid); the key may have been rotated, so request a new token.',
  'auth.invalidToken.expired': 'The bearer token has expired; request a new ID token.',
  'auth.invalidToken.notYetValid':
    'The bearer token is not valid yet (nbf is in the future); check the clock of the caller.',
  'auth.invalidToken.issuedInFuture':
    'The bearer token was issued in the future (iat); check the clock of the caller.',
  'auth.invalidToken.missingExpiry':
    'The bearer token has no expiry (exp); only expiring ID tokens are accepted.',
  'auth.invalidToken.missingSubject': 'The bearer token has no subject (sub).',
  'auth.invalidToken.wrongAudience':
    'The bearer token audience (aud) is not this service; request an ID token for the configured audience.',
  'auth.invalidToken.tooLong':
    'The bearer token expires too far in the future; request a short-lived ID token.',
  'auth.invalidToken.invalidClaims': 'The bearer token claims are not valid.',
  'auth.invalidToken.lifetimeTooLong':
    'The bearer token claims a longer lifetime (exp - iat) than its issuer grants; request a new ID token.',
  'auth.invalidToken.missingIssuedAt':
    'The bearer token has no issue time (iat), so its lifetime cannot be checked; request a new ID token.',
  'auth.tokenLifetime':
    "The bearer token claims a lifetime of {lifetime} s (exp - iat); its issuer's tokens may live at most {maximum} s. Request a new ID token.",
  'auth.missing':
    'This endpoint needs an `Authorization: Bearer <ID token>` header carrying an OIDC ID token for this service (for example `gcloud auth print-identity-token --audiences=AUDIENCE`, or a projected Kubernetes service-account token).',
  'auth.unsupportedScheme':
    'The Authorization header uses the "{scheme}" scheme; this endpoint accepts only "Bearer" with an OIDC ID token.',
  'auth.noScheme':
    'The Authorization header uses no "Bearer" scheme; this endpoint accepts only "Bearer" with an OIDC ID token.',
  'auth.googleCerts.timeout':
    "Google's ID-token signing certificates did not arrive within {timeoutMs} ms; the caller could not be authenticated. Retry shortly.",
  'auth.googleCerts.unavailable':
    "Google's ID-token signing certificates could not be fetched; the caller could not be authenticated. Retry shortly.",
  'auth.discovery.invalid':
    'The OIDC discovery document of the trusted issuer "{issuer}" (HTTP {status}) does not name this issuer and an https jwks_uri; the caller could not be authenticated. Configure jwksUri for this issuer.',
  'auth.discovery.timeout':
    'The OIDC discovery document of the trusted issuer "{issuer}" did not arrive in time; the caller could not be authenticated. Retry shortly.',
  'auth.keys.timeout':
    'The signing keys of the trusted issuer "{issuer}" did not arrive within {timeoutMs} ms; the caller could not be authenticated. Retry shortly.',
  'auth.keys.unavailable':
    'The signing keys of the trusted issuer "{issuer}" could not be fetched; the caller could not be authenticated. Retry shortly.',
  'auth.denied.pull':
    'The caller {who} of issuer "{issuer}" is not allowed to pull "{repository}". Ask the operator of this service to grant it in the access policy.',
  'auth.denied.push':
    'The caller {who} of issuer "{issuer}" is not allowed to push "{repository}". Ask the operator of this service to grant it in the access policy.',
  'auth.caller.subject': 'subject "{subject}"',
  'auth.caller.email': '"{email}" (subject "{subject}")',

  'kubernetesName.secretName':
    'secretName "{name}" is not a valid Kubernetes name: lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, at most {max} characters (DNS-1123 subdomain).',
  'kubernetesName.namespace':
    'namespace "{name}" is not a valid Kubernetes namespace: lowercase letters, digits and "-", starting and ending with a letter or digit, at most {max} characters (DNS-1123 label).',
} as const satisfies Record<string, string>;
