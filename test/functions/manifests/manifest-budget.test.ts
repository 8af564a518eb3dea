// The manifest worker's budget, through HTTP: a manifest whose reading needs more CPU time than
// MANIFEST_CHECK_BUDGET_MS is refused with a problem naming the budget, the service keeps serving,
// and the same manifest passes under the default budget.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, httpTargets } from '../../support/app';
import { call } from '../../support/call';

const DEPLOYMENTS = Array.from(
  { length: 1000 },
  (_, i) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web-${i}}
spec:
  template:
    spec:
      containers: [{name: web, image: 'us-central1-docker.pkg.dev/my-project/apps/web:${i}'}]
`,
).join('---\n');
const QUERY = { version: '1.30.5-gke.1014001' };

const [tight] = httpTargets(createTestApp({ env: { MANIFEST_CHECK_BUDGET_MS: '100' } }).app);
const [roomy] = httpTargets(createTestApp().app);
afterAll(() => [tight, roomy].forEach((target) => target?.server.close()));

describe('the manifest check budget', () => {
  it('refuses a manifest that needs more CPU time than the budget, then serves the next', async () => {
    const refused = await call(tight!, 'post', '/v1/manifests/check', {
      raw: DEPLOYMENTS,
      contentType: 'application/yaml',
      query: QUERY,
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 'INVALID_MANIFEST',
      limit: 'cpuMs',
      maximum: 100,
      pointer: '/manifest',
    });
    expect(refused.body.detail).toContain('more than 100 ms of CPU time');
    const next = await call(tight!, 'post', '/v1/manifests/check', {
      raw: 'kind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: nginx}]}\n',
      contentType: 'application/yaml',
      query: QUERY,
    });
    expect(next.status).toBe(200);
  });

  it('accepts the same manifest under the default budget', async () => {
    const answer = await call(roomy!, 'post', '/v1/manifests/check', {
      raw: DEPLOYMENTS,
      contentType: 'application/yaml',
      query: QUERY,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.summary).toMatchObject({ images: 1000, distinctImages: 1000 });
  });
});
