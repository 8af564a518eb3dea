import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, httpTargets } from '../../support/app';
import { call } from '../../support/call';

const targets = httpTargets(createTestApp().app);
afterAll(() => targets.forEach((t) => t.server.close()));

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const PINNED = `us-central1-docker.pkg.dev/my-project/my-repo/web@${DIGEST}`;
const OTHER_PROJECT = `europe-west4-docker.pkg.dev/shared-images/base/web@${DIGEST}`;
const STORAGE_RO = 'https://www.googleapis.com/auth/devstorage.read_only';
const NODES_SA = 'gke-nodes@my-project.iam.gserviceaccount.com';
const READY_CLUSTER = {
  version: '1.30.5-gke.1014001',
  projectId: 'my-project',
  projectNumber: '123456789012',
  location: 'us-central1-a',
  nodeServiceAccount: 'default',
  nodeOauthScopes: [STORAGE_RO],
  nodeImageType: 'COS_CONTAINERD',
  privateNodes: false,
};

type Statuses = Record<string, string>;
interface CheckJson {
  id: string;
  status: string;
  evidence: unknown;
  missing: string[];
  remediation: { commands: string[]; docs: string[] } | null;
}
const statusesOf = (body: { checks: { id: string; status: string }[] }): Statuses =>
  Object.fromEntries(body.checks.map((check) => [check.id, check.status]));
const checkOf = (body: { checks: { id: string }[] }, id: string) =>
  body.checks.find((check) => check.id === id) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CHECK_ORDER = [
  'image-reference',
  'gke-version',
  'public-repository',
  'node-service-account',
  'cross-project',
  'access-scopes',
  'network-path',
  'runtime',
  'registry-location',
  'gcr-transition',
];

