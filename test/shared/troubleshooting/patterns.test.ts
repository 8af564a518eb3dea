import { describe, expect, it } from 'vitest';
import {
  LINE_ANCHORS,
  PULL_ERROR_PATTERNS,
  STATUS_PATTERNS,
  STATUS_SIGNALS,
} from '../../../shared/troubleshooting/patterns';
import { CAUSES } from '../../../shared/troubleshooting';

/** The regex source, unescaped and lower-cased, to look for anchor words in. */
function plainSource(re: RegExp): string {
  return re.source
    .replace(/\\(.)/g, '$1')
    .replace(/\[([A-Za-z])([a-z])\]/g, '$2')
    .toLowerCase();
}

describe('the pull-error pattern table', () => {
  it.each(PULL_ERROR_PATTERNS.map((p) => [p.id, p] as const))(
    'pattern %s is linear-safe data',
    (_id, pattern) => {
      expect(pattern.re.flags).not.toContain('g');
      expect(pattern.weight).toBeGreaterThanOrEqual(0);
      expect(pattern.weight).toBeLessThan(1);
      if (pattern.cause !== null) expect(CAUSES).toContain(pattern.cause);
      // A repeated group that itself repeats is the shape of catastrophic backtracking.
      expect(pattern.re.source).not.toMatch(/\([^)]*[+*][^)]*\)[+*{]/);
      // Unbounded `.*`/`[^x]*` over free text is not allowed either.
      expect(pattern.re.source).not.toMatch(/(?:\.|\])[*+]/);
    },
  );

  it('has unique pattern ids', () => {
    const ids = PULL_ERROR_PATTERNS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(PULL_ERROR_PATTERNS.map((p) => [p.id, p.re] as const))(
    'pattern %s contains a line anchor, so the prefilter cannot hide it',
    (_id, re) => {
      const source = plainSource(re);
      expect(LINE_ANCHORS.some((anchor) => source.includes(anchor))).toBe(true);
    },
  );

  it('maps every status it scores to a known cause', () => {
    for (const signal of Object.values(STATUS_SIGNALS)) expect(CAUSES).toContain(signal.cause);
    for (const re of STATUS_PATTERNS) expect(re.flags).not.toContain('g');
  });
});
