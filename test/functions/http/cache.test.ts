import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_CONTROL, entityTagFor, matchesIfNoneMatch } from '../../../functions/http/cache';
import { createTestApp, httpTargets } from '../../support/app';
import { call } from '../../support/call';

const targets = httpTargets(createTestApp().app);
afterAll(() => targets.forEach((t) => t.server.close()));

describe('entity tags', () => {
  it('are strong, quoted and the same for the same bytes', () => {
    expect(entityTagFor('{"a":1}')).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(entityTagFor('{"a":1}')).toBe(entityTagFor(Buffer.from('{"a":1}')));
  });

  it('differ when one byte differs', () => {
    expect(entityTagFor('{"a":1}')).not.toBe(entityTagFor('{"a":2}'));
  });
});

describe('If-None-Match (RFC 9110 §13.1.2)', () => {
  const etag = '"abc"';
  it.each([
    { name: 'the same tag matches', header: '"abc"', matches: true },
    { name: 'a weak tag matches under weak comparison', header: 'W/"abc"', matches: true },
    { name: 'any tag of a list matches', header: '"x", "abc" ,"y"', matches: true },
    { name: '* matches any current representation', header: '*', matches: true },
    { name: 'another tag does not match', header: '"abd"', matches: false },
    { name: 'an unquoted tag does not match', header: 'abc', matches: false },
    { name: 'an empty header does not match', header: '', matches: false },
    { name: 'no header does not match', header: undefined, matches: false },
  ])('$name', ({ header, matches }) => {
    expect(matchesIfNoneMatch(header, etag)).toBe(matches);
  });
});

/** Answers that are pure functions of the request and the deployed code. */
const CACHEABLE = [
  {
    name: 'the offline GET resolve',
    path: '/v1/images/resolve?reference=nginx',
    other: '/v1/images/resolve?reference=nginx:1.27',
    vary: 'Accept-Language',
  },
  {
    name: 'the offline GET resolve with resolveDigest=false said out loud',
    path: '/v1/images/resolve?reference=nginx&resolveDigest=false',
    other: '/v1/images/resolve?reference=busybox&resolveDigest=false',
    vary: 'Accept-Language',
  },
  {
    name: 'a GKE version',
    path: '/v1/gke/versions/1.15.9-gke.8',
    other: '/v1/gke/versions/1.30.5-gke.1014001',
    vary: 'Accept-Language',
  },
  // Every answer names Accept-Language in Vary, the English-only contract pages included.
  { name: 'openapi.yaml', path: '/openapi.yaml', other: '/openapi.json', vary: 'Accept-Language' },
  { name: 'openapi.json', path: '/openapi.json', other: '/openapi.yaml', vary: 'Accept-Language' },
  { name: 'the plain docs page', path: '/docs', other: '/docs/reference', vary: 'Accept-Language' },
  {
    name: 'the interactive reference page',
    path: '/docs/reference',
    other: '/docs',
    vary: 'Accept-Language',
  },
  {
    name: 'a file of the reference page',
    path: '/docs/reference/swagger-ui.css',
    other: '/docs/reference/start.js',
    vary: 'Accept-Encoding, Accept-Language',
  },
];

describe.each(targets)('caching through the $name entry', (target) => {
  describe.each(CACHEABLE)('$name', ({ path, other, vary }) => {
    it('is public for an hour, with an ETag and the Vary it depends on', async () => {
      const response = await call(target, 'get', path);
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe(CACHE_CONTROL);
      expect(response.headers.etag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
      expect(response.headers.vary).toBe(vary);
    });

    it('answers 304 with the same validators and no body to a matching If-None-Match', async () => {
      const first = await call(target, 'get', path);
      for (const header of [
        first.headers.etag,
        `W/${first.headers.etag}`,
        `"x", ${first.headers.etag}`,
      ]) {
        const again = await call(target, 'get', path, {
          headers: { 'if-none-match': header as string },
        });
        expect(again.status).toBe(304);
        expect(again.text).toBe('');
        expect(again.headers.etag).toBe(first.headers.etag);
        expect(again.headers['cache-control']).toBe(CACHE_CONTROL);
        expect(again.headers.vary).toBe(vary);
      }
    });

    it('answers the whole body again when If-None-Match names another answer', async () => {
      const elsewhere = await call(target, 'get', other);
      const response = await call(target, 'get', path, {
        headers: { 'if-none-match': elsewhere.headers.etag as string },
      });
      expect(response.status).toBe(200);
      expect(response.text).not.toBe('');
      expect(response.headers.etag).not.toBe(elsewhere.headers.etag);
    });

    it('sends the same validators to HEAD', async () => {
      const headers = { 'accept-encoding': 'gzip' };
      const get = await call(target, 'get', path, { headers });
      const head = await call(target, 'head', path, { headers });
      expect(head.status).toBe(200);
      expect(head.headers.etag).toBe(get.headers.etag);
      expect(head.headers['cache-control']).toBe(CACHE_CONTROL);
    });
  });

  it('keys the ETag on the body: the same reference written two ways is one answer', async () => {
    const [a, b] = await Promise.all([
      call(target, 'get', '/v1/gke/versions/1.15.9-gke.8'),
      call(target, 'get', '/v1/gke/versions/v1.15.9-gke.8'),
    ]);
    expect(a.body).toEqual(b.body);
    expect(a.headers.etag).toBe(b.headers.etag);
  });

  it.each([
    {
      name: 'an invalid reference (an error)',
      method: 'get' as const,
      path: '/v1/images/resolve?reference=NGINX',
      status: 400,
    },
    {
      name: 'an invalid GKE version (an error)',
      method: 'get' as const,
      path: '/v1/gke/versions/banana',
      status: 400,
    },
    {
      name: 'a live look-up of a registry outside the allowlist',
      method: 'get' as const,
      path: '/v1/images/resolve?reference=localhost:5000/app:1&resolveDigest=true',
      status: 400,
    },
    {
      name: 'an unknown file of the reference page',
      method: 'get' as const,
      path: '/docs/reference/index.html',
      status: 404,
    },
    { name: 'the health probe', method: 'get' as const, path: '/healthz', status: 200 },
    { name: 'an unknown path', method: 'get' as const, path: '/nothing', status: 404 },
  ])('keeps $name no-store, without an ETag, whatever If-None-Match says', async (c) => {
    const response = await call(target, c.method, c.path, { headers: { 'if-none-match': '*' } });
    expect(response.status).toBe(c.status);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.etag).toBeUndefined();
  });

  it('keeps the POST resolve no-store: a POST answer is not reused', async () => {
    const response = await call(target, 'post', '/v1/images/resolve', {
      json: { reference: 'nginx' },
    });
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.etag).toBeUndefined();
  });
});