describe.each(targets)('POST /v1/preconditions/evaluate through the $name entry', (target) => {
  it.each([
    {
      name: 'is ready for a pinned same-project image on a current cluster with the default account',
      body: { image: PINNED, cluster: READY_CLUSTER, repository: { public: false } },
      verdict: 'ready',
      statuses: {
        'image-reference': 'pass',
        'gke-version': 'pass',
        'public-repository': 'not-applicable',
        'node-service-account': 'warn',
        'cross-project': 'pass',
        'access-scopes': 'pass',
        'network-path': 'pass',
        runtime: 'pass',
        'registry-location': 'pass',
      },
    },
    {
      name: 'needs action with the exact node pool command when the scopes cannot read storage',
      body: {
        image: PINNED,
        cluster: {
          ...READY_CLUSTER,
          name: 'prod',
          nodeOauthScopes: ['https://www.googleapis.com/auth/logging.write'],
        },
      },
      verdict: 'action-required',
      statuses: { 'access-scopes': 'fail' },
      commands: {
        'access-scopes': [
          `gcloud container node-pools create NEW_NODE_POOL_NAME --cluster=prod --location=us-central1-a --project=my-project --scopes=https://www.googleapis.com/auth/logging.write,${STORAGE_RO}`,
        ],
      },
    },
    {
      name: 'needs imagePullSecrets on 1.14.10-gke.21, one patch before the default permission',
      body: { image: PINNED, cluster: { ...READY_CLUSTER, version: '1.14.10-gke.21' } },
      verdict: 'action-required',
      statuses: { 'gke-version': 'fail' },
      evidence: { 'gke-version': { minimumPatch: '1.14.10-gke.22', imagePullSecretsNeeded: true } },
    },
    {
      name: 'passes the version check on 1.15.9-gke.8, the first patch with the default permission',
      body: { image: PINNED, cluster: { ...READY_CLUSTER, version: '1.15.9-gke.8' } },
      verdict: 'ready',
      statuses: { 'gke-version': 'pass' },
    },
    {
      name: 'names the cross-project grant, exactly, for a repository in another project',
      body: {
        image: OTHER_PROJECT,
        cluster: { ...READY_CLUSTER, nodeServiceAccount: NODES_SA },
      },
      verdict: 'unknown',
      statuses: { 'cross-project': 'unknown', 'registry-location': 'warn' },
      commands: {
        'cross-project': [
          `gcloud artifacts repositories add-iam-policy-binding base --location=europe-west4 --project=shared-images --member=serviceAccount:${NODES_SA} --role=roles/artifactregistry.reader`,
        ],
      },
    },
    {
      name: 'is unknown and names every missing field when only the version is known',
      body: { image: PINNED, cluster: { version: '1.30.5-gke.1014001' } },
      verdict: 'unknown',
      missing: {
        'node-service-account': ['/cluster/nodeServiceAccount'],
        'cross-project': ['/cluster/projectId'],
        'access-scopes': ['/cluster/nodeOauthScopes'],
        'network-path': ['/cluster/privateNodes'],
        'registry-location': ['/cluster/location'],
        'public-repository': ['/repository/public'],
      },
    },
    {
      name: 'skips the IAM checks for a public repository',
      body: {
        image: PINNED,
        cluster: {
          ...READY_CLUSTER,
          nodeOauthScopes: ['https://www.googleapis.com/auth/logging.write'],
        },
        repository: { public: true },
      },
      verdict: 'ready',
      statuses: {
        'public-repository': 'pass',
        'node-service-account': 'not-applicable',
        'cross-project': 'not-applicable',
        'access-scopes': 'not-applicable',
      },
    },
    {
      name: 'fails the network path for private nodes with neither Private Google Access nor Cloud NAT',
      body: {
        image: PINNED,
        cluster: {
          ...READY_CLUSTER,
          privateNodes: true,
          privateGoogleAccess: false,
          cloudNat: false,
          subnetwork: 'gke-subnet',
        },
      },
      verdict: 'action-required',
      statuses: { 'network-path': 'fail' },
      commands: {
        'network-path': [
          'gcloud compute networks subnets update gke-subnet --region=us-central1 --project=my-project --enable-private-ip-google-access',
        ],
      },
    },
    {
      name: 'fails a Docker node image on a version that no longer runs one (gcloud spelling accepted)',
      body: { image: PINNED, cluster: { ...READY_CLUSTER, nodeImageType: 'cos' } },
      verdict: 'action-required',
      statuses: { runtime: 'fail' },
      evidence: { runtime: { nodeImageType: 'COS' } },
    },
    {
      name: 'answers an invalid image with a failed image-reference check, not a 400',
      body: { image: 'NOT VALID', cluster: READY_CLUSTER },
      verdict: 'action-required',
      statuses: { 'image-reference': 'fail' },
      evidence: { 'image-reference': { code: 'INVALID_REFERENCE', pointer: '/image' } },
      image: null,
    },
  ])('$name', async ({ body, verdict, statuses, commands, missing, evidence, ...rest }) => {
    const response = await call(target, 'post', '/v1/preconditions/evaluate', { json: body });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-language']).toBe('en');
    expect(response.body.verdict).toBe(verdict);
    expect(response.body.checks.map((check: { id: string }) => check.id)).toEqual(CHECK_ORDER);
    expect(statusesOf(response.body)).toMatchObject(statuses ?? {});
    for (const [id, expected] of Object.entries(commands ?? {}))
      expect(checkOf(response.body, id).remediation.commands).toEqual(expected);
    for (const [id, expected] of Object.entries(missing ?? {}))
      expect(checkOf(response.body, id).missing).toEqual(expected);
    for (const [id, expected] of Object.entries(evidence ?? {}))
      expect(checkOf(response.body, id).evidence).toMatchObject(expected);
    if ('image' in rest) expect(response.body.image).toBeNull();
  });

  it('summarizes the parsed image it evaluated', async () => {
    const response = await call(target, 'post', '/v1/preconditions/evaluate', {
      json: { image: PINNED, cluster: READY_CLUSTER },
    });
    expect(response.body.image).toEqual({
      reference: PINNED,
      normalized: PINNED,
      registry: 'us-central1-docker.pkg.dev',
      repository: 'us-central1-docker.pkg.dev/my-project/my-repo/web',
      tag: null,
      digest: DIGEST,
      artifactRegistry: {
        location: 'us-central1',
        projectId: 'my-project',
        repository: 'my-repo',
        image: 'web',
        host: 'us-central1-docker.pkg.dev',
        containerRegistryHost: false,
      },
    });
  });

  it('answers in Spanish with Content-Language, every machine field unchanged', async () => {
    const body = {
      image: OTHER_PROJECT,
      cluster: { ...READY_CLUSTER, nodeServiceAccount: NODES_SA },
    };
    const english = await call(target, 'post', '/v1/preconditions/evaluate', { json: body });
    const spanish = await call(target, 'post', '/v1/preconditions/evaluate', {
      json: body,
      headers: { 'accept-language': 'es-ES,es;q=0.9,en;q=0.5' },
    });
    expect(spanish.status).toBe(200);
    expect(spanish.headers['content-language']).toBe('es');
    expect(checkOf(spanish.body, 'cross-project').message).toContain('necesita');
    const machine = (answer: typeof english.body) => ({
      verdict: answer.verdict,
      image: answer.image,
      checks: answer.checks.map((check: CheckJson) => ({
        id: check.id,
        status: check.status,
        evidence: check.evidence,
        missing: check.missing,
        commands: check.remediation?.commands ?? null,
        docs: check.remediation?.docs ?? null,
      })),
    });
    expect(machine(spanish.body)).toEqual(machine(english.body));
    const texts = (answer: typeof english.body) =>
      answer.checks.map((check: { message: string }) => check.message);
    expect(texts(spanish.body)).not.toEqual(texts(english.body));
  });

  it.each([
    {
      name: 'refuses a string that is not a GKE version with INVALID_GKE_VERSION',
      body: { image: PINNED, cluster: { ...READY_CLUSTER, version: '1.30.x' } },
      code: 'INVALID_GKE_VERSION',
      pointer: '/cluster/version',
    },
    {
      name: 'refuses an unknown node image type',
      body: { image: PINNED, cluster: { ...READY_CLUSTER, nodeImageType: 'BOTTLEROCKET' } },
      code: 'INVALID_REQUEST',
      pointer: '/cluster/nodeImageType',
    },
    {
      name: 'refuses a request without the cluster version',
      body: { image: PINNED, cluster: { projectId: 'my-project' } },
      code: 'INVALID_REQUEST',
      pointer: '/cluster/version',
    },
    {
      name: 'refuses a project ID that could not be a project (it would end up in a command)',
      body: { image: PINNED, cluster: { ...READY_CLUSTER, projectId: 'x; rm -rf /' } },
      code: 'INVALID_REQUEST',
      pointer: '/cluster/projectId',
    },
    {
      name: 'refuses a scope list that is not a list',
      body: { image: PINNED, cluster: { ...READY_CLUSTER, nodeOauthScopes: 'storage-ro' } },
      code: 'INVALID_REQUEST',
      pointer: '/cluster/nodeOauthScopes',
    },
    {
      name: 'refuses live as a string',
      body: { image: PINNED, cluster: READY_CLUSTER, live: 'yes' },
      code: 'INVALID_REQUEST',
      pointer: '/live',
    },
  ])('$name', async ({ body, code, pointer }) => {
    const response = await call(target, 'post', '/v1/preconditions/evaluate', { json: body });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, code, pointer });
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await call(target, 'post', '/v1/preconditions/evaluate', {
      raw: 'image=nginx',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
