import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../shared/runbook';

/** CommonMark's backslash escapes for the characters that can start markup in running text. */
const byRule = (text: string) =>
  text.replace(/\r?\n/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~]/g, (char) => `\\${char}`);

describe('escapeMarkdown', () => {
  it.each([
    ['plain words', 'plain words'],
    ['REGISTRY_PROJECT_ID', 'REGISTRY\\_PROJECT\\_ID'],
    ['*bold* [link](x) <b>', '\\*bold\\* \\[link\\]\\(x\\) \\<b\\>'],
    ['`code` #1 + !~|', '\\`code\\` \\#1 \\+ \\!\\~\\|'],
    ['two\r\nlines\nhere', 'two lines here'],
    ['\\', '\\\\'],
    ['façade — «ñ» (ok)', 'façade — «ñ» \\(ok\\)'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('escapes every special character of any text, and only those', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(escapeMarkdown(text)).toBe(byRule(text));
      }),
      { numRuns: 2000 },
    );
  });
});
