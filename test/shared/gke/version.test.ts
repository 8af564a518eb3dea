import { describe, expect, it } from 'vitest';
import { compareGkeVersions, meetsMinimum, parseGkeVersion } from '../../../shared/gke';
import { AppError } from '../../../shared/problems';

describe('parseGkeVersion', () => {
  it.each([
    {
      name: 'a complete GKE version',
      input: '1.15.9-gke.8',
      expected: {
        version: '1.15.9-gke.8',
        major: 1,
        minor: 15,
        patch: 9,
        gkePatch: 8,
        complete: true,
      },
    },
    {
      name: 'a version with a seven-digit gke patch',
      input: '1.30.5-gke.1014001',
      expected: {
        version: '1.30.5-gke.1014001',
        major: 1,
        minor: 30,
        patch: 5,
        gkePatch: 1014001,
        complete: true,
      },
    },
    {
      name: 'a version with a leading v (kubectl prints it)',
      input: 'v1.14.10-gke.22',
      expected: {
        version: '1.14.10-gke.22',
        major: 1,
        minor: 14,
        patch: 10,
        gkePatch: 22,
        complete: true,
      },
    },
    {
      name: 'a MAJOR.MINOR version as incomplete',
      input: '1.15',
      expected: {
        version: '1.15',
        major: 1,
        minor: 15,
        patch: null,
        gkePatch: null,
        complete: false,
      },
    },
    {
      name: 'a MAJOR.MINOR.PATCH version as incomplete',
      input: '1.15.9',
      expected: {
        version: '1.15.9',
        major: 1,
        minor: 15,
        patch: 9,
        gkePatch: null,
        complete: false,
      },
    },
    {
      name: 'zero components',
      input: '1.16.0-gke.0',
      expected: {
        version: '1.16.0-gke.0',
        major: 1,
        minor: 16,
        patch: 0,
        gkePatch: 0,
        complete: true,
      },
    },
  ])('parses $name', ({ input, expected }) => {
    expect(parseGkeVersion(input)).toEqual(expected);
  });

  it.each([
    { name: 'an empty string', input: '' },
    { name: 'a bare major', input: '1' },
    { name: 'a gke suffix without patch', input: '1.15-gke.8' },
    { name: 'a non-GKE suffix', input: '1.15.9-eks.8' },
    { name: 'an uppercase suffix', input: '1.15.9-GKE.8' },
    { name: 'a gke suffix without a number', input: '1.15.9-gke.' },
    { name: 'leading zeros', input: '1.015.9-gke.8' },
    { name: 'surrounding spaces', input: ' 1.15.9-gke.8' },
    { name: 'a channel name', input: 'latest' },
    { name: 'four numeric components', input: '1.15.9.8' },
    { name: 'a double v', input: 'vv1.15' },
    { name: 'a very long string', input: `1.15.9-gke.${'1'.repeat(200)}` },
  ])('rejects $name with INVALID_GKE_VERSION', ({ input }) => {
    let caught: unknown;
    try {
      parseGkeVersion(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    const error = caught as AppError;
    expect(error.code).toBe('INVALID_GKE_VERSION');
    expect(error.status).toBe(400);
    expect(error.path).toEqual(['version']);
    expect(error.message).toContain('MAJOR.MINOR.PATCH-gke.N');
    expect(error.message.length).toBeLessThan(300);
  });

  it('reports the pointer the caller names', () => {
    expect(() => parseGkeVersion('nope', { path: ['cluster', 'version'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_GKE_VERSION', path: ['cluster', 'version'] }),
    );
  });

  it('names the bad input in the detail', () => {
    expect(() => parseGkeVersion('1.x')).toThrow(
      expect.objectContaining({ message: expect.stringContaining('"1.x"') }),
    );
  });
});

describe('compareGkeVersions', () => {
  it.each([
    {
      name: 'gke.100 is newer than gke.22 (numeric, not lexical)',
      a: '1.14.10-gke.100',
      b: '1.14.10-gke.22',
      expected: 1,
    },
    { name: 'gke.21 is older than gke.22', a: '1.14.10-gke.21', b: '1.14.10-gke.22', expected: -1 },
    { name: 'patch 10 is newer than patch 9', a: '1.15.10-gke.1', b: '1.15.9-gke.8', expected: 1 },
    { name: 'minor 16 is newer than minor 9', a: '1.16.0-gke.1', b: '1.9.7-gke.99', expected: 1 },
    { name: 'equal versions', a: '1.30.5-gke.1014001', b: 'v1.30.5-gke.1014001', expected: 0 },
    { name: 'an absent component sorts first', a: '1.15', b: '1.15.0', expected: -1 },
    {
      name: 'a partial version after an older complete one',
      a: '1.16',
      b: '1.15.9-gke.8',
      expected: 1,
    },
  ])('$name', ({ a, b, expected }) => {
    expect(compareGkeVersions(a, b)).toBe(expected);
    expect(compareGkeVersions(b, a)).toBe(-expected || 0);
  });

  it('sorts a list of versions', () => {
    const sorted = [
      '1.15.9-gke.8',
      '1.14.10-gke.100',
      '1.14.10-gke.22',
      '1.15',
      '1.13.12-gke.30',
    ].sort(compareGkeVersions);
    expect(sorted).toEqual([
      '1.13.12-gke.30',
      '1.14.10-gke.22',
      '1.14.10-gke.100',
      '1.15',
      '1.15.9-gke.8',
    ]);
  });
});

describe('meetsMinimum', () => {
  it.each([
    { version: '1.15.9-gke.8', minimum: '1.15.9-gke.8', expected: true },
    { version: '1.15.9-gke.7', minimum: '1.15.9-gke.8', expected: false },
    { version: '1.15.9', minimum: '1.15.9-gke.8', expected: null },
    { version: '1.15', minimum: '1.15.9-gke.8', expected: null },
    { version: '1.15.10', minimum: '1.15.9-gke.8', expected: true },
    { version: '1.15.8', minimum: '1.15.9-gke.8', expected: false },
    { version: '1.16', minimum: '1.15.9-gke.8', expected: true },
    { version: '1.16.0', minimum: '1.16', expected: true },
  ])('$version meets $minimum: $expected', ({ version, minimum, expected }) => {
    expect(meetsMinimum(version, minimum)).toBe(expected);
  });
});
