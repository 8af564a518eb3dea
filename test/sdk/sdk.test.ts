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
