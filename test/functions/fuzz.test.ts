// Fuzzing every operation of the contract (taken from openapi.yaml, so a new endpoint is fuzzed
// without touching this file): random JSON, control characters and Unicode, huge numbers, deep
// nesting, wrong types and long headers. Never a 5xx, every error a problem document valid
// against openapi.yaml, and no request costly enough to betray catastrophic regex back-tracking:
// a bound on CPU time (every thread of the process, the worker pool's included), which a busy
// machine does not change, where wall-clock time would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertMatchesContract, contractDocument } from '../support/contract';
import { createTestApp } from '../support/app';
import { processCpuMs } from '../support/thread-cpu';

const { app } = createTestApp({ env: { LOG_LEVEL: 'ERROR', UPSTREAM_TIMEOUT_MS: '200' } });
const MAX_CPU_MS = 100;
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);

type Operation = { method: string; template: string; hasBody: boolean; queryNames: string[] };
const paths = contractDocument().paths as Record<
  string,
  Record<string, { requestBody?: unknown; parameters?: Array<{ name: string; in: string }> }>
>;
const operations: Operation[] = Object.entries(paths).flatMap(([template, item]) =>
  Object.entries(item).map(([method, operation]) => ({
    method: method.toUpperCase(),
    template,
    hasBody: operation.requestBody !== undefined,
    queryNames: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
  })),
);

const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({
    unit: fc.constantFrom(
      '\u0000',
      '\u001f',
      '\u202e',
      '\ud83d\ude00',
      '/',
      ':',
      '@',
      '.',
      '-',
      '_',
      'a',
      'A',
      '9',
      '%',
      ' ',
    ),
    maxLength: 2000,
  }),
  fc.constantFrom(
    '',
    ' ',
    'a'.repeat(5000),
    '-'.repeat(4000) + '!',
    'a_'.repeat(3000),
    `${'a/'.repeat(2000)}A`,
    '[::1]:5000/x',
    'x@sha256:' + 'f'.repeat(4000),
  ),
);
const scalar = fc.oneof(
  nasty,
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0),
  fc.boolean(),
  fc.constant(null),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    tie('array'),
    tie('object'),
  ),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(
    fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        'reference',
        'references',
        'image',
        'cluster',
        'version',
        'error',
        'manifest',
        'repository',
        'access',
        'lifetimeSeconds',
        'platform',
        'resolveDigest',
        '__proto__',
        'constructor',
      ),
    ),
    tie('value'),
    { maxKeys: 6 },
  ),
})).value;

function deeplyNested(depth: number): string {
  return '{"reference":'.repeat(depth) + '"x"' + '}'.repeat(depth);
}

const bodies = fc.oneof(
  json.map((value) => ({ raw: JSON.stringify(value), contentType: 'application/json' })),
  fc.record({
    raw: nasty,
    contentType: fc.constantFrom(
      'application/json',
      'text/plain',
      'application/yaml',
      'application/x-www-form-urlencoded',
      'application/json; charset=utf-16',
      '',
    ),
  }),
  fc
    .integer({ min: 100, max: 5000 })
    .map((depth) => ({ raw: deeplyNested(depth), contentType: 'application/json' })),
);

const headerValues = fc.record({
  'accept-language': fc.oneof(
    fc.constantFrom('es', 'en-US,es;q=0.9', '*', 'zz'),
    fc.string({ maxLength: 600 }),
  ),
  accept: fc.constantFrom(
    '*/*',
    'application/json',
    'text/markdown',
    'text/x-shellscript',
    'application/yaml',
    'image/png',
    'x'.repeat(4000),
  ),
  traceparent: fc.string({ maxLength: 200 }),
  authorization: fc.oneof(
    fc.constantFrom(
      'Bearer ',
      'Bearer a.b.c',
      'Basic Zm9vOmJhcg==',
      'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
    ),
    fc.string({ maxLength: 500 }),
  ),
});

function printable(value: string): string {
  return value.replace(/[^\x20-\x7e]/g, '?');
}

async function send(
  operation: Operation,
  segment: string,
  query: Record<string, string>,
  body: { raw: string; contentType: string },
  headers: Record<string, string>,
) {
  const path = operation.template.replace(/\{[^}]+\}/g, encodeURIComponent(segment) || 'x');
  const search = new URLSearchParams(query).toString();
  const init: RequestInit = {
    method: operation.method,
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, printable(v)])),
  };
  if (operation.hasBody) {
    init.body = body.raw;
    if (body.contentType)
      (init.headers as Record<string, string>)['content-type'] = body.contentType;
  }
  const before = processCpuMs();
  const response = await app.request(`${path}${search ? `?${search}` : ''}`, init);
  const text = await response.text();
  const cpu = processCpuMs() - before;
  return { path, response, text, cpu };
}

describe.each(operations)('fuzzing $method $template', (operation) => {
  it('never answers 5xx, always a contract-valid answer, never slowly', async () => {
    await fc.assert(
      fc.asyncProperty(
        nasty,
        fc.dictionary(fc.constantFrom(...operation.queryNames, 'x'), nasty, { maxKeys: 4 }),
        bodies,
        headerValues,
        async (segment, query, body, headers) => {
          let result = await send(operation, segment, query, body, headers);
          // A costly answer is retried once: back-tracking costs every time; a garbage collection
          // or a first use (the worker pool starting) does not.
          if (result.cpu > MAX_CPU_MS)
            result = await send(operation, segment, query, body, headers);
          const { path, response, text, cpu } = result;
          expect(response.status, text).toBeLessThan(500);
          expect(cpu, `${operation.method} ${path} cost ${cpu.toFixed(0)} ms of CPU`).toBeLessThan(
            MAX_CPU_MS,
          );
          const contentType = response.headers.get('content-type') ?? undefined;
          const parsed = /[/+]json\b/.test(contentType ?? '') && text ? JSON.parse(text) : text;
          assertMatchesContract({
            method: operation.method,
            path,
            status: response.status,
            contentType,
            body: parsed,
          });
        },
      ),
      { numRuns: RUNS },
    );
  });
});
