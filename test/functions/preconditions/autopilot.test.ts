import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, httpTargets } from '../../support/app';
import { call } from '../../support/call';

/*
 * `cluster.autopilot` through every endpoint that takes cluster facts: what Autopilot fixes
 * (Linux nodes, containerd, Container-Optimized OS, a regional cluster) cannot be contradicted,
 * and the answer names both fields, in the caller's language.
 */
const targets = httpTargets(createTestApp().app);
afterAll(() => targets.forEach((t) => t.server.close()));

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const PINNED = `us-central1-docker.pkg.dev/my-project/my-repo/web@${DIGEST}`;
const AUTOPILOT = {
  version: '1.30.5-gke.1014001',
  projectId: 'my-project',
  projectNumber: '123456789012',
  location: 'us-central1',
  autopilot: true,
};
const MANIFEST = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
    - name: web
      image: ${PINNED}
`;

interface ProblemError {
  pointer: string;
  detail: string;
  in?: string;
}
const pointersOf = (body: { errors?: ProblemError[] }) =>
  (body.errors ?? []).map((error) => error.pointer).sort();

describe.each(targets)('Autopilot contradictions through the $name entry', (target) => {
  it.each([
    {
      name: 'a Windows Server node image',
      field: 'nodeImageType',
      value: 'WINDOWS_LTSC_CONTAINERD',
      says: /Linux nodes only/,
    },
    {
      name: 'a Docker node image',
      field: 'nodeImageType',
      value: 'cos',
      says: /containerd only/,
    },
    {
      name: 'an Ubuntu node image',
      field: 'nodeImageType',
      value: 'UBUNTU_CONTAINERD',
      says: /Container-Optimized OS with containerd/,
    },
    {
      name: 'a zonal location',
      field: 'location',
      value: 'us-central1-a',
      says: /every Autopilot cluster is regional/,
    },
  ])('refuses $name on POST /v1/preconditions/evaluate, naming both fields', async (row) => {
    const response = await call(target, 'post', '/v1/preconditions/evaluate', {
      json: { image: PINNED, cluster: { ...AUTOPILOT, [row.field]: row.value } },
    });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('INVALID_REQUEST');
    expect(pointersOf(response.body)).toEqual(['/cluster/autopilot', `/cluster/${row.field}`]);
    expect(response.body.detail).toMatch(row.says);
    expect(response.body.detail).toContain('"autopilot": true');
    expect(response.body.detail).toContain(`"${row.field}"`);
  });

  it('says it in Spanish when asked', async () => {
    const response = await call(target, 'post', '/v1/preconditions/evaluate', {
      json: { image: PINNED, cluster: { ...AUTOPILOT, nodeImageType: 'WINDOWS_LTSC' } },
      headers: { 'accept-language': 'es' },
    });
    expect(response.status).toBe(400);
    expect(response.body.detail).toContain('solo ejecuta nodos Linux');
    expect(pointersOf(response.body)).toEqual(['/cluster/autopilot', '/cluster/nodeImageType']);
  });

  it('lists every contradiction at once', async () => {
    const response = await call(target, 'post', '/v1/preconditions/evaluate', {
      json: {
        image: PINNED,
        cluster: { ...AUTOPILOT, nodeImageType: 'UBUNTU', location: 'europe-west4-b' },
      },
    });
    expect(response.status).toBe(400);
    expect(pointersOf(response.body)).toEqual([
      '/cluster/autopilot',
      '/cluster/autopilot',
      '/cluster/location',
      '/cluster/nodeImageType',
    ]);
  });

  it.each([
    {
      name: 'the Autopilot node image',
      cluster: { ...AUTOPILOT, nodeImageType: 'cos_containerd' },
    },
    {
      name: 'a Windows node image on a Standard cluster',
      cluster: { ...AUTOPILOT, autopilot: false, nodeImageType: 'WINDOWS_LTSC_CONTAINERD' },
    },
    {
      name: 'a zone on a Standard cluster',
      cluster: { ...AUTOPILOT, autopilot: false, location: 'us-central1-a' },
    },
  ])('accepts $name', async ({ cluster }) => {
    const response = await call(target, 'post', '/v1/preconditions/evaluate', {
      json: { image: PINNED, cluster },
    });
    expect(response.status).toBe(200);
  });

  it('refuses the contradiction in the JSON form of POST /v1/manifests/check', async () => {
    const response = await call(target, 'post', '/v1/manifests/check', {
      json: { manifest: MANIFEST, cluster: { ...AUTOPILOT, nodeImageType: 'WINDOWS_LTSC' } },
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_REQUEST');
    expect(pointersOf(response.body)).toEqual(['/cluster/autopilot', '/cluster/nodeImageType']);
  });

  it('refuses the contradiction in the query of the YAML form, naming both query parameters', async () => {
    const response = await call(target, 'post', '/v1/manifests/check', {
      raw: MANIFEST,
      contentType: 'application/yaml',
      query: { version: AUTOPILOT.version, autopilot: 'true', location: 'us-central1-c' },
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_REQUEST');
    expect(response.body.errors).toEqual([
      expect.objectContaining({ pointer: '/autopilot', in: 'query' }),
      expect.objectContaining({ pointer: '/location', in: 'query' }),
    ]);
  });

  it('accepts autopilot=true in the query of the YAML form', async () => {
    const response = await call(target, 'post', '/v1/manifests/check', {
      raw: MANIFEST,
      contentType: 'application/yaml',
      query: { version: AUTOPILOT.version, autopilot: 'true', location: 'us-central1' },
    });
    expect(response.status).toBe(200);
  });

  it('refuses the contradiction on POST /v1/troubleshooting/plans, which takes the same cluster', async () => {
    const response = await call(target, 'post', '/v1/troubleshooting/plans', {
      json: { image: PINNED, cluster: { ...AUTOPILOT, nodeImageType: 'COS' } },
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_REQUEST');
    expect(pointersOf(response.body)).toEqual(['/cluster/autopilot', '/cluster/nodeImageType']);
  });
});
