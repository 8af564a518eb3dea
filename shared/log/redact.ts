/**
 * Secrets never reach a log line. Two nets: members whose name says they hold a secret are
 * replaced whole, and any string is scrubbed of token shapes (Google access tokens, JWTs, Bearer
 * and Basic credentials, `oauth2accesstoken:` pairs, private keys) wherever they appear.
 */
export const REDACTED = '[REDACTED]';

/** Member names (case-insensitive, `-`/`_` ignored) whose values are always secrets. */
export const SECRET_MEMBER_NAMES = [
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'token',
  'accesstoken',
  'idtoken',
  'serviceaccounttoken',
  'refreshtoken',
  'registrytoken',
  'password',
  'secret',
  'clientsecret',
  'privatekey',
  'crictlcreds',
  'dockerconfigjson',
  'auth',
  'apikey',
  'xgoogapikey',
] as const;

const SECRET_NAMES = new Set<string>(SECRET_MEMBER_NAMES);

// Each pattern is linear: no nested quantifiers, bounded alternations.
const SECRET_PATTERNS: RegExp[] = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi,
  /\bya29\.[A-Za-z0-9._-]+/g,
  /\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g,
  /\b(oauth2accesstoken|_json_key|_json_key_base64|_dcgcloud_token|_token):[^\s"']+/g,
];

export function isSecretMemberName(name: string): boolean {
  return SECRET_NAMES.has(name.toLowerCase().replace(/[-_.]/g, ''));
}

// One pass that every secret shape above must match; most strings fail it and are returned as is.
const MAY_HOLD_SECRET =
  /-----BEGIN|bearer|basic|ya29\.|eyJ|oauth2accesstoken:|_json_key|_dcgcloud_token:|_token:/i;

export function redactString(text: string): string {
  if (!MAY_HOLD_SECRET.test(text)) return text;
  let result = text;
  for (const pattern of SECRET_PATTERNS) {
    result = result.replace(pattern, (match, scheme?: string) =>
      typeof scheme === 'string' && /^(bearer|basic)$/i.test(scheme)
        ? `${scheme} ${REDACTED}`
        : match.includes(':') && !match.startsWith('-----')
          ? `${match.slice(0, match.indexOf(':'))}:${REDACTED}`
          : REDACTED,
    );
  }
  return result;
}

/** A deep copy with every secret removed; cycles and depth are bounded. */
export function redact(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactString(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 12 || seen.has(value)) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1, seen));
  if (value instanceof Error) {
    return redact(
      { name: value.name, message: value.message, stack: value.stack, cause: value.cause },
      depth + 1,
      seen,
    );
  }
  const copy: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    copy[key] = isSecretMemberName(key) ? REDACTED : redact(member, depth + 1, seen);
  }
  return copy;
}
