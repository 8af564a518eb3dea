import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  startFakeArtifactRegistryIam,
  type FakeArtifactRegistryIam,
} from '../../fakes/artifact-registry-iam';
import { startFakeMetadataServer, type FakeMetadataServer } from '../../fakes/gce-metadata-server';
import { FakeIamPolicies } from '../../fakes/iam-policies';
import {
  startFakePolicyTroubleshooter,
  TROUBLESHOOTER_PERMISSION_DENIED_BODY,
  type FakePolicyTroubleshooter,
} from '../../fakes/policy-troubleshooter';
import { createTestApp, httpTargets, type HttpTarget, type TestApp } from '../../support/app';
import { call } from '../../support/call';
import { useMetadataHost } from '../../support/google-env';
import { recordIssuedSecret } from '../../support/log-capture';

/*
 * Live mode end to end: the service's own Application Default Credentials (google-auth-library,
 * found through a fake GCE metadata server) ask a fake IAM Policy Troubleshooter and a fake
 * Artifact Registry getIamPolicy on 127.0.0.1, both answering from the same IAM policies.
 */
const PROJECT_NUMBER = '123456789012';
const DEFAULT_SA = `${PROJECT_NUMBER}-compute@developer.gserviceaccount.com`;
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const IMAGE = `us-central1-docker.pkg.dev/my-project/my-repo/web@${DIGEST}`;
const REPO = FakeIamPolicies.repository('my-project', 'us-central1', 'my-repo');
const PROJECT = FakeIamPolicies.project('my-project');
const CLUSTER = {
  version: '1.30.5-gke.1014001',
  projectId: 'my-project',
  projectNumber: PROJECT_NUMBER,
  location: 'us-central1-a',
  nodeServiceAccount: 'default',
  nodeOauthScopes: ['https://www.googleapis.com/auth/devstorage.read_only'],
  nodeImageType: 'COS_CONTAINERD',
  privateNodes: false,
};

let metadata: FakeMetadataServer;
let iam: FakeIamPolicies;
let troubleshooter: FakePolicyTroubleshooter;
let registry: FakeArtifactRegistryIam;
let testApp: TestApp;
let targets: HttpTarget[];

beforeAll(async () => {
  metadata = await startFakeMetadataServer({
    email: 'gke-pull-assistant@test-project.iam.gserviceaccount.com',
  });
  useMetadataHost(metadata.host);
  iam = new FakeIamPolicies();
  troubleshooter = await startFakePolicyTroubleshooter(iam);
  registry = await startFakeArtifactRegistryIam(iam);
  testApp = createTestApp({
    env: {
      POLICY_TROUBLESHOOTER_ENDPOINT: troubleshooter.url,
      ARTIFACT_REGISTRY_ENDPOINT: registry.url,
      UPSTREAM_TIMEOUT_MS: '2000',
    },
  });
  targets = httpTargets(testApp.app);
});

afterEach(() => {
  for (const token of metadata.issuedTokens()) recordIssuedSecret(token.accessToken);
  troubleshooter.respondNormally();
  registry.respondNormally();
  iam.reset();
});

afterAll(async () => {
  targets?.forEach((t) => t.server.close());
  await Promise.all([metadata?.close(), troubleshooter?.close(), registry?.close()]);
  useMetadataHost(undefined);
});

const checkOf = (body: { checks: { id: string }[] }, id: string) =>
  body.checks.find((check) => check.id === id) as Record<string, unknown>;

/** Every call Google received carried a token the metadata server issued to the service. */
function expectAuthenticatedWithMetadataTokens(
  calls: { authorization: string | undefined }[],
): void {
  expect(calls.length).toBeGreaterThan(0);
  for (const { authorization } of calls) {
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    expect(token && metadata.lookupToken(token)).toMatchObject({
      email: 'gke-pull-assistant@test-project.iam.gserviceaccount.com',
    });
  }
}

