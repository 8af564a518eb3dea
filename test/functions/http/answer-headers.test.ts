// The Cloud Run entry writes every answer's own headers in one order, by name (as a Fetch
// `Headers` object iterates), then `Content-Length`, then the ones Node.js adds: the same answer
// always has the same bytes, whichever handler set its headers in whichever order.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, httpTargets } from '../../support/app';

const testApp = createTestApp().app;
const cloudRun = httpTargets(testApp).find((target) => target.name === 'cloud-run');
if (!cloudRun) throw new Error('no Cloud Run target');
const server = cloudRun.server;
beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
afterAll(() => server.close());

/** The header names of one answer, as written on the wire. */
function headerNames(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; names: string[] }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path, method, headers }, (response) => {
      response.resume();
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          names: response.rawHeaders.filter((_, index) => index % 2 === 0),
        }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** The answer's own headers: those before Content-Length and what Node.js adds. */
function ownNames(names: string[]): string[] {
  const end = names.findIndex((name) => name.toLowerCase() === 'content-length');
  expect(end, `Content-Length in ${names.join(', ')}`).toBeGreaterThan(0);
  return names.slice(0, end);
}

const sortedCopy = (names: string[]) => [...names].sort();

describe('the order of an answer’s headers', () => {
  it.each([
    ['a liveness probe', 'GET', '/healthz', {}, undefined],
    [
      'a resolved image in Spanish',
      'POST',
      '/v1/images/resolve',
      { 'content-type': 'application/json', 'accept-language': 'es' },
      JSON.stringify({ reference: 'us-docker.pkg.dev/my-project/my-repo/app:1.0' }),
    ],
    [
      'a cacheable answer',
      'GET',
      '/v1/images/resolve?reference=nginx',
      { 'if-none-match': '"nothing"' },
      undefined,
    ],
    ['a problem', 'GET', '/v1/nothing-here', {}, undefined],
    ['a method not allowed', 'DELETE', '/v1/images/resolve', {}, undefined],
    ['a refused body', 'POST', '/v1/images/resolve', { 'content-type': 'text/plain' }, 'nginx'],
  ])('%s lists its own headers by name', async (_name, method, path, headers, body) => {
    const answer = await headerNames(method, path, headers, body);
    const own = ownNames(answer.names);
    expect(own).toEqual(sortedCopy(own));
    expect(own).toEqual(
      expect.arrayContaining([
        'content-language',
        'vary',
        'x-content-type-options',
        'x-request-id',
      ]),
    );
  });

  it('does not depend on the order the request sent its headers in', async () => {
    const body = JSON.stringify({ reference: 'nginx' });
    const first = await headerNames(
      'POST',
      '/v1/images/resolve',
      { 'accept-language': 'es', 'content-type': 'application/json' },
      body,
    );
    const second = await headerNames(
      'POST',
      '/v1/images/resolve',
      { 'content-type': 'application/json', 'accept-language': 'es' },
      body,
    );
    expect(first.status).toBe(200);
    expect(first.names).toEqual(second.names);
  });
});

/** One answer's status, headers and body bytes, as written on the wire. */
function wireAnswer(
  method: string,
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('an answer’s body on the wire', () => {
  const pasted =
    'Failed to pull image "us-central1-docker.pkg.dev/acme/services/checkout:1.8.2": rpc error: code = Unknown desc = failed to pull and unpack image "us-central1-docker.pkg.dev/acme/services/checkout:1.8.2": failed to resolve reference "us-central1-docker.pkg.dev/acme/services/checkout:1.8.2": pulling from host us-central1-docker.pkg.dev failed with status code [manifests 1.8.2]: 403 Forbidden';

  it.each([
    ['a plan as JSON, its excerpts cut with “…”', 'application/json', 'en'],
    ['a plan in Spanish Markdown', 'text/markdown', 'es'],
    ['a plan as a shell script', 'text/x-shellscript', 'en'],
  ])(
    '%s is the UTF-8 of the text, its length in Content-Length',
    async (_name, accept, language) => {
      const headers = {
        'content-type': 'application/json',
        accept,
        'accept-language': language,
      };
      const body = JSON.stringify({ error: pasted });
      const answer = await wireAnswer('POST', '/v1/troubleshooting/plans', headers, body);
      const text = await (
        await testApp.request('/v1/troubleshooting/plans', { method: 'POST', headers, body })
      ).text();
      expect(answer.status).toBe(200);
      expect(Buffer.byteLength(text)).toBeGreaterThan(text.length);
      expect(answer.body.equals(Buffer.from(text, 'utf8'))).toBe(true);
      expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(text)));
    },
  );
});
