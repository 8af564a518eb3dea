import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  startFakeArtifactRegistryIam,
  type FakeArtifactRegistryIam,
} from '../../fakes/artifact-registry-iam';
import { startFakeMetadataServer, type FakeMetadataServer } from '../../fakes/gce-metadata-server';
import { FakeIamPolicies } from '../../fakes/iam-policies';
import {
  startFakePolicyTroubleshooter,
  TROUBLESHOOTER_API_DISABLED_BODY,
  TROUBLESHOOTER_PERMISSION_DENIED_BODY,
  TROUBLESHOOTER_SCOPE_INSUFFICIENT_BODY,
  TROUBLESHOOTER_UNSPECIFIED_BODY,
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
      // Generous: the first live call loads google-auth-library, slow on a busy machine; no test here
      // waits for a timeout.
      UPSTREAM_TIMEOUT_MS: '10000',
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

  it('keeps the offline grant command when Google cannot be asked', async () => {
    iam.ensure(REPO);
    troubleshooter.failWith({
      kind: 'status',
      status: 403,
      body: TROUBLESHOOTER_PERMISSION_DENIED_BODY,
    });
    const grant = `gcloud artifacts repositories add-iam-policy-binding my-repo --location=us-central1 --project=my-project --member=serviceAccount:${DEFAULT_SA} --role=roles/artifactregistry.reader`;
    const response = await call(targets[0] as HttpTarget, 'post', '/v1/preconditions/evaluate', {
      json: { image: IMAGE, cluster: CLUSTER, live: true },
    });
    const check = checkOf(response.body, 'node-service-account') as {
      status: string;
      evidence: Record<string, unknown>;
      remediation: { summary: string; commands: string[] };
    };
    expect(check).toMatchObject({
      status: 'unknown',
      evidence: { source: 'live', error: 'permission-denied', offlineStatus: 'warn' },
    });
    expect(check.remediation.commands).toContain(grant);
    expect(check.remediation.summary).toContain("Meanwhile, without Google's answer:");
  });

  it('asks nothing for the default account without a project number, and keeps the grant naming the field', async () => {
    iam.ensure(REPO);
    const { projectNumber: _omitted, ...cluster } = CLUSTER;
    const before = troubleshooter.calls().length;
    const response = await call(targets[1] as HttpTarget, 'post', '/v1/preconditions/evaluate', {
      json: { image: IMAGE, cluster, live: true },
    });
    expect(troubleshooter.calls().length).toBe(before);
    const check = checkOf(response.body, 'node-service-account') as {
      status: string;
      missing: string[];
      remediation: { commands: string[] } | null;
    };
    expect(check).toMatchObject({ status: 'unknown', missing: ['/cluster/projectNumber'] });
    expect(check.remediation?.commands).toEqual([
      'gcloud artifacts repositories add-iam-policy-binding my-repo --location=us-central1 --project=my-project --member=serviceAccount:PROJECT_NUMBER-compute@developer.gserviceaccount.com --role=roles/artifactregistry.reader',
    ]);
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

interface LiveCheck {
  status: string;
  message: string;
  evidence: Record<string, unknown>;
  missing: string[];
  remediation: { summary: string; commands: string[]; docs: string[] } | null;
}

const GRANT = `gcloud artifacts repositories add-iam-policy-binding my-repo --location=us-central1 --project=my-project --member=serviceAccount:${DEFAULT_SA} --role=roles/artifactregistry.reader`;

describe("live preconditions read Google's real answers", () => {
  const evaluate = async (body: Record<string, unknown>, target = 0, language = 'en') => {
    const response = await call(
      targets[target] as HttpTarget,
      'post',
      '/v1/preconditions/evaluate',
      {
        json: { image: IMAGE, cluster: CLUSTER, live: true, ...body },
        headers: { 'accept-language': language },
      },
    );
    expect(response.status).toBe(200);
    return response.body as { verdict: string; checks: ({ id: string } & LiveCheck)[] };
  };
  const liveCheck = (body: { checks: { id: string }[] }, id: string) =>
    checkOf(body, id) as unknown as LiveCheck;

  it('names a domain-scoped project literally in the full resource name, and Google finds it', async () => {
    const project = 'example.com:my-proj';
    const repository = FakeIamPolicies.repository(project, 'us-central1', 'my-repo');
    iam.bind(repository, 'roles/artifactregistry.reader', [`serviceAccount:${DEFAULT_SA}`]);
    const before = troubleshooter.calls().length;
    const body = await evaluate({
      image: `us-central1-docker.pkg.dev/example.com/my-proj/my-repo/web@${DIGEST}`,
    });
    const sent = troubleshooter.calls().slice(before);
    expect(
      sent.map(
        (c) =>
          (c.body as { accessTuple: { fullResourceName: string } }).accessTuple.fullResourceName,
      ),
    ).toEqual([
      '//artifactregistry.googleapis.com/projects/example.com:my-proj/locations/us-central1/repositories/my-repo',
    ]);
    expect(liveCheck(body, 'cross-project')).toMatchObject({
      status: 'pass',
      evidence: { source: 'live', accessState: 'CAN_ACCESS', resource: repository },
    });
  });

  it('reads an answer without overallAccessState (proto3 default) as unknown, keeping the grant', async () => {
    iam.ensure(REPO);
    troubleshooter.failWith({ kind: 'status', status: 200, body: TROUBLESHOOTER_UNSPECIFIED_BODY });
    const check = liveCheck(await evaluate({}), 'node-service-account');
    expect(check).toMatchObject({
      status: 'unknown',
      evidence: { source: 'live', accessState: 'OVERALL_ACCESS_STATE_UNSPECIFIED' },
    });
    expect(check.evidence.error).toBeUndefined();
    expect(check.message).toBe(
      `Google answered without saying whether ${DEFAULT_SA} may pull from projects/my-project/locations/us-central1/repositories/my-repo (its answer has no overall access state).`,
    );
    expect(check.remediation?.commands).toEqual([GRANT]);
  });

  it('enables the switched-off API in the project Google names (SERVICE_DISABLED)', async () => {
    iam.ensure(REPO);
    troubleshooter.failWith({
      kind: 'status',
      status: 403,
      body: TROUBLESHOOTER_API_DISABLED_BODY,
    });
    const check = liveCheck(await evaluate({}), 'node-service-account');
    expect(check).toMatchObject({
      status: 'unknown',
      evidence: {
        error: 'api-disabled',
        service: 'policytroubleshooter.googleapis.com',
        project: '123',
      },
    });
    expect(check.remediation?.commands).toEqual([
      'gcloud services enable policytroubleshooter.googleapis.com --project=123',
      GRANT,
    ]);
  });

  it.each(['en', 'es'])(
    "says the service's token lacks cloud-platform (ACCESS_TOKEN_SCOPE_INSUFFICIENT), in %s",
    async (language) => {
      iam.ensure(REPO);
      troubleshooter.failWith({
        kind: 'status',
        status: 403,
        body: TROUBLESHOOTER_SCOPE_INSUFFICIENT_BODY,
      });
      const check = liveCheck(await evaluate({}, 1, language), 'node-service-account');
      expect(check).toMatchObject({ status: 'unknown', evidence: { error: 'scope-insufficient' } });
      expect(check.message).toContain('https://www.googleapis.com/auth/cloud-platform');
      expect(check.message).toContain(language === 'es' ? 'permiso de acceso' : 'OAuth scope');
      expect(check.remediation?.commands).toEqual([GRANT]);
    },
  );

  it('names the roles for deny policies as well as allow policies when the troubleshooter refuses', async () => {
    iam.ensure(REPO);
    troubleshooter.failWith({
      kind: 'status',
      status: 403,
      body: TROUBLESHOOTER_PERMISSION_DENIED_BODY,
    });
    const check = liveCheck(await evaluate({}), 'node-service-account');
    expect(check.evidence).toMatchObject({
      error: 'permission-denied',
      neededRoles: ['roles/iam.securityReviewer', 'roles/iam.denyReviewer'],
      neededPermissions: expect.arrayContaining(['iam.denypolicies.get', 'iam.denypolicies.list']),
    });
    expect(check.message).toContain('deny policies');
    expect(check.message).toContain('roles/iam.denyReviewer');
    expect(check.remediation?.summary).toContain(
      'roles/iam.securityReviewer, roles/iam.denyReviewer',
    );
  });

  it('asks for roles/iam.denyReviewer when Google could read the allow policies but not the deny policies', async () => {
    iam.bind(PROJECT, 'roles/editor', [`serviceAccount:${DEFAULT_SA}`]);
    iam.denyPoliciesUnreadable = true;
    const check = liveCheck(await evaluate({}), 'node-service-account');
    expect(check).toMatchObject({
      status: 'unknown',
      evidence: {
        accessState: 'UNKNOWN_INFO',
        denyAccessState: 'DENY_ACCESS_STATE_UNKNOWN_INFO',
        neededRoles: ['roles/iam.denyReviewer'],
        neededPermissions: ['iam.denypolicies.get', 'iam.denypolicies.list'],
      },
    });
    expect(check.message).toContain('not every deny policy');
  });

  it("offers both readings of Artifact Registry's 403 '(or it may not exist)'", async () => {
    iam.ensure(REPO);
    iam.unreadable.add(REPO);
    const check = liveCheck(await evaluate({}), 'public-repository');
    const repository = 'projects/my-project/locations/us-central1/repositories/my-repo';
    expect(check).toMatchObject({
      status: 'unknown',
      evidence: {
        error: 'permission-denied',
        mayNotExist: true,
        deniedPermission: 'artifactregistry.repositories.getIamPolicy',
      },
    });
    expect(check.message).toContain(`or ${repository} does not exist`);
    expect(check.message).toContain('artifactregistry.repositories.getIamPolicy');
    expect(check.remediation?.commands).toEqual([
      'gcloud artifacts repositories describe my-repo --location=us-central1 --project=my-project',
    ]);
  });

  it('stops reading an answer larger than the bound, and says the answer could not be read', async () => {
    iam.ensure(REPO);
    troubleshooter.failWith({ kind: 'oversized', bytes: 64 * 1024 * 1024 });
    const before = troubleshooter.oversizedAnswers().length;
    const check = liveCheck(await evaluate({}), 'node-service-account');
    expect(check).toMatchObject({
      status: 'unknown',
      evidence: { error: 'unexpected', errorCode: 'RESPONSE_TOO_LARGE' },
    });
    const [answer] = troubleshooter.oversizedAnswers().slice(before);
    expect(answer?.completed).toBe(false);
    expect(answer?.written).toBeLessThan(32 * 1024 * 1024);
  });
});
