import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseImageReference,
  REFERENCE_PATTERN,
  type ImageReference,
} from '../../../shared/image-ref';
import { AppError } from '../../../shared/problems';
import { cpuTimeOf } from '../../support/thread-cpu';
import { HEX128, HEX64 } from './support';

/**
 * An independent oracle: distribution/reference's regular expressions (regexp.go), transcribed
 * as they are, and the steps of ParseNormalizedNamed (normalize.go) and go-digest's Validate.
 * Used on short ASCII inputs only, where backtracking costs nothing.
 */
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_AND_PORT = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[(?:[a-fA-F0-9:]+)\\])(?::[0-9]+)?`;
const NAME = `(?:${DOMAIN_AND_PORT}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const REFERENCE_RE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const ANCHORED_NAME_RE = new RegExp(
  `^(?:(${DOMAIN_AND_PORT})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)$`,
);
const GO_DIGEST_LENGTHS: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

interface OracleName {
  name: string;
  tag: string | undefined;
  digest: string | undefined;
}

function parseNormalizedNamed(s: string): OracleName | null {
  if (/^[a-f0-9]{64}$/.test(s)) return null;
  const i = s.indexOf('/');
  const first = s.slice(0, i);
  let domain = 'docker.io';
  let remainder = s;
  if (i !== -1 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first)) {
    domain = first;
    remainder = s.slice(i + 1);
  }
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !remainder.includes('/')) remainder = `library/${remainder}`;
  const tagSeparator = remainder.indexOf(':');
  const remote = tagSeparator > -1 ? remainder.slice(0, tagSeparator) : remainder;
  if (remote.toLowerCase() !== remote) return null;
  const match = REFERENCE_RE.exec(`${domain}/${remainder}`);
  if (match === null) return null;
  const name = match[1] as string;
  const nameMatch = ANCHORED_NAME_RE.exec(name);
  const path = nameMatch?.[1] === undefined ? name : (nameMatch[2] as string);
  if (path.length > 255) return null;
  const digest = match[3];
  if (digest !== undefined) {
    const [algorithm = '', hex = ''] = digest.split(':');
    if (GO_DIGEST_LENGTHS[algorithm] !== hex.length || !/^[a-f0-9]+$/.test(hex)) return null;
  }
  return { name, tag: match[2], digest };
}

/** Our answer, or the error; only AppError may ever be thrown. */
function attempt(input: string): ImageReference | AppError {
  try {
    return parseImageReference(input);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

/** Accepted by the grammar: parsed, or refused only for Artifact Registry reasons. */
function grammarAccepted(outcome: ImageReference | AppError): boolean {
  return !(outcome instanceof AppError) || outcome.code !== 'INVALID_REFERENCE';
}

const TOKENS = [
  'a',
  'b',
  'z',
  '0',
  '9',
  'A',
  'Z',
  '.',
  '-',
  '--',
  '_',
  '__',
  '___',
  '/',
  '//',
  ':',
  '@',
  '[',
  ']',
  '::1',
  '%',
  '+',
  ' ',
  'localhost',
  'docker.io',
  'index.docker.io',
  'example.com',
  'Example.COM',
  'library',
  '5000',
  'sha256:',
  'sha512:',
  'SHA256:',
  'md5:',
  'x+y.z:',
  HEX64,
  HEX64.toUpperCase(),
  HEX128,
  `${HEX64}0`,
  'a'.repeat(130),
  'https://',
  'quay.io',
];
const grammarish = fc
  .array(fc.constantFrom(...TOKENS), { maxLength: 14 })
  .map((tokens) => tokens.join(''));

const alphanumeric = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
  minLength: 1,
  maxLength: 6,
});
const pathComponent = fc
  .tuple(
    alphanumeric,
    fc.array(fc.tuple(fc.constantFrom('.', '_', '__', '-', '---'), alphanumeric), { maxLength: 3 }),
  )
  .map(([head, rest]) => head + rest.map(([separator, part]) => separator + part).join(''));
