// Edges of a request body, through both entries: a POST must say what its body is (no
// Content-Type, or a charset other than UTF-8, is 415 naming the accepted types), and bytes that
// are not UTF-8 are refused, never silently replaced with U+FFFD.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, httpTargets, type HttpTarget } from '../../support/app';
import type { ApiResponse } from '../../support/call';
import { assertMatchesContract } from '../../support/contract';

const targets = httpTargets(createTestApp().app);
beforeAll(async () => {
  for (const target of targets)
    await new Promise<void>((resolve) => target.server.listen(0, '127.0.0.1', resolve));
});
afterAll(() => targets.forEach((target) => target.server.close()));

/** One POST with exactly these headers and bytes (no client adds a Content-Type of its own). */
function post(
  target: HttpTarget,
  path: string,
  body: Buffer,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string>; body: ApiResponse['body'] }> {
  const { port } = target.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { ...headers, 'content-length': body.length },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          const contentType = response.headers['content-type'];
          const parsed = /[/+]json\b/.test(contentType ?? '') ? JSON.parse(text) : text;
          assertMatchesContract({
            method: 'post',
            path,
            status: response.statusCode ?? 0,
            contentType,
            body: parsed,
          });
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers as Record<string, string>,
            body: parsed,
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const NGINX = Buffer.from(JSON.stringify({ reference: 'nginx' }));
const INVALID_UTF8 = Buffer.concat([
  Buffer.from('{"reference":"ngin'),
  Buffer.from([0xff, 0xfe]),
  Buffer.from('x"}'),
]);

interface MediaTypeCase {
  name: string;
  path: string;
  headers: Record<string, string>;
  accepted: string[];
  detail?: string;
}

describe.each(targets)('request bodies through the $name entry', (target) => {
  it.each<MediaTypeCase>([
    {
      name: 'a POST without Content-Type',
      path: '/v1/images/resolve',
      headers: {},
      accepted: ['application/json'],
      detail: 'The body was sent without a Content-Type; send it as application/json.',
    },
    {
      name: 'a manifest POST without Content-Type',
      path: '/v1/manifests/check',
      headers: {},
      accepted: ['application/json', 'application/yaml', 'application/x-yaml', 'text/yaml'],
    },
    {
      name: 'JSON in ISO-8859-1',
      path: '/v1/images/resolve',
      headers: { 'content-type': 'application/json; charset=iso-8859-1' },
      accepted: ['application/json'],
    },
    {
      name: 'JSON in UTF-16 (quoted charset)',
      path: '/v1/preconditions/evaluate',
      headers: { 'content-type': 'application/json; charset="UTF-16"' },
      accepted: ['application/json'],
    },
  ])(
    'answers 415 naming the accepted types for $name',
    async ({ path, headers, accepted, detail }) => {
      const response = await post(target, path, NGINX, headers);
      expect(response.status).toBe(415);
      expect(response.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', accepted });
      expect(response.body.detail).toContain(accepted.join(' or '));
      if (detail) expect(response.body.detail).toBe(detail);
    },
  );

  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset="UTF-8"',
  ])('accepts UTF-8 JSON sent as %s', async (contentType) => {
    const response = await post(target, '/v1/images/resolve', NGINX, {
      'content-type': contentType,
    });
    expect(response.status).toBe(200);
    expect(response.body.normalized).toBe('docker.io/library/nginx:latest');
  });

  it('answers 400 MALFORMED_JSON for JSON that is not UTF-8, without replacing a byte', async () => {
    const response = await post(target, '/v1/images/resolve', INVALID_UTF8, {
      'content-type': 'application/json',
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('MALFORMED_JSON');
    expect(response.body.detail).toContain('not valid UTF-8');
    expect(JSON.stringify(response.body)).not.toContain('\uFFFD');
  });

  it('answers 400 for a YAML manifest that is not UTF-8', async () => {
    const response = await post(
      target,
      '/v1/manifests/check?version=1.30.5-gke.1014001',
      Buffer.concat([
        Buffer.from('kind: Pod\nmetadata: {name: '),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('}\n'),
      ]),
      { 'content-type': 'application/yaml' },
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_REQUEST');
    expect(response.body.detail).toContain('not valid UTF-8');
  });
});
