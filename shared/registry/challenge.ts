/**
 * `WWW-Authenticate` parsing (RFC 9110 §11.6.1): a list of challenges, each an auth-scheme
 * followed by either a token68 or a comma-separated list of `name=value` auth-params, where a
 * value is a token or a quoted-string with `\` escapes. Parameter names are case-insensitive.
 * A challenge that repeats a parameter is rejected: `realm="a", realm="b"` is ambiguous, and the
 * realm decides where credentials go.
 */

export interface AuthChallenge {
  /** Lower case: `bearer`, `basic`. */
  scheme: string;
  /** Parameter names in lower case. */
  params: Record<string, string>;
  token68?: string;
}

export class ChallengeSyntaxError extends Error {
  override readonly name = 'ChallengeSyntaxError';
}

const TCHAR = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;
const TOKEN68_CHAR = /[A-Za-z0-9\-._~+/]/;

export function parseAuthChallenges(header: string): AuthChallenge[] {
  const challenges: AuthChallenge[] = [];
  let i = 0;

  const skipWhitespace = (): void => {
    while (i < header.length && (header[i] === ' ' || header[i] === '\t')) i += 1;
  };
  const readToken = (): string => {
    const start = i;
    while (i < header.length && TCHAR.test(header[i] ?? '')) i += 1;
    return header.slice(start, i);
  };
  const readQuoted = (): string => {
    i += 1; // opening quote
    let value = '';
    while (i < header.length) {
      const char = header[i];
      if (char === '"') {
        i += 1;
        return value;
      }
      if (char === '\\') {
        if (i + 1 >= header.length) break;
        value += header[i + 1];
        i += 2;
        continue;
      }
      value += char;
      i += 1;
    }
    throw new ChallengeSyntaxError('unterminated quoted-string');
  };

  for (;;) {
    while (i < header.length && /[\s,]/.test(header[i] ?? '')) i += 1;
    if (i >= header.length) break;
    const scheme = readToken();
    if (scheme === '') throw new ChallengeSyntaxError(`unexpected character at ${i}`);
    const challenge: AuthChallenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    skipWhitespace();

    // token68 form: `Scheme abc123==`, alone up to the end or the next comma.
    const token68Start = i;
    while (i < header.length && TOKEN68_CHAR.test(header[i] ?? '')) i += 1;
    while (i < header.length && header[i] === '=') i += 1;
    const token68 = header.slice(token68Start, i);
    skipWhitespace();
    if (token68 !== '' && (i >= header.length || header[i] === ',')) {
      challenge.token68 = token68;
      continue;
    }
    i = token68Start;

    // auth-param list.
    for (;;) {
      skipWhitespace();
      const paramStart = i;
      const name = readToken();
      skipWhitespace();
      if (name === '' || header[i] !== '=') {
        i = paramStart; // the next challenge's scheme, or the end
        break;
      }
      i += 1;
      skipWhitespace();
      const value = header[i] === '"' ? readQuoted() : readToken();
      const key = name.toLowerCase();
      if (Object.hasOwn(challenge.params, key))
        throw new ChallengeSyntaxError(`parameter ${key} repeated`);
      challenge.params[key] = value;
      skipWhitespace();
      if (header[i] === ',') {
        i += 1;
        continue;
      }
      break;
    }
    skipWhitespace();
    if (i < header.length && header[i] !== ',' && !TCHAR.test(header[i] ?? '')) {
      throw new ChallengeSyntaxError(`unexpected character at ${i}`);
    }
  }
  return challenges;
}