const path = fc
  .array(pathComponent, { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('/'));
const host = fc.oneof(
  fc.constantFrom(
    'localhost',
    'localhost:5000',
    'Example.COM',
    'registry.example.com:443',
    '10.0.0.1:5000',
    '[::1]:5000',
    '[fe80::1]',
    'quay.io',
  ),
  fc.tuple(alphanumeric, alphanumeric).map(([a, b]) => `${a}.${b}`),
);
const tag = fc
  .string({ unit: fc.constantFrom(...'abcXYZ019_.-'), minLength: 1, maxLength: 20 })
  .filter((t) => /^\w/.test(t));
const digest = fc.constantFrom(`sha256:${HEX64}`, `sha512:${HEX128}`);
const validReference = fc
  .tuple(
    fc.option(host, { nil: undefined }),
    path,
    fc.option(tag, { nil: undefined }),
    fc.option(digest, { nil: undefined }),
  )
  .map(([h, p, t, d]) => ({ host: h, path: p, tag: t, digest: d }));

/** A reference built from the grammar, as text. */
const validReferenceText = validReference.map(
  ({ host: h, path: p, tag: t, digest: d }) =>
    `${h === undefined ? '' : `${h}/`}${p}${t === undefined ? '' : `:${t}`}${d === undefined ? '' : `@${d}`}`,
);

describe('parseImageReference: properties', () => {
  it('returns or throws an AppError with status 400 and the pointer for any string at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), grammarish), (input) => {
        const outcome = attempt(input);
        if (outcome instanceof AppError) {
          expect(outcome.status).toBe(400);
          expect(outcome.path).toEqual(['reference']);
          expect(outcome.message.length).toBeGreaterThan(0);
        } else {
          expect(outcome.reference).toBe(input);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts exactly what distribution/reference accepts, with the same name, tag and digest', () => {
    fc.assert(
      fc.property(grammarish, (input) => {
        const expected = parseNormalizedNamed(input);
        const outcome = attempt(input);
        expect(grammarAccepted(outcome)).toBe(expected !== null);
        if (expected === null || outcome instanceof AppError) return;
        expect(outcome.repository).toBe(expected.name);
        expect(outcome.digest).toBe(expected.digest ?? null);
        expect(outcome.tag).toBe(expected.tag ?? (expected.digest === undefined ? 'latest' : null));
      }),
      { numRuns: 5000 },
    );
  });

  it('matches the contract pattern (REFERENCE_PATTERN) wherever the grammar accepts', () => {
    fc.assert(
      fc.property(fc.oneof(grammarish, validReferenceText), (input) => {
        // A superset: the parser alone applies the lengths, the image-ID rule and AR's rules.
        if (grammarAccepted(attempt(input))) expect(REFERENCE_PATTERN.test(input)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts every reference built from the grammar, normalized as the grammar says', () => {
    fc.assert(
      fc.property(validReference, ({ host: h, path: p, tag: t, digest: d }) => {
        const input = `${h === undefined ? '' : `${h}/`}${p}${t === undefined ? '' : `:${t}`}${d === undefined ? '' : `@${d}`}`;
        const reference = parseImageReference(input);
        // without a host, a first component with "." is the host (ParseNormalizedNamed)
        const [first = '', ...rest] = p.split('/');
        const firstIsHost = h === undefined && rest.length > 0 && first.includes('.');
        const registry = h ?? (firstIsHost ? first : 'docker.io');
        const repositoryPath = firstIsHost
          ? rest.join('/')
          : h === undefined && rest.length === 0
            ? `library/${p}`
            : p;
        const impliedTag = t ?? (d === undefined ? 'latest' : undefined);
        expect(reference.normalized).toBe(
          `${registry}/${repositoryPath}${impliedTag === undefined ? '' : `:${impliedTag}`}${d === undefined ? '' : `@${d}`}`,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every accepted reference: parsing `normalized` gives the same answer', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          grammarish,
          validReference.map(
            (r) => `${r.host ?? ''}${r.host ? '/' : ''}${r.path}${r.tag ? `:${r.tag}` : ''}`,
          ),
        ),
        (input) => {
          const outcome = attempt(input);
          if (outcome instanceof AppError) return;
          const again = parseImageReference(outcome.normalized);
          expect(again.normalized).toBe(outcome.normalized);
          // everything but the echo of the input and the implicit-tag warning is the same
          const { reference: _input, warnings: _warnings, ...answer } = outcome;
          const { reference: _again, warnings: _againWarnings, ...answerAgain } = again;
          expect(answerAgain).toEqual(answer);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('parseImageReference: cost stays linear', () => {
  // CPU time, not wall-clock time: a busy machine must not turn a bound on work into a flake.
  const timeOf = (input: string): number => cpuTimeOf(() => attempt(input));
  const adversarial = [
    'a-'.repeat(2040),
    `${'a'.repeat(4000)}!`,
    `${'a_'.repeat(2000)}_`,
    `example.com/${'a/'.repeat(2000)}`,
    `${'a.'.repeat(2040)}/x`,
    `${'[:'.repeat(2000)}]/a`,
    `nginx:${'a'.repeat(4000)}`,
    `nginx@${'a+'.repeat(1000)}a:${'0'.repeat(2000)}`,
    `us-${'x'.repeat(4000)}-docker.pkg.dev/p/r/i`,
    `gcr.io/${'a.'.repeat(2000)}b/proj/app`,
  ];

  it.each(adversarial.map((input) => [input.slice(0, 24), input]))(
    'answers the %j… input of up to 4096 characters in under 10 ms of CPU time',
    (_name, input) => {
      timeOf(input);
      expect(input.length).toBeLessThanOrEqual(4096 + 40);
      expect(Math.min(timeOf(input), timeOf(input), timeOf(input))).toBeLessThan(10);
    },
  );

  it('answers random 64 KiB strings and random 4 KiB strings in under 10 ms of CPU time each', () => {
    const samples = fc.sample(
      fc.oneof(
        fc.string({ unit: 'binary', minLength: 65536, maxLength: 65536 }),
        fc.string({ unit: fc.constantFrom(...'ab0.-_/:@'), minLength: 4000, maxLength: 4096 }),
      ),
      { numRuns: 60, seed: 42 },
    );
    for (const input of samples) timeOf(input);
    const slowest = Math.max(...samples.map((input) => Math.min(timeOf(input), timeOf(input))));
    expect(slowest).toBeLessThan(10);
  });
});
