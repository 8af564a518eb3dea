// Troubleshooting plans through the client generated from openapi.yaml.
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import type { paths } from './generated/api';

const client = createClient<paths>({ baseUrl: process.env.SDK_BASE_URL as string });
const ERROR =
  'Failed to pull image "europe-west1-docker.pkg.dev/acme/apps/web:2": rpc error: code = NotFound desc = failed to pull and unpack image "europe-west1-docker.pkg.dev/acme/apps/web:2": failed to resolve reference "europe-west1-docker.pkg.dev/acme/apps/web:2": europe-west1-docker.pkg.dev/acme/apps/web:2: not found';

describe('troubleshooting plans through the generated SDK', () => {
  it('returns a typed plan', async () => {
    const { data, response } = await client.POST('/v1/troubleshooting/plans', {
      body: { error: ERROR, via: 'console' },
    });
    expect(response.status).toBe(200);
    // The 200 answer is JSON, Markdown or bash by `Accept`, so the SDK types it as their union.
    if (typeof data !== 'object' || data === null) throw new Error('expected the JSON plan');
    expect(data.diagnosis.cause).toBe('not-found');
    expect(data.steps.length).toBeGreaterThan(0);
    expect(data.steps.every((step) => typeof step.expect === 'string')).toBe(true);
  });

  it('returns the Markdown runbook as text', async () => {
    const { data, response } = await client.POST('/v1/troubleshooting/plans', {
      body: { error: ERROR },
      params: { query: { format: 'markdown' } },
      parseAs: 'text',
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(data).toMatch(/^#/);
  });

  it('exposes the validation problem for an empty request', async () => {
    const { error, response } = await client.POST('/v1/troubleshooting/plans', { body: {} });
    expect(response.status).toBe(400);
    expect(error?.code).toBe('INVALID_REQUEST');
  });
});
