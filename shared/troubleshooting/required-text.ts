/**
 * The literal text a regular expression cannot match without, read off its source once, so that
 * the classifier runs a pattern only on lines that contain such text (found for all patterns in
 * one pass, text-matcher.ts): most of the ~120 patterns fail on any given line, and each failure
 * was a full scan of the line. A pattern's answer is unchanged: the filter only skips lines
 * where the pattern cannot match.
 *
 * The reading is deliberately conservative (ECMAScript pattern grammar,
 * https://tc39.es/ecma262/#sec-patterns). Per top-level alternative it takes a run of plain
 * characters that every match contains in order (characters under a quantifier that allows zero
 * end the run and are left out; one that allows more keeps one and ends the run), or else a
 * group none of whose alternatives is optional and each of which has such a run. Anything it does
 * not fully understand (an escape class, a character class, a look-around, a back-reference, a
 * brace that is not a quantifier, the `u`/`v` flags) counts as "no text required", never as text.
 * Texts are printable ASCII and are looked for lower-cased in the lower-cased line: a line that
 * contains a text contains it lower-cased, and under the `i` flag (without `u`) an ASCII letter
 * of a pattern matches only its two ASCII cases, so no line a pattern could match is skipped.
 */

/** Any of these texts (lower-cased) in a line lets the pattern run; `null`: always run it. */
export type RequiredText = readonly string[] | null;

/** Escapes whose character is itself (`\.`, `\/`, `\"`); every other escape is not plain text. */
const SELF_ESCAPES = new Set('^$\\.*+?()[]{}|/-"\'`:!@#%&,;<=>~_ '.split(''));
const QUANTIFIER = /^(?:[?*+]|\{(\d+)(,\d*)?\})\??/;

/** A construct this reading does not know: the pattern is then run on every line. */
class Unreadable extends Error {}

interface Scan {
  source: string;
  index: number;
}

/** Skips a `[…]` class from its `[`; JavaScript ends it at the first unescaped `]`. */
function skipClass(scan: Scan): void {
  scan.index += 1;
  while (scan.index < scan.source.length) {
    const c = scan.source[scan.index];
    if (c === '\\') scan.index += 2;
    else if (c === ']') {
      scan.index += 1;
      return;
    } else scan.index += 1;
  }
}

/** The quantifier at the scan position (consumed), as its minimum count; undefined if none. */
function readQuantifier(scan: Scan): number | undefined {
  const match = QUANTIFIER.exec(scan.source.slice(scan.index, scan.index + 24));
  if (!match) return undefined;
  scan.index += match[0].length;
  const symbol = match[0][0];
  if (symbol === '?' || symbol === '*') return 0;
  if (symbol === '+') return 1;
  return Number(match[1]);
}

/** The longest required run of an alternative, or the texts of a required group, or null. */
function alternativeText(scan: Scan, stop: (c: string | undefined) => boolean): RequiredText {
  let run = '';
  let best = '';
  let group: RequiredText = null;
  const endRun = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  while (scan.index < scan.source.length && !stop(scan.source[scan.index])) {
    const c = scan.source[scan.index] as string;
    let literal: string | undefined;
    let groupText: RequiredText = null;
    if (c === '\\') {
      const next = scan.source[scan.index + 1] ?? '';
      // \x41, \u0041, \cA, \k<name>, \p{…}, \1, \0: more than one character, or not plain text.
      if (/[xuckpP0-9]/.test(next)) throw new Unreadable();
      scan.index += 2;
      if (SELF_ESCAPES.has(next)) literal = next;
    } else if (c === '[') {
      skipClass(scan);
    } else if (c === '(') {
      const opening = /^\((?:\?:|\?<?[=!]|\?<[A-Za-z_$][\w$]*>|(?!\?))/.exec(
        scan.source.slice(scan.index, scan.index + 64),
      );
      if (!opening) throw new Unreadable();
      const lookaround = /[=!]$/.test(opening[0]);
      scan.index += opening[0].length;
      const inner = disjunctionText(scan);
      if (scan.source[scan.index] !== ')') throw new Unreadable();
      scan.index += 1;
      if (!lookaround) groupText = inner;
    } else if ('.^${}]'.includes(c)) {
      // Any character, an assertion, or a brace that is not a quantifier: not plain text.
      scan.index += 1;
    } else {
      // Only printable ASCII counts as text: its lower case does not depend on its neighbours.
      if (c >= ' ' && c <= '~') literal = c;
      scan.index += 1;
    }
    const minimum = readQuantifier(scan);
    if (literal !== undefined && minimum !== 0) {
      run += literal;
      if (minimum !== undefined) endRun();
    } else {
      endRun();
      if (groupText !== null && minimum !== 0 && group === null) group = groupText;
    }
  }
  endRun();
  if (best.length >= 3 || (group === null && best.length > 0)) return [best];
  return group;
}

/** Texts for a disjunction up to its closing parenthesis (or the end): one per alternative. */
function disjunctionText(scan: Scan): RequiredText {
  const texts: string[] = [];
  let complete = true;
  for (;;) {
    const text = alternativeText(scan, (c) => c === '|' || c === ')');
    if (text === null) complete = false;
    else texts.push(...text);
    if (scan.source[scan.index] !== '|') break;
    scan.index += 1;
  }
  return complete ? texts : null;
}

/** What a line must contain for `re` to match it (see the module comment). */
export function requiredTextOf(re: RegExp): RequiredText {
  if (/[uvx]/.test(re.flags)) return null;
  const scan: Scan = { source: re.source, index: 0 };
  let texts: RequiredText;
  try {
    texts = disjunctionText(scan);
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
  if (texts === null || scan.index < re.source.length) return null;
  return texts.map((text) => text.toLowerCase());
}
