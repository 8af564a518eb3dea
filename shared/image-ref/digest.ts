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
import type { Defect } from './errors';

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
const EXAMPLE = 'sha256:<64 lowercase hex digits>';

function isAlgorithmSeparator(c: string): boolean {
  return (DIGEST_ALGORITHM_COMPONENT_SEPARATORS as readonly string[]).includes(c);
}

export function checkDigest(digest: string): Defect | undefined {
  if (digest === '') {
    return { what: '"@" is not followed by a digest', hint: `A digest looks like ${EXAMPLE}.` };
  }
  if (digest.includes(DIGEST_SEPARATOR)) {
    return {
      what: 'the reference has more than one "@"',
      hint: 'A reference has at most one digest.',
    };
  }
  const colon = digest.indexOf(DIGEST_ALGORITHM_SEPARATOR);
  if (colon < 0) {
    return {
      what: `the digest ${JSON.stringify(digest)} has no algorithm`,
      hint: `A digest looks like ${EXAMPLE}.`,
    };
  }
  const algorithm = digest.slice(0, colon);
  const hex = digest.slice(colon + 1);
  const algorithmDefect = checkAlgorithmSyntax(algorithm);
  if (algorithmDefect !== undefined) return algorithmDefect;
  for (const c of hex) {
    if (!isHexDigit(c)) {
      return {
        what: `the digest ${JSON.stringify(digest)} contains ${describeChar(c)}, which is not a hexadecimal digit`,
        hint: `A digest looks like ${EXAMPLE}.`,
      };
    }
  }
  const expected = SUPPORTED_DIGEST_ALGORITHMS[algorithm.toLowerCase()];
  if (expected !== undefined) {
    if (hex.length !== expected) {
      return {
        what: `the ${algorithm} digest has ${hex.length} hex digits; ${algorithm.toLowerCase()} digests have exactly ${expected}`,
        hint: 'Copy the whole digest, for example from "crane digest" or "gcloud artifacts docker images describe".',
      };
    }
    if (algorithm !== algorithm.toLowerCase()) {
      return {
        what: `the digest algorithm must be lowercase ("${algorithm.toLowerCase()}", not "${algorithm}")`,
      };
    }
    if (hasUpperAlpha(hex)) {
      return {
        what: 'the digest hex must be lowercase',
        hint: `Write ${JSON.stringify(`${algorithm}:${hex.toLowerCase()}`)}.`,
      };
    }
    return undefined;
  }
  if (hex.length < DIGEST_HEX_MIN_LENGTH) {
    return {
      what: `the digest hex has ${hex.length} digits; at least ${DIGEST_HEX_MIN_LENGTH} are required`,
      hint: `A digest looks like ${EXAMPLE}.`,
    };
  }
  if (hasUpperAlpha(algorithm)) {
    return { what: `the digest algorithm ${JSON.stringify(algorithm)} must be lowercase` };
  }
  return {
    what: `unsupported digest algorithm ${JSON.stringify(algorithm)}`,
    hint: `Supported algorithms: ${SUPPORTED_NAMES}.`,
  };
}

/** `[A-Za-z][A-Za-z0-9]*` components joined by single `[+._-]`. */
function checkAlgorithmSyntax(algorithm: string): Defect | undefined {
  const malformed: Defect = {
    what: `the digest algorithm ${JSON.stringify(algorithm)} is not well-formed`,
    hint: `A digest looks like ${EXAMPLE}.`,
  };
  if (algorithm === '')
    return { what: 'the digest has no algorithm before ":"', hint: malformed.hint };
  let expectComponentStart = true;
  for (const c of algorithm) {
    if (expectComponentStart) {
      if (!isAlpha(c)) return malformed;
      expectComponentStart = false;
    } else if (isAlgorithmSeparator(c)) {
      expectComponentStart = true;
    } else if (!isAlphanumeric(c)) {
      return malformed;
    }
  }
  return expectComponentStart ? malformed : undefined;
}
