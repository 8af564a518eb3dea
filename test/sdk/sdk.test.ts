// Calls the running service through a client generated from openapi.yaml: if the contract and
// the service disagree, this fails to type-check or fails at run time.
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import type { paths } from './generated/api';

const baseUrl = process.env.SDK_BASE_URL;
if (!baseUrl) throw new Error('SDK_BASE_URL is not set; run through `npm run test:sdk`');
const client = createClient<paths>({ baseUrl });

describe('the generated SDK against the running service', () => {
  it('reads the health probe', async () => {
    const { data, error, response } = await client.GET('/healthz');
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data?.status).toBe('ok');
  });
});

describe('images through the generated SDK', () => {
  it('resolves a reference with POST and GET', async () => {
    const reference = 'us-docker.pkg.dev/my-proj/my-repo/app:1.0';
    const post = await client.POST('/v1/images/resolve', {
      body: { reference },
    });
    expect(post.response.status).toBe(200);
    expect(post.data?.artifactRegistry?.repository).toBe('my-repo');
    const get = await client.GET('/v1/images/resolve', { params: { query: { reference } } });
    expect(get.data?.normalized).toBe(post.data?.normalized);
  });

  it('exposes problem documents as typed errors', async () => {
    const { data, error, response } = await client.POST('/v1/images/resolve', {
      body: { reference: 'us-docker.pkg.dev/proj/image:v1' },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(error?.code).toBe('INCOMPLETE_ARTIFACT_REGISTRY_PATH');
    expect(error?.pointer).toBe('/reference');
  });

  it('resolves a batch in order', async () => {
    const { data } = await client.POST('/v1/images/resolve-batch', {
      body: { references: ['nginx', 'NOT VALID'] },
    });
    expect(data?.results.map((result) => result.ok)).toEqual([true, false]);
    const failed = data?.results[1];
    if (failed && !failed.ok) expect(failed.problem.code).toBe('INVALID_REFERENCE');
  });
});
