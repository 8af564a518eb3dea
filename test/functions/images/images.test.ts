import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { TaskBudgetError } from '../../../shared/off-thread';
import { createTestApp, httpTargets } from '../../support/app';
import { call } from '../../support/call';

const targets = httpTargets(createTestApp().app);
afterAll(() => targets.forEach((t) => t.server.close()));

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe.each(targets)('POST /v1/images/resolve through the $name entry (offline)', (target) => {
  it.each([
    {
      name: 'an Artifact Registry image with a nested name',
      reference: 'us-docker.pkg.dev/my-proj/my-repo/team/app:1.0',
      expected: {
        registry: 'us-docker.pkg.dev',
        repositoryPath: 'my-proj/my-repo/team/app',
        tag: '1.0',
        digest: null,
        normalized: 'us-docker.pkg.dev/my-proj/my-repo/team/app:1.0',
        artifactRegistry: {
          location: 'us',
          projectId: 'my-proj',
          repository: 'my-repo',
          image: 'team/app',
        },
        resourceName: 'projects/my-proj/locations/us/repositories/my-repo/packages/team%2Fapp',
        commands: { crictlPull: 'crictl pull us-docker.pkg.dev/my-proj/my-repo/team/app:1.0' },
        resolved: false,
      },
      warnings: ['MUTABLE_TAG'],
    },
    {
      name: 'a domain-scoped project',
      reference: `europe-west1-docker.pkg.dev/example.com/my-project/repo/img@${DIGEST}`,
      expected: {
        artifactRegistry: { projectId: 'example.com:my-project', location: 'europe-west1' },
        tag: null,
        digest: DIGEST,
      },
      warnings: [],
    },
    {
      name: 'a Docker Hub short name',
      reference: 'nginx',
      expected: {
        registry: 'docker.io',
        repositoryPath: 'library/nginx',
        tag: 'latest',
        normalized: 'docker.io/library/nginx:latest',
        artifactRegistry: null,
        resourceName: null,
      },
      warnings: [
        'IMPLICIT_LATEST_TAG',
        'MUTABLE_TAG',
        'NOT_ARTIFACT_REGISTRY',
        'DOCKER_HUB_RATE_LIMITS',
      ],
    },
    {
      name: 'a gcr.io image',
      reference: 'eu.gcr.io/my-proj/app:2',
      expected: {
        artifactRegistry: {
          location: 'europe',
          repository: 'eu.gcr.io',
          projectId: 'my-proj',
          image: 'app',
        },
      },
      warnings: ['MUTABLE_TAG', 'CONTAINER_REGISTRY_HOST'],
    },
    {
      name: 'a Google Marketplace image (a Google host: no "must be public" warning)',
      reference: `marketplace.gcr.io/google/ubuntu2004@${DIGEST}`,
      expected: { registry: 'marketplace.gcr.io', artifactRegistry: null, resourceName: null },
      warnings: [],
    },
    {
      name: 'an image on the frozen k8s.gcr.io (a Google host, pointed to registry.k8s.io)',
      reference: 'k8s.gcr.io/pause:3.9',
      expected: { registry: 'k8s.gcr.io', artifactRegistry: null, resourceName: null },
      warnings: ['MUTABLE_TAG', 'LEGACY_REGISTRY_HOST'],
    },
  ])('resolves $name', async ({ reference, expected, warnings }) => {
    const response = await call(target, 'post', '/v1/images/resolve', { json: { reference } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ reference, ...expected });
    expect(response.body.warnings.map((w: { code: string }) => w.code)).toEqual(warnings);
  });

  it.each([
    {
      language: 'en',
      text: '"k8s.gcr.io" is frozen: it receives no new images or tags, and its images are served from "registry.k8s.io" under the same names. Pull registry.k8s.io/pause:3.9 instead.',
    },
    {
      language: 'es',
      text: '"k8s.gcr.io" está congelado: ya no recibe imágenes ni etiquetas nuevas, y sus imágenes se sirven desde "registry.k8s.io" con los mismos nombres. Extrae registry.k8s.io/pause:3.9 en su lugar.',
    },
  ])('names registry.k8s.io for a k8s.gcr.io image, in $language', async ({ language, text }) => {
    const response = await call(target, 'get', '/v1/images/resolve', {
      query: { reference: 'k8s.gcr.io/pause:3.9' },
      headers: { 'accept-language': language },
    });
    expect(response.status).toBe(200);
    expect(response.body.warnings).toContainEqual({ code: 'LEGACY_REGISTRY_HOST', message: text });
  });

  it('answers the GET form for curl the same way', async () => {
    const reference = 'us-docker.pkg.dev/my-proj/my-repo/app:1.0';
    const viaGet = await call(target, 'get', '/v1/images/resolve', { query: { reference } });
    const viaPost = await call(target, 'post', '/v1/images/resolve', { json: { reference } });
    expect(viaGet.status).toBe(200);
    expect(viaGet.body).toEqual(viaPost.body);
  });

  it.each([
    {
      name: 'uppercase in the path',
      reference: 'us-docker.pkg.dev/proj/Repo/app',
      code: 'INVALID_REFERENCE',
      detail: /lowercase/,
    },
    {
      name: 'a URL scheme',
      reference: 'https://us-docker.pkg.dev/proj/repo/app',
      code: 'INVALID_REFERENCE',
      detail: /scheme/i,
    },
    { name: 'an empty reference', reference: '', code: 'INVALID_REFERENCE', detail: /empty/i },
    {
      name: 'a short sha256 digest',
      reference: `nginx@sha256:${'a'.repeat(63)}`,
      code: 'INVALID_REFERENCE',
      detail: /64/,
    },
    {
      name: 'an unknown location',
      reference: 'us-centrall-docker.pkg.dev/proj/repo/app',
      code: 'UNKNOWN_LOCATION',
      detail: /us-central1/,
    },
    {
      name: 'a path without repository',
      reference: 'us-docker.pkg.dev/my-project/my-image:v1',
      code: 'INCOMPLETE_ARTIFACT_REGISTRY_PATH',
      detail: /repositor/i,
    },
    {
      name: 'a bad project id',
      reference: 'us-docker.pkg.dev/1proj/repo/app',
      code: 'INVALID_PROJECT_ID',
      detail: /1proj/,
    },
    {
      name: 'an npm repository host',
      reference: 'us-npm.pkg.dev/proj/repo/pkg',
      code: 'UNSUPPORTED_FORMAT',
      detail: /npm/,
    },
  ])('refuses $name with $code naming the field', async ({ reference, code, detail }) => {
    const response = await call(target, 'post', '/v1/images/resolve', { json: { reference } });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code, pointer: '/reference' });
    expect(response.body.detail).toMatch(detail);
  });

  it.each([
    { name: 'a missing field', json: {}, pointer: '/reference' },
    { name: 'a wrong type', json: { reference: 42 }, pointer: '/reference' },
    {
      name: 'a bad platform',
      json: { reference: 'nginx', platform: 'amd64' },
      pointer: '/platform',
    },
    {
      name: 'a non-boolean resolveDigest',
      json: { reference: 'nginx', resolveDigest: 'yes' },
      pointer: '/resolveDigest',
    },
  ])('answers INVALID_REQUEST for $name, naming the field', async ({ json, pointer }) => {
    const response = await call(target, 'post', '/v1/images/resolve', { json });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_REQUEST');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ pointer, in: 'body' })]),
    );
  });

  it('answers INVALID_REQUEST for a bad query parameter', async () => {
    const response = await call(target, 'get', '/v1/images/resolve', {
      query: { reference: 'nginx', resolveDigest: 'maybe' },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ pointer: '/resolveDigest', in: 'query' });
  });

  it.each([
    {
      name: 'truncated JSON',
      raw: '{"x":',
      contentType: 'application/json',
      status: 400,
      code: 'MALFORMED_JSON',
    },
    {
      name: 'an empty JSON body',
      raw: '',
      contentType: 'application/json',
      status: 400,
      code: 'MALFORMED_JSON',
    },
    {
      name: 'a text/plain body',
      raw: 'nginx',
      contentType: 'text/plain',
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'a form body',
      raw: 'reference=nginx',
      contentType: 'application/x-www-form-urlencoded',
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'a 1 MiB body',
      raw: `{"reference":"${'a'.repeat(1024 * 1024)}"}`,
      contentType: 'application/json',
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
  ])('answers $code for $name and stays up', async ({ raw, contentType, status, code }) => {
    const response = await call(target, 'post', '/v1/images/resolve', { raw, contentType });
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe(code);
    expect(response.text).not.toMatch(/at .*\.(js|ts):\d+/);
    expect((await call(target, 'get', '/healthz')).status).toBe(200);
  });

  it('names the accepted media type in a 415', async () => {
    const response = await call(target, 'post', '/v1/images/resolve', {
      raw: 'nginx',
      contentType: 'text/plain',
    });
    expect(response.body.detail).toBe(
      'The body was sent as text/plain; send it as application/json.',
    );
  });
});

