/**
 * The digest, as distribution/reference matches it and go-digest then validates it:
 *
 *   digest                     := algorithm ":" hex
 *   algorithm                  := algorithm-component { algorithm-separator algorithm-component }
 *   algorithm-separator        := [+._-]
 *   algorithm-component        := [A-Za-z][A-Za-z0-9]*
 *   hex                        := [0-9a-fA-F]{32,}
 *
 * go-digest then accepts only the algorithms it implements, each with an exact number of
 * lowercase hex digits; any other well-formed lowercase algorithm is "unsupported".
 */
import { describeChar, isAlpha, isAlphanumeric, hasUpperAlpha, isHexDigit } from './chars';
import { defect, type Defect } from './errors';

export const DIGEST_SEPARATOR = '@';
export const DIGEST_ALGORITHM_SEPARATOR = ':';
/** "At least 128 bit digest value." */
export const DIGEST_HEX_MIN_LENGTH = 32;
export const DIGEST_ALGORITHM_COMPONENT_SEPARATORS = ['+', '.', '_', '-'] as const;

/** The algorithms go-digest implements, with the exact length of their lowercase hex. */
export const SUPPORTED_DIGEST_ALGORITHMS: Readonly<Record<string, number>> = {
  sha256: 64,
  sha384: 96,
  sha512: 128,
};

const SUPPORTED_NAMES = Object.keys(SUPPORTED_DIGEST_ALGORITHMS).join(', ');
const EXAMPLE_HINT = 'digest.example.hint';

function isAlgorithmSeparator(c: string): boolean {
  return (DIGEST_ALGORITHM_COMPONENT_SEPARATORS as readonly string[]).includes(c);
}

export function checkDigest(digest: string): Defect | undefined {
  if (digest === '') return defect('digest.missing', undefined, EXAMPLE_HINT);
  if (digest.includes(DIGEST_SEPARATOR)) {
    return defect('digest.twoAt', undefined, 'digest.twoAt.hint');
  }
  const colon = digest.indexOf(DIGEST_ALGORITHM_SEPARATOR);
  if (colon < 0) {
    return defect('digest.noAlgorithm', { digest: JSON.stringify(digest) }, EXAMPLE_HINT);
  }
  const algorithm = digest.slice(0, colon);
  const hex = digest.slice(colon + 1);
  const algorithmDefect = checkAlgorithmSyntax(algorithm);
  if (algorithmDefect !== undefined) return algorithmDefect;
  for (const c of hex) {
    if (!isHexDigit(c)) {
      return defect(
        'digest.notHex',
        { digest: JSON.stringify(digest), char: describeChar(c) },
        EXAMPLE_HINT,
      );
    }
  }
  const expected = SUPPORTED_DIGEST_ALGORITHMS[algorithm.toLowerCase()];
  if (expected !== undefined) {
    if (hex.length !== expected) {
      return defect(
        'digest.wrongLength',
        { algorithm, length: hex.length, lowerAlgorithm: algorithm.toLowerCase(), expected },
        'digest.wrongLength.hint',
      );
    }
    if (algorithm !== algorithm.toLowerCase()) {
      return defect('digest.algorithmCase', { lower: algorithm.toLowerCase(), algorithm });
    }
    if (hasUpperAlpha(hex)) {
      return defect('digest.hexCase', undefined, {
        id: 'reference.writeInstead.hint',
        params: { value: JSON.stringify(`${algorithm}:${hex.toLowerCase()}`) },
      });
    }
    return undefined;
  }
  if (hex.length < DIGEST_HEX_MIN_LENGTH) {
    return defect(
      'digest.tooShort',
      { length: hex.length, minimum: DIGEST_HEX_MIN_LENGTH },
      EXAMPLE_HINT,
    );
  }
  if (hasUpperAlpha(algorithm)) {
    return defect('digest.algorithmUppercase', { algorithm: JSON.stringify(algorithm) });
  }
  return defect(
    'digest.unsupported',
    { algorithm: JSON.stringify(algorithm) },
    { id: 'digest.unsupported.hint', params: { algorithms: SUPPORTED_NAMES } },
  );
}

/** `[A-Za-z][A-Za-z0-9]*` components joined by single `[+._-]`. */
function checkAlgorithmSyntax(algorithm: string): Defect | undefined {
  const malformed = () =>
    defect('digest.malformedAlgorithm', { algorithm: JSON.stringify(algorithm) }, EXAMPLE_HINT);
  if (algorithm === '') return defect('digest.emptyAlgorithm', undefined, EXAMPLE_HINT);
  let expectComponentStart = true;
  for (const c of algorithm) {
    if (expectComponentStart) {
      if (!isAlpha(c)) return malformed();
      expectComponentStart = false;
    } else if (isAlgorithmSeparator(c)) {
      expectComponentStart = true;
    } else if (!isAlphanumeric(c)) {
      return malformed();
    }
  }
  return expectComponentStart ? malformed() : undefined;
}
