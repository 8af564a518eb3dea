import { describe, expect, it } from 'vitest';
import {
  formatGoDuration,
  GoDurationSchema,
  parseGoDuration,
} from '../../../shared/credential-provider';

// Expected strings are what Go's time.Duration.String() prints for these whole seconds.
describe('formatGoDuration writes Duration.String()', () => {
  it.each([
    { seconds: 0, text: '0s' },
    { seconds: 42, text: '42s' },
    { seconds: 60, text: '1m0s' },
    { seconds: 61, text: '1m1s' },
    { seconds: 300, text: '5m0s' },
    { seconds: 3240, text: '54m0s' },
    { seconds: 3600, text: '1h0m0s' },
    { seconds: 3661, text: '1h1m1s' },
    { seconds: 90000, text: '25h0m0s' },
  ])('writes $seconds s as $text', ({ seconds, text }) => {
    expect(formatGoDuration(seconds)).toBe(text);
    expect(parseGoDuration(text)).toBe(seconds);
    expect(GoDurationSchema.safeParse(text).success).toBe(true);
  });

  it.each([-1, 1.5, Number.NaN])('refuses %s', (seconds) => {
    expect(() => formatGoDuration(seconds)).toThrow(RangeError);
  });
});

describe('parseGoDuration reads what time.ParseDuration reads', () => {
  it.each([
    { text: '0', seconds: 0 },
    { text: '5m', seconds: 300 },
    { text: '1.5h', seconds: 5400 },
    { text: '300ms', seconds: 0.3 },
    { text: '1h30m', seconds: 5400 },
    { text: '.5s', seconds: 0.5 },
    { text: '2.s', seconds: 2 },
    { text: '-1m', seconds: -60 },
    { text: '10µs', seconds: 0.00001 },
  ])('reads $text as $seconds s', ({ text, seconds }) => {
    expect(parseGoDuration(text)).toBeCloseTo(seconds, 9);
  });

  it.each(['', '5', '1d', 'm', '.s', '1 h', '1h 2m', '5M', 'PT5M', '0s0'])('refuses %j', (text) => {
    expect(parseGoDuration(text)).toBeUndefined();
    expect(GoDurationSchema.safeParse(text).success).toBe(false);
  });
});
