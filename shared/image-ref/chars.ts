/** ASCII character classes of the grammar, as predicates over one UTF-16 code unit. */

export function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

export function isLowerAlpha(c: string): boolean {
  return c >= 'a' && c <= 'z';
}

export function isUpperAlpha(c: string): boolean {
  return c >= 'A' && c <= 'Z';
}

export function isAlpha(c: string): boolean {
  return isLowerAlpha(c) || isUpperAlpha(c);
}

/** `[a-z0-9]`: the alpha-numeric of a repository path component. */
export function isLowerAlphanumeric(c: string): boolean {
  return isLowerAlpha(c) || isDigit(c);
}

/** `[a-zA-Z0-9]` */
export function isAlphanumeric(c: string): boolean {
  return isAlpha(c) || isDigit(c);
}

/** `[[:xdigit:]]` */
export function isHexDigit(c: string): boolean {
  return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/** `\w` in Go's RE2 (ASCII only): `[0-9A-Za-z_]`. */
export function isWordChar(c: string): boolean {
  return isAlphanumeric(c) || c === '_';
}

const UPPER_ALPHA = /[A-Z]/;

export function hasUpperAlpha(value: string): boolean {
  return UPPER_ALPHA.test(value);
}

/** How a character is shown in a detail: printable ASCII as is, anything else as a code point. */
export function describeChar(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  if (code > 0x20 && code < 0x7f) return `"${c}"`;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