describe.each(targets)('POST /v1/images/resolve-batch through the $name entry', (target) => {
  it('answers 1000 mixed references in input order with per-item problems', async () => {
    const references = Array.from({ length: 1000 }, (_, i) =>
      i % 4 === 0
        ? `us-docker.pkg.dev/proj-${100000 + i}/repo/app:${i}`
        : i % 4 === 1
          ? `nginx:${i}`
          : i % 4 === 2
            ? `team/UPPER${i}`
            : `us-docker.pkg.dev/proj-x${i}/img:v${i}`,
    );
    const response = await call(target, 'post', '/v1/images/resolve-batch', {
      json: { references },
    });
    expect(response.status).toBe(200);
    expect(response.body.results).toHaveLength(1000);
    response.body.results.forEach(
      (
        result: {
          reference: string;
          ok: boolean;
          image?: { tag: string };
          problem?: { code: string; pointer: string };
        },
        i: number,
      ) => {
        expect(result.reference).toBe(references[i]);
        if (i % 4 === 0 || i % 4 === 1) {
          expect(result.ok).toBe(true);
          expect(result.image?.tag).toBe(String(i));
        } else {
          expect(result.ok).toBe(false);
          expect(result.problem?.code).toBe(
            i % 4 === 2 ? 'INVALID_REFERENCE' : 'INCOMPLETE_ARTIFACT_REGISTRY_PATH',
          );
          expect(result.problem?.pointer).toBe(`/references/${i}`);
        }
      },
    );
  });

  it('answers a large batch (parsed on the worker pool) exactly as small batches of the same references', async () => {
    const references = Array.from(
      { length: 600 },
      (_, i) =>
        [
          `us-docker.pkg.dev/proj-${100000 + i}/repo/team/app:${i}`,
          `${'a/'.repeat(20)}UPPER${i}`,
          `gcr.io/my-project/app@sha256:${String(i).padStart(64, '0')}`,
          `us-docker.pkg.dev/proj-x${i}/img:v${i}`,
          `${'-'.repeat(40)}${i}`,
        ][i % 5] as string,
    );
    const headers = { 'accept-language': 'es' };
    const large = await call(target, 'post', '/v1/images/resolve-batch', {
      json: { references },
      headers,
    });
    expect(large.status).toBe(200);
    expect(large.headers['content-type']).toMatch(/^application\/json/);
    expect(large.headers['content-language']).toBe('es');
    const small: unknown[] = [];
    for (let start = 0; start < references.length; start += 50) {
      const part = await call(target, 'post', '/v1/images/resolve-batch', {
        json: { references: references.slice(start, start + 50) },
        headers,
      });
      small.push(...(part.body.results as unknown[]));
    }
    // Only the instance (the request's) and the pointer (the item's index) may differ.
    const comparable = (results: unknown[], offset: (index: number) => number) =>
      results.map((result, index) => {
        const item = result as { ok: boolean; problem?: Record<string, unknown> };
        if (item.ok) return item;
        const { instance: _instance, pointer, ...problem } = item.problem ?? {};
        expect(pointer).toBe(`/references/${index - offset(index)}`);
        return { ...item, problem };
      });
    expect(comparable(large.body.results as unknown[], () => 0)).toEqual(
      comparable(small, (index) => index - (index % 50)),
    );
  });

  it.each([
    { name: 'an empty list', json: { references: [] } },
    {
      name: 'more than 1000 references',
      json: { references: Array.from({ length: 1001 }, () => 'a') },
    },
    { name: 'a non-string item', json: { references: ['nginx', 7] } },
  ])('refuses $name with INVALID_REQUEST', async ({ json }) => {
    const response = await call(target, 'post', '/v1/images/resolve-batch', { json });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_REQUEST');
  });
});

