import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/problems';
import {
  formatPlatform,
  normalizePlatform,
  parsePlatform,
  platformMatches,
} from '../../../shared/registry';

describe('platform matching (containerd normalization)', () => {
  it.each([
    [
      'linux/arm64 matches an entry with variant v8',
      'linux/arm64',
      { os: 'linux', architecture: 'arm64', variant: 'v8' },
      true,
    ],
    [
      'linux/arm64 matches an entry without a variant',
      'linux/arm64',
      { os: 'linux', architecture: 'arm64' },
      true,
    ],
    [
      'linux/arm64/v8 matches an entry without a variant',
      'linux/arm64/v8',
      { os: 'linux', architecture: 'arm64' },
      true,
    ],
    [
      'linux/aarch64 is arm64',
      'linux/aarch64',
      { os: 'linux', architecture: 'arm64', variant: 'v8' },
      true,
    ],
    ['linux/x86_64 is amd64', 'linux/x86_64', { os: 'linux', architecture: 'amd64' }, true],
    [
      'linux/arm defaults to v7',
      'linux/arm',
      { os: 'linux', architecture: 'arm', variant: 'v7' },
      true,
    ],
    [
      'linux/arm/v6 is not v7',
      'linux/arm/v6',
      { os: 'linux', architecture: 'arm', variant: 'v7' },
      false,
    ],
    [
      'linux/arm64/v9 is not the default arm64',
      'linux/arm64/v9',
      { os: 'linux', architecture: 'arm64' },
      false,
    ],
    [
      'windows/amd64 is not linux/amd64',
      'windows/amd64',
      { os: 'linux', architecture: 'amd64' },
      false,
    ],
    ['case does not matter', 'Linux/AMD64', { os: 'linux', architecture: 'amd64' }, true],
  ])('%s', (_name, requested, candidate, expected) => {
    expect(platformMatches(parsePlatform(requested), candidate)).toBe(expected);
  });

  it.each([['linux'], ['linux/'], ['/amd64'], ['linux/amd64/v8/extra'], ['linux amd64'], ['']])(
    'rejects the malformed platform "%s" with INVALID_REQUEST at /platform',
    (text) => {
      let caught: unknown;
      try {
        parsePlatform(text);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect((caught as AppError).code).toBe('INVALID_REQUEST');
      expect((caught as AppError).path).toEqual(['platform']);
    },
  );

  it('writes a normalized platform without a default variant', () => {
    expect(formatPlatform(normalizePlatform(parsePlatform('linux/aarch64/v8')))).toBe(
      'linux/arm64',
    );
  });
});
