// Preconditions, GKE versions and manifest checks through the client generated from openapi.yaml.
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { requestBodyViolations } from '../support/contract';
import type { paths } from './generated/api';

const baseUrl = process.env.SDK_BASE_URL;
if (!baseUrl) throw new Error('SDK_BASE_URL is not set; run through `npm run test:sdk`');
const client = createClient<paths>({ baseUrl });

const IMAGE = `us-central1-docker.pkg.dev/my-project/my-repo/web@sha256:${'ab'.repeat(32)}`;
const CLUSTER = {
  version: '1.30.5-gke.1014001',
  projectId: 'my-project',
  projectNumber: '123456789012',
  location: 'us-central1-a',
  nodeServiceAccount: 'default',
  nodeOauthScopes: ['https://www.googleapis.com/auth/devstorage.read_only'],
  nodeImageType: 'COS_CONTAINERD' as const,
  privateNodes: false,
};

describe('preconditions through the generated SDK', () => {
  it('evaluates an image against a cluster', async () => {
    const { data, response } = await client.POST('/v1/preconditions/evaluate', {
      body: { image: IMAGE, cluster: CLUSTER, repository: { public: false }, live: false },
    });
    expect(response.status).toBe(200);
    expect(data?.verdict).toBe('ready');
    expect(data?.checks.map((check) => check.id)).toContain('gke-version');
    expect(data?.image?.artifactRegistry?.repository).toBe('my-repo');
  });

  it('returns an invalid version as a typed problem', async () => {
    const { data, error, response } = await client.POST('/v1/preconditions/evaluate', {
      body: { image: IMAGE, cluster: { ...CLUSTER, version: '1.30.x' }, live: false },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(error?.code).toBe('INVALID_GKE_VERSION');
    expect(error?.pointer).toBe('/cluster/version');
  });

  it('refuses a project ID that breaks the rule, in the contract and in the service alike', async () => {
    const body = {
      image: IMAGE,
      cluster: { ...CLUSTER, projectId: 'My Project; rm -rf /' },
      live: false,
    };
    expect(requestBodyViolations('post', '/v1/preconditions/evaluate', body)).toContain(
      '/cluster/projectId',
    );
    const { data, error, response } = await client.POST('/v1/preconditions/evaluate', { body });
    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(error?.code).toBe('INVALID_REQUEST');
    expect(error?.pointer).toBe('/cluster/projectId');
    expect(error?.errors?.map((field) => field.pointer)).toEqual(['/cluster/projectId']);
  });

  it('describes a GKE version', async () => {
    const { data, response } = await client.GET('/v1/gke/versions/{version}', {
      params: { path: { version: '1.15.9-gke.8' } },
    });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ defaultPullPermission: true, minimumPatch: '1.15.9-gke.8' });
  });

  it('checks a manifest sent as JSON', async () => {
    const manifest = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers: [{name: web, image: "${IMAGE}"}]
`;
    const { data, response } = await client.POST('/v1/manifests/check', {
      body: { manifest, cluster: { ...CLUSTER, version: '1.15.9-gke.7' }, live: false },
    });
    expect(response.status).toBe(200);
    expect(data?.verdict).toBe('action-required');
    expect(data?.images[0]?.objectPath).toBe('Pod/web spec.containers[0]');
    expect(data?.images[0]?.imagePullSecrets).toEqual({
      present: false,
      names: [],
      needed: true,
      missing: true,
    });
  });
});