describe('resolve as a property, through the Cloud Run listener', () => {
  const target = targets[0] as (typeof targets)[number];
  const component = fc.stringMatching(/^[a-z0-9]{1,8}(?:[._-][a-z0-9]{1,8})?$/);
  const reference = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc
      .tuple(
        fc.constantFrom(
          '',
          'docker.io/',
          'us-docker.pkg.dev/',
          'europe-west1-docker.pkg.dev/example.com/',
          'gcr.io/',
          'localhost:5000/',
          '[::1]:80/',
        ),
        fc.array(component, { minLength: 1, maxLength: 4 }),
        fc.option(fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}$/), { nil: undefined }),
        fc.option(fc.stringMatching(/^[a-f0-9]{64}$/), { nil: undefined }),
      )
      .map(
        ([prefix, path, tag, digest]) =>
          `${prefix}${path.join('/')}${tag ? `:${tag}` : ''}${digest ? `@sha256:${digest}` : ''}`,
      ),
  );

  it('answers 200 or a 4xx problem for any string, and every accepted reference round-trips', async () => {
    await fc.assert(
      fc.asyncProperty(reference, async (input) => {
        const first = await call(target, 'post', '/v1/images/resolve', {
          json: { reference: input },
        });
        expect(first.status === 200 || (first.status >= 400 && first.status < 500)).toBe(true);
        if (first.status !== 200) return;
        const again = await call(target, 'post', '/v1/images/resolve', {
          json: { reference: first.body.normalized },
        });
        expect(again.status).toBe(200);
        expect(again.body.normalized).toBe(first.body.normalized);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a large batch whose worker fails', () => {
  it('is answered on the main thread, and the failure is logged', async () => {
    const failing = createTestApp({
      services: (_config, base) => ({
        ...base,
        imageBatchWork: () => ({
          answer: () => Promise.reject(new Error('the worker stopped before answering')),
          items: () => Promise.reject(new Error('the worker stopped before answering')),
        }),
      }),
    });
    const [target] = httpTargets(failing.app);
    try {
      const references = Array.from({ length: 900 }, (_, i) =>
        i % 2 ? `team/UPPER${i}` : `us-docker.pkg.dev/proj-${100000 + i}/repo/app:${i}`,
      );
      const response = await call(
        target as (typeof targets)[number],
        'post',
        '/v1/images/resolve-batch',
        {
          json: { references },
        },
      );
      expect(response.status).toBe(200);
      expect(response.body.results).toHaveLength(900);
      expect(response.body.results[1]).toMatchObject({
        ok: false,
        problem: { code: 'INVALID_REFERENCE', pointer: '/references/1' },
      });
      expect(response.body.results[2]).toMatchObject({ ok: true, image: { tag: '2' } });
      expect(failing.logs).toContainEqual(
        expect.objectContaining({ message: expect.stringContaining('Batch worker failed') }),
      );
    } finally {
      target?.server.close();
    }
  });
});

describe('a large batch that needs more than the worker budget to read', () => {
  it("is refused as too large, naming the budget, in the caller's language", async () => {
    const overBudget = createTestApp({
      services: (_config, base) => ({
        ...base,
        imageBatchWork: () => ({
          answer: () => Promise.reject(new TaskBudgetError('cpuMs', 100)),
          items: () => Promise.reject(new TaskBudgetError('cpuMs', 100)),
        }),
      }),
    });
    const [target] = httpTargets(overBudget.app);
    try {
      const references = Array.from({ length: 900 }, (_, i) => `team/app-${i}:${'v'.repeat(20)}`);
      const response = await call(
        target as (typeof targets)[number],
        'post',
        '/v1/images/resolve-batch',
        { json: { references }, headers: { 'accept-language': 'es' } },
      );
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({
        code: 'PAYLOAD_TOO_LARGE',
        pointer: '/references',
        limit: 'cpuMs',
        maximum: 100,
      });
      expect(response.body.detail).toContain('100 ms de tiempo de CPU');
    } finally {
      target?.server.close();
    }
  });
});