describe('live preconditions through HTTP with the service credentials', () => {
  it('asks Google with the metadata server token and names the granting binding', async () => {
    iam.ensure(REPO);
    iam.bind(PROJECT, 'roles/editor', [`serviceAccount:${DEFAULT_SA}`]);
    const troubleshootBefore = troubleshooter.calls().length;
    const policyBefore = registry.calls().length;
    const response = await call(targets[0] as HttpTarget, 'post', '/v1/preconditions/evaluate', {
      json: { image: IMAGE, cluster: CLUSTER, live: true },
    });
    expect(response.status).toBe(200);
    expect(response.body.verdict).toBe('ready');
    expect(checkOf(response.body, 'node-service-account')).toMatchObject({
      status: 'pass',
      evidence: {
        source: 'live',
        accessState: 'CAN_ACCESS',
        binding: {
          role: 'roles/editor',
          member: `serviceAccount:${DEFAULT_SA}`,
          resource: PROJECT,
        },
      },
    });
    expect(checkOf(response.body, 'public-repository')).toMatchObject({
      status: 'not-applicable',
      evidence: { source: 'live', public: false, binding: null },
    });
    const troubleshootCalls = troubleshooter.calls().slice(troubleshootBefore);
    expect(troubleshootCalls).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/v3/iam:troubleshoot',
        body: {
          accessTuple: {
            principal: DEFAULT_SA,
            fullResourceName: REPO,
            permission: 'artifactregistry.repositories.downloadArtifacts',
          },
        },
      }),
    ]);
    expectAuthenticatedWithMetadataTokens(troubleshootCalls);
    expectAuthenticatedWithMetadataTokens(registry.calls().slice(policyBefore));
  });

  it('fails with the exact grant command when no binding lets the node account pull', async () => {
    iam.ensure(REPO);
    const response = await call(targets[1] as HttpTarget, 'post', '/v1/preconditions/evaluate', {
      json: { image: IMAGE, cluster: CLUSTER, live: true },
    });
    expect(response.status).toBe(200);
    expect(response.body.verdict).toBe('action-required');
    expect(checkOf(response.body, 'node-service-account')).toMatchObject({
      status: 'fail',
      evidence: { source: 'live', accessState: 'CANNOT_ACCESS', binding: null },
      remediation: {
        commands: [
          `gcloud artifacts repositories add-iam-policy-binding my-repo --location=us-central1 --project=my-project --member=serviceAccount:${DEFAULT_SA} --role=roles/artifactregistry.reader`,
        ],
      },
    });
  });

  it('finds a public repository from its IAM policy and skips the IAM checks', async () => {
    iam.bind(REPO, 'roles/artifactregistry.reader', ['allUsers']);
    const response = await call(targets[0] as HttpTarget, 'post', '/v1/preconditions/evaluate', {
      json: {
        image: IMAGE,
        cluster: { ...CLUSTER, nodeOauthScopes: ['https://www.googleapis.com/auth/logging.write'] },
        live: true,
      },
    });
    expect(response.body.verdict).toBe('ready');
    expect(checkOf(response.body, 'public-repository')).toMatchObject({
      status: 'pass',
      evidence: { source: 'live', public: true, binding: { member: 'allUsers' } },
    });
    expect(checkOf(response.body, 'access-scopes').status).toBe('not-applicable');
  });

  it('is unknown, naming the permission it lacks, when the troubleshooter refuses the service', async () => {
    iam.ensure(REPO);
    troubleshooter.failWith({
      kind: 'status',
      status: 403,
      body: TROUBLESHOOTER_PERMISSION_DENIED_BODY,
    });
    const response = await call(targets[1] as HttpTarget, 'post', '/v1/preconditions/evaluate', {
      json: { image: IMAGE, cluster: CLUSTER, live: true },
      headers: { 'accept-language': 'es' },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-language']).toBe('es');
    expect(response.body.verdict).toBe('unknown');
    expect(checkOf(response.body, 'node-service-account')).toMatchObject({
      status: 'unknown',
      evidence: {
        source: 'live',
        error: 'permission-denied',
        httpStatus: 403,
        neededRole: 'roles/iam.securityReviewer',
      },
    });
  });

  it('stops reading answers that never end: unknown, and not for a timeout', async () => {
    iam.ensure(REPO);
    troubleshooter.failWith({ kind: 'endless' });
    registry.failWith({ kind: 'endless' });
    const response = await call(targets[0] as HttpTarget, 'post', '/v1/preconditions/evaluate', {
      json: { image: IMAGE, cluster: CLUSTER, live: true },
    });
    expect(response.status).toBe(200);
    // Read to its end, an endless answer would only stop at UPSTREAM_TIMEOUT_MS ('timeout').
    for (const id of ['node-service-account', 'public-repository']) {
      const check = checkOf(response.body, id);
      expect(check.status, JSON.stringify(check)).toBe('unknown');
      expect((check.evidence as { error?: string }).error).not.toBe('timeout');
    }
  });

  it('asks Google nothing, and fetches no token, when live is false', async () => {
    iam.ensure(REPO);
    const before = {
      tokens: metadata.tokenRequests(),
      google: troubleshooter.calls().length + registry.calls().length,
    };
    const response = await call(targets[0] as HttpTarget, 'post', '/v1/preconditions/evaluate', {
      json: { image: IMAGE, cluster: CLUSTER },
    });
    expect(response.status).toBe(200);
    expect(checkOf(response.body, 'node-service-account')).toMatchObject({
      evidence: { source: 'request' },
    });
    expect({
      tokens: metadata.tokenRequests(),
      google: troubleshooter.calls().length + registry.calls().length,
    }).toEqual(before);
  });

  it('asks Google once per distinct image of a manifest, however often it repeats', async () => {
    iam.ensure(REPO);
    iam.bind(PROJECT, 'roles/editor', [`serviceAccount:${DEFAULT_SA}`]);
    const pod = (name: string, image: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers: [{name: app, image: "${image}"}]\n`;
    const other = `us-central1-docker.pkg.dev/my-project/my-repo/worker@${DIGEST}`;
    const manifest = [pod('a', IMAGE), pod('b', IMAGE), pod('c', IMAGE), pod('d', other)].join(
      '---\n',
    );
    const before = { troubleshoot: troubleshooter.calls().length, policy: registry.calls().length };
    const response = await call(targets[1] as HttpTarget, 'post', '/v1/manifests/check', {
      json: { manifest, cluster: CLUSTER, live: true },
    });
    expect(response.status).toBe(200);
    expect(response.body.summary).toMatchObject({ images: 4, distinctImages: 2, ready: 4 });
    expect(troubleshooter.calls().length - before.troubleshoot).toBe(2);
    expect(registry.calls().length - before.policy).toBe(2);
    for (const image of response.body.images)
      expect(checkOf(image, 'node-service-account')).toMatchObject({
        status: 'pass',
        evidence: { source: 'live' },
      });
  });

  it('takes live mode from the query of a YAML manifest', async () => {
    iam.ensure(REPO);
    const before = troubleshooter.calls().length;
    const response = await call(targets[0] as HttpTarget, 'post', '/v1/manifests/check', {
      raw: `apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: app, image: "${IMAGE}"}]\n`,
      contentType: 'application/yaml',
      query: {
        version: CLUSTER.version,
        projectId: 'my-project',
        projectNumber: PROJECT_NUMBER,
        nodeServiceAccount: 'default',
        live: 'true',
      },
    });
    expect(response.status).toBe(200);
    expect(troubleshooter.calls().length - before).toBe(1);
    expect(checkOf(response.body.images[0], 'node-service-account')).toMatchObject({
      status: 'fail',
      evidence: { source: 'live', accessState: 'CANNOT_ACCESS' },
    });
  });

  it('never writes the access token to the logs', () => {
    const tokens = metadata.issuedTokens().map((token) => token.accessToken);
    expect(tokens.length).toBeGreaterThan(0);
    for (const line of testApp.rawLogs)
      for (const token of tokens) expect(line).not.toContain(token);
  });
});
