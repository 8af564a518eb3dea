import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PULL_ERROR_PATTERNS, STATUS_PATTERNS } from '../../../shared/troubleshooting/patterns';
import { requiredTextOf } from '../../../shared/troubleshooting/required-text';
import { createTextMatcher } from '../../../shared/troubleshooting/text-matcher';
import { SAMPLE_ERRORS } from './fixtures';

describe('the text a pattern cannot match without', () => {
  it.each([
    ['a literal', /no basic auth credentials/, ['no basic auth credentials']],
    [
      'one text per alternative',
      /no such host|server misbehaving/,
      ['no such host', 'server misbehaving'],
    ],
    ['the longest run around a class', /[Pp]ermission denied for ["']/, ['ermission denied for ']],
    ['a run cut by an optional character', /unexpected EOF|: EOF\b/, ['unexpected eof', ': eof']],
    ['a character under ? left out', /couldn'?t parse image/, ['t parse image']],
    ['one copy of a character under +', /xyab+c/, ['xyab']],
    ['a non-ASCII character as the end of a run', /über/, ['ber']],
    ['a brace that is not a quantifier as the end of a run', /{abc}/, ['abc']],
    ['escaped punctuation as itself', /dial tcp: lookup [^\s:]{1,253}/, ['dial tcp: lookup ']],
    ['a required group when the run is short', /\b(?:DENIED|denied):[ \t]/, ['denied', 'denied']],
    [
      'nothing from a look-around',
      /(?<!proxy )authentication (?:is )?required/,
      ['authentication '],
    ],
    ['lower case under the i flag', /Back-off pulling image/i, ['back-off pulling image']],
    ['the group of a named capture', /(?<code>status|code)=\d/, ['status', 'code']],
  ])('reads %s', (_name, re, texts) => {
    expect(requiredTextOf(re)).toEqual(texts);
  });

  it.each([
    ['an alternative with no text', /foo|\d{3}/],
    ['an optional group only', /(?:abc)?\d/],
    ['a hexadecimal escape', /\x41BC/],
    ['a unicode escape', /\u0041BC/],
    ['a back-reference', /(a)\1bc/],
    ['the u flag', /abc/u],
    ['a class alone', /[a-z]+/],
  ])('claims nothing for %s', (_name, re) => {
    expect(requiredTextOf(re)).toBeNull();
  });

  const patterns = [...PULL_ERROR_PATTERNS.map((pattern) => pattern.re), ...STATUS_PATTERNS];
  const corpus = JSON.parse(
    readFileSync(new URL('./fixtures/pull-error-corpus.json', import.meta.url), 'utf8'),
  ) as { entries: Array<{ message: string }> };
  const samples = JSON.parse(
    readFileSync(new URL('./fixtures/pull-errors.json', import.meta.url), 'utf8'),
  ) as Array<{ message: string }>;
  const lines = [
    ...corpus.entries.map((entry) => entry.message),
    ...samples.map((sample) => sample.message),
    ...Object.values(SAMPLE_ERRORS),
  ].flatMap((message) => message.split('\n'));

  it('never skips a line a pattern matches, on every line of the corpus and the samples', () => {
    let matched = 0;
    for (const re of patterns) {
      const texts = requiredTextOf(re);
      if (texts === null) continue;
      for (const line of lines) {
        if (!re.test(line)) continue;
        matched += 1;
        expect(texts.some((text) => line.toLowerCase().includes(text))).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(500);
  });

  it('never skips a line a pattern matches, on lines built from the patterns own texts', () => {
    const fragments = patterns.flatMap((re) => requiredTextOf(re) ?? []);
    const words = fc.oneof(
      fc.constantFrom(...fragments),
      fc.constantFrom(...fragments).map((text) => text.toUpperCase()),
      fc.constantFrom('"', "'", ': ', ' ', '403 ', 'x509', '\\"', '/v2/', '401'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (parts) => {
        const line = parts.join('');
        for (const re of patterns) {
          const texts = requiredTextOf(re);
          if (texts === null || !re.test(line)) continue;
          expect(texts.some((text) => line.toLowerCase().includes(text))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a text for nearly every pattern (a pattern without one runs on every line)', () => {
    const unread = patterns.filter((re) => requiredTextOf(re) === null);
    expect(unread.length).toBeLessThanOrEqual(2);
  });
});

describe('the one-pass text matcher', () => {
  const found = (texts: string[], line: string) => {
    const marks = new Uint8Array(texts.length);
    createTextMatcher(texts).scan(line, marks);
    return texts.filter((_, index) => marks[index] === 1);
  };

  it.each([
    ['each text present', ['he', 'she', 'his', 'hers'], 'ushers', ['he', 'she', 'hers']],
    [
      'overlapping occurrences',
      ['denied', 'access denied', 'den'],
      'access denied',
      ['denied', 'access denied', 'den'],
    ],
    [
      'a text inside another',
      ['pull', 'pulling from host'],
      'pulling from host x',
      ['pull', 'pulling from host'],
    ],
    ['nothing absent', ['x509', 'tls: '], 'no certificates here', []],
    ['a text at the very end', ['eof'], 'unexpected eof', ['eof']],
  ])('finds %s', (_name, texts, line, expected) => {
    expect(found(texts, line)).toEqual(expected);
  });

  it('agrees with String#includes on generated texts and lines', () => {
    fc.assert(
      fc.property(
        // Non-ASCII characters in texts and lines, and characters no text uses.
        fc.array(fc.stringMatching(/^[abé: ]{1,4}$/), { minLength: 1, maxLength: 8 }),
        fc.stringMatching(/^[abéxñ: ]{0,30}$/),
        (texts, line) => {
          expect(found(texts, line)).toEqual(texts.filter((text) => line.includes(text)));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
