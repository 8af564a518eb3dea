import { AppError } from '../../../shared/problems';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AuthClient } from 'google-auth-library';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { GoogleApiRequester, LiveCheckOptions } from '../../../shared/preconditions';
import { FakeIamPolicies } from '../../fakes/iam-policies';
import {
  startFakePolicyTroubleshooter,
  TROUBLESHOOTER_API_DISABLED_BODY,
  TROUBLESHOOTER_PERMISSION_DENIED_BODY,
  type FakePolicyTroubleshooter,
} from '../../fakes/policy-troubleshooter';
import {
  AR_PERMISSION_DENIED_BODY,
  startFakeArtifactRegistryIam,
  type FakeArtifactRegistryIam,
} from '../../fakes/artifact-registry-iam';
import { checkOf, DEFAULT_SA, evaluate, type Situation } from './fixtures';

/** google-auth-library's AuthClient is what production injects: it must fit the interface. */
export const productionRequester = (client: AuthClient): GoogleApiRequester => client;

/** A requester on fetch that behaves like gaxios: rejects non-2xx with `response.{status,data}`. */
function fetchRequester(): GoogleApiRequester {
  return {
    async request<T>(options: Parameters<GoogleApiRequester['request']>[0]) {
      const response = await fetch(options.url, {
        method: options.method,
        headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
        ...(options.data === undefined ? {} : { body: JSON.stringify(options.data) }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      const text = await response.text();
      const data: unknown = text ? JSON.parse(text) : undefined;
      if (!response.ok)
        throw Object.assign(new Error(`HTTP ${response.status}`), {
          response: { status: response.status, data },
        });
      return { data: data as T, status: response.status };
    },
  };
}

const REPO = FakeIamPolicies.repository('my-project', 'us-central1', 'my-repo');
const SHARED_REPO = FakeIamPolicies.repository('shared-images', 'us-central1', 'base');
const OTHER_PROJECT_IMAGE = `us-central1-docker.pkg.dev/shared-images/base/web@sha256:${'cd'.repeat(32)}`;

let iam: FakeIamPolicies;
let troubleshooter: FakePolicyTroubleshooter;
let registry: FakeArtifactRegistryIam;

function options(overrides: Partial<LiveCheckOptions> = {}): LiveCheckOptions {
  return {
    requester: fetchRequester(),
    policyTroubleshooterUrl: troubleshooter.url,
    artifactRegistryUrl: registry.url,
    timeoutMs: 2_000,
    ...overrides,
  };
}

function live(situation: Situation, overrides: Partial<LiveCheckOptions> = {}) {
  return evaluate({ ...situation, live: true }, { live: options(overrides) });
}

beforeAll(async () => {
  iam = new FakeIamPolicies();
  troubleshooter = await startFakePolicyTroubleshooter(iam);
  registry = await startFakeArtifactRegistryIam(iam);
});

afterEach(() => {
  troubleshooter.respondNormally();
  registry.respondNormally();
  iam.reset();
});

afterAll(async () => {
  await Promise.all([troubleshooter.close(), registry.close()]);
});

describe('live mode: Policy Troubleshooter and repository IAM policy', () => {
  it('asks Google with the documented requests', async () => {
    iam.ensure(REPO);
    iam.bind(FakeIamPolicies.project('my-project'), 'roles/editor', [
      `serviceAccount:${DEFAULT_SA}`,
    ]);
    const before = troubleshooter.calls().length;
    await live({});
    const call = troubleshooter.calls()[before];
    expect(call).toMatchObject({
      method: 'POST',
      path: '/v3/iam:troubleshoot',
      authorization: 'Bearer test-token',
      body: {
        accessTuple: {
          principal: DEFAULT_SA,
          fullResourceName: REPO,
          permission: 'artifactregistry.repositories.downloadArtifacts',
        },
      },
    });
    expect(registry.calls().at(-1)).toMatchObject({
      method: 'GET',
      path: '/v1/projects/my-project/locations/us-central1/repositories/my-repo:getIamPolicy?options.requestedPolicyVersion=3',
    });
  });

  it('passes the default account through its project-level Editor grant, naming the binding', async () => {
    iam.ensure(REPO);
    iam.bind(FakeIamPolicies.project('my-project'), 'roles/editor', [
      `serviceAccount:${DEFAULT_SA}`,
    ]);
    const result = await live({});
    const check = checkOf(result, 'node-service-account');
    expect(check.status).toBe('pass');
    expect(check.evidence).toMatchObject({
      source: 'live',
      accessState: 'CAN_ACCESS',
      binding: {
        role: 'roles/editor',
        member: `serviceAccount:${DEFAULT_SA}`,
        resource: '//cloudresourcemanager.googleapis.com/projects/my-project',
      },
    });
    expect(check.message).toContain('roles/editor');
    expect(checkOf(result, 'public-repository')).toMatchObject({
      status: 'not-applicable',
      evidence: { source: 'live', public: false, binding: null },
    });
    expect(result.verdict).toBe('ready');
  });

  it('fails the default account when the organisation stopped the automatic grant, with the exact fix', async () => {
    iam.ensure(REPO);
    const result = await live({});
    const check = checkOf(result, 'node-service-account');
    expect(check).toMatchObject({
      status: 'fail',
      evidence: { source: 'live', accessState: 'CANNOT_ACCESS', binding: null },
    });
    expect(check.remediation?.commands).toEqual([
      `gcloud artifacts repositories add-iam-policy-binding my-repo --location=us-central1 --project=my-project --member=serviceAccount:${DEFAULT_SA} --role=roles/artifactregistry.reader`,
    ]);
    expect(result.verdict).toBe('action-required');
  });

  it('passes a cross-project pull granted on the repository itself', async () => {
    iam.bind(SHARED_REPO, 'roles/artifactregistry.reader', [`serviceAccount:${DEFAULT_SA}`]);
    const result = await live({ image: OTHER_PROJECT_IMAGE });
    expect(checkOf(result, 'cross-project')).toMatchObject({
      status: 'pass',
      evidence: {
        source: 'live',
        binding: { role: 'roles/artifactregistry.reader', resource: SHARED_REPO },
      },
    });
    expect(checkOf(result, 'node-service-account').status).toBe('not-applicable');
    expect(result.verdict).toBe('ready');
  });

  it('fails a cross-project pull without a grant and says none grants it', async () => {
    iam.ensure(SHARED_REPO);
    const result = await live({
      image: OTHER_PROJECT_IMAGE,
      cluster: { nodeServiceAccount: 'gke-nodes@my-project.iam.gserviceaccount.com' },
    });
    const check = checkOf(result, 'cross-project');
    expect(check).toMatchObject({
      status: 'fail',
      evidence: { source: 'live', binding: null, accessState: 'CANNOT_ACCESS' },
    });
    expect(check.message).toContain('gke-nodes@my-project.iam.gserviceaccount.com');
    expect(check.remediation?.commands[0]).toContain(
      '--member=serviceAccount:gke-nodes@my-project.iam.gserviceaccount.com',
    );
  });

  it('fails when a deny policy blocks the permission', async () => {
    iam.bind(REPO, 'roles/artifactregistry.reader', [`serviceAccount:${DEFAULT_SA}`]);
    iam.deny(DEFAULT_SA, 'artifactregistry.repositories.downloadArtifacts');
    const check = checkOf(await live({}), 'node-service-account');
    expect(check).toMatchObject({
      status: 'fail',
      evidence: { denyAccessState: 'DENY_ACCESS_STATE_DENIED' },
    });
    expect(check.message).toContain('deny policy');
  });

  it('is unknown when the grant depends on an IAM condition', async () => {
    iam.bind(REPO, 'roles/artifactregistry.reader', [`serviceAccount:${DEFAULT_SA}`], {
      expression: 'request.time < timestamp("2030-01-01T00:00:00Z")',
    });
    const result = await live({});
    expect(checkOf(result, 'node-service-account')).toMatchObject({
      status: 'unknown',
      evidence: { accessState: 'UNKNOWN_CONDITIONAL' },
    });
    expect(result.verdict).toBe('unknown');
  });

  it('is unknown with the permissions needed when Google cannot read every policy', async () => {
    iam.ensure(REPO);
    iam.unreadable.add(FakeIamPolicies.project('my-project'));
    const check = checkOf(await live({}), 'node-service-account');
    expect(check).toMatchObject({
      status: 'unknown',
      evidence: { accessState: 'UNKNOWN_INFO', neededRole: 'roles/iam.securityReviewer' },
    });
    expect(check.evidence.neededPermissions).toContain('resourcemanager.projects.getIamPolicy');
  });

  it('treats allUsers with the reader role as public and skips the IAM checks', async () => {
    iam.bind(REPO, 'roles/artifactregistry.reader', ['allUsers']);
    const result = await live({
      cluster: { nodeOauthScopes: ['https://www.googleapis.com/auth/logging.write'] },
      repository: { public: false },
    });
    expect(checkOf(result, 'public-repository')).toMatchObject({
      status: 'pass',
      evidence: {
        source: 'live',
        public: true,
        binding: { member: 'allUsers', role: 'roles/artifactregistry.reader' },
      },
    });
    expect(checkOf(result, 'access-scopes').status).toBe('not-applicable');
    expect(checkOf(result, 'node-service-account').status).toBe('not-applicable');
    expect(result.verdict).toBe('ready');
  });

  it('cannot decide a custom role bound to allUsers', async () => {
    iam.bind(REPO, 'projects/my-project/roles/pullers', ['allUsers']);
    const check = checkOf(await live({}), 'public-repository');
    expect(check).toMatchObject({
      status: 'unknown',
      evidence: { public: null, binding: { role: 'projects/my-project/roles/pullers' } },
    });
  });

  it('fails when the repository does not exist', async () => {
    const check = checkOf(await live({}), 'public-repository');
    expect(check).toMatchObject({ status: 'fail', evidence: { source: 'live', exists: false } });
    expect(check.remediation?.commands).toEqual([
      'gcloud artifacts repositories create my-repo --repository-format=docker --location=us-central1 --project=my-project',
    ]);
  });

  it('is unknown, naming the permission, when the troubleshooter answers 403', async () => {
    iam.ensure(REPO);
    troubleshooter.failWith({
      kind: 'status',
      status: 403,
      body: TROUBLESHOOTER_PERMISSION_DENIED_BODY,
    });
    const result = await live({});
    const check = checkOf(result, 'node-service-account');
    expect(check).toMatchObject({
      status: 'unknown',
      evidence: {
        source: 'live',
        error: 'permission-denied',
        httpStatus: 403,
        api: 'policytroubleshooter.googleapis.com',
        neededRole: 'roles/iam.securityReviewer',
      },
    });
    expect(check.evidence.neededPermissions).toEqual(
      expect.arrayContaining(['artifactregistry.repositories.getIamPolicy', 'iam.roles.get']),
    );
    expect(check.message).toContain('roles/iam.securityReviewer');
    expect(result.verdict).toBe('unknown');
  });

  it('is unknown, naming getIamPolicy, when the repository policy answers 403', async () => {
    registry.failWith({ kind: 'status', status: 403, body: AR_PERMISSION_DENIED_BODY });
    const check = checkOf(await live({}), 'public-repository');
    expect(check).toMatchObject({
      status: 'unknown',
      evidence: {
        source: 'live',
        error: 'permission-denied',
        neededPermissions: ['artifactregistry.repositories.getIamPolicy'],
      },
    });
  });

  it('tells an API that is switched off apart from a missing permission', async () => {
    iam.ensure(REPO);
    troubleshooter.failWith({
      kind: 'status',
      status: 403,
      body: TROUBLESHOOTER_API_DISABLED_BODY,
    });
    const check = checkOf(await live({}), 'node-service-account');
    expect(check).toMatchObject({ status: 'unknown', evidence: { error: 'api-disabled' } });
    expect(check.remediation?.commands).toEqual([
      'gcloud services enable policytroubleshooter.googleapis.com --project=123',
      `gcloud artifacts repositories add-iam-policy-binding my-repo --location=us-central1 --project=my-project --member=serviceAccount:${DEFAULT_SA} --role=roles/artifactregistry.reader`,
    ]);
  });

  it('gives up after the timeout when Google hangs, without throwing', async () => {
    iam.ensure(REPO);
    troubleshooter.failWith({ kind: 'hang' });
    registry.failWith({ kind: 'hang' });
    const started = Date.now();
    const result = await live({}, { timeoutMs: 150 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(checkOf(result, 'node-service-account')).toMatchObject({
      status: 'unknown',
      evidence: { error: 'timeout' },
    });
    expect(checkOf(result, 'public-repository')).toMatchObject({
      status: 'unknown',
      evidence: { error: 'timeout' },
    });
    expect(checkOf(result, 'node-service-account').message).toContain('150 ms');
  });

  it('bounds a requester that ignores the timeout and the abort signal', async () => {
    const stuck: GoogleApiRequester = { request: () => new Promise(() => undefined) };
    const started = Date.now();
    const result = await live({}, { requester: stuck, timeoutMs: 100 });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(checkOf(result, 'node-service-account').evidence.error).toBe('timeout');
  });

  it('is unknown when Google cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const url = `http://127.0.0.1:${port}`;
    const result = await live({}, { policyTroubleshooterUrl: url, artifactRegistryUrl: url });
    expect(checkOf(result, 'node-service-account')).toMatchObject({
      status: 'unknown',
      evidence: { error: 'unreachable' },
    });
  });

  it('treats a non-2xx response the requester resolves with like a rejection', async () => {
    const lenient: GoogleApiRequester = {
      request: async <T>() => ({ status: 403, data: TROUBLESHOOTER_PERMISSION_DENIED_BODY as T }),
    };
    const result = await live({}, { requester: lenient });
    expect(checkOf(result, 'node-service-account').evidence.error).toBe('permission-denied');
  });

  it('is unknown when live mode is asked of a service without Google credentials', async () => {
    const result = await evaluate({ live: true });
    expect(checkOf(result, 'node-service-account')).toMatchObject({
      status: 'unknown',
      evidence: { source: 'live', error: 'not-configured' },
    });
    expect(checkOf(result, 'public-repository').evidence.error).toBe('not-configured');
  });

  it("is unknown and says so when the service's credential source has no credentials", async () => {
    const noCredentials: GoogleApiRequester = {
      request: () =>
        Promise.reject(new AppError('NO_CREDENTIALS', { id: 'serviceIdentity.noCredentials' })),
    };
    const result = await live({}, { requester: noCredentials });
    expect(checkOf(result, 'node-service-account')).toMatchObject({
      status: 'unknown',
      evidence: { source: 'live', error: 'not-configured' },
    });
  });

  it('does not ask the troubleshooter for the default account without a project number', async () => {
    iam.ensure(REPO);
    const before = troubleshooter.calls().length;
    const result = await live({ without: ['projectNumber'] });
    expect(troubleshooter.calls().length).toBe(before);
    expect(checkOf(result, 'node-service-account')).toMatchObject({
      status: 'unknown',
      missing: [['cluster', 'projectNumber']],
    });
  });

  it('asks nothing for an image outside Artifact Registry', async () => {
    const before = troubleshooter.calls().length + registry.calls().length;
    const result = await live({ image: 'nginx:1.27' });
    expect(troubleshooter.calls().length + registry.calls().length).toBe(before);
    expect(result.verdict).toBe('ready');
  });

  it('answers in Spanish with the same live evidence', async () => {
    iam.ensure(REPO);
    iam.bind(FakeIamPolicies.project('my-project'), 'roles/editor', [
      `serviceAccount:${DEFAULT_SA}`,
    ]);
    const english = checkOf(await live({ language: 'en' }), 'node-service-account');
    const spanish = checkOf(await live({ language: 'es' }), 'node-service-account');
    expect(spanish.evidence).toEqual(english.evidence);
    expect(spanish.status).toBe(english.status);
    expect(spanish.message).toContain('Google indica que');
  });
});
