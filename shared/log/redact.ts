/**
 * Secrets never reach a log line. Two nets: members whose name says they hold a secret are
 * replaced whole, and any string is scrubbed of token shapes (Google access tokens, JWTs, Bearer
 * and Basic credentials, `oauth2accesstoken:` pairs, private keys) wherever they appear, glued
 * to other text or not, in time linear in the string.
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

/**
 * Where a JWT (`eyJ…` header, `.`, payload of 4 or more) starts in a run of token characters
 * (`[A-Za-z0-9_.-]`), or -1. Glued tokens count (`token_eyJ…`, `x-eyJ…`). One pass over the
 * run's dot-separated segments: matching a regular expression at every `eyJ` of a long run would
 * be quadratic in it.
 */
export function jwtStartIn(run: string): number {
  if (!run.includes('eyJ')) return -1;
  const segments = run.split('.');
  let offset = 0;
  for (let index = 0; index + 1 < segments.length; index += 1) {
    const segment = segments[index] as string;
    const start = segment.indexOf('eyJ');
    if (start !== -1 && segment.length - start >= 7 && (segments[index + 1] as string).length >= 4)
      return offset + start;
    offset += segment.length + 1;
  }
  return -1;
}

interface SecretPattern {
  re: RegExp;
  replace: (match: string, ...groups: string[]) => string;
}

// Each pattern is linear: no nested quantifiers, bounded alternations, and no word boundary in
// front of a token, which would let one glued to letters or `_` through (`x_ya29.…`).
const SECRET_PATTERNS: readonly SecretPattern[] = [
  {
    re: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
    replace: () => REDACTED,
  },
  {
    re: /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi,
    replace: (_match, scheme = '') => `${scheme} ${REDACTED}`,
  },
  { re: /ya29\.[A-Za-z0-9._-]+/g, replace: () => REDACTED },
  {
    re: /[A-Za-z0-9_.-]{12,}/g,
    replace: (run) => {
      const start = jwtStartIn(run);
      return start === -1 ? run : `${run.slice(0, start)}${REDACTED}`;
    },
  },
  {
    re: /\b(oauth2accesstoken|_json_key|_json_key_base64|_dcgcloud_token|_token):[^\s"']+/g,
    replace: (_match, user = '') => `${user}:${REDACTED}`,
  },
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
  for (const { re, replace } of SECRET_PATTERNS) result = result.replace(re, replace);
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
