import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AR_PERMISSION_DENIED_BODY,
  startFakeArtifactRegistryIam,
  type FakeArtifactRegistryIam,
} from '../../fakes/artifact-registry-iam';
import { startFakeMetadataServer, type FakeMetadataServer } from '../../fakes/gce-metadata-server';
import { FakeIamPolicies } from '../../fakes/iam-policies';
import {
  startFakePolicyTroubleshooter,
  type FakePolicyTroubleshooter,
} from '../../fakes/policy-troubleshooter';
import { createTestApp, httpTargets, type HttpTarget } from '../../support/app';
import { call, type ApiResponse } from '../../support/call';
import { useMetadataHost } from '../../support/google-env';
import { recordIssuedSecret } from '../../support/log-capture';

/*
 * `gcr-transition` through HTTP: offline it cannot know (unknown, never decisive, with the setup
 * commands); live it asks a fake Artifact Registry for the gcr.io repository
 * (repositories.get) and the redirection state (getProjectSettings), with the service's own
 * credentials found through a fake metadata server.
 */
const PROJECT_NUMBER = '123456789012';
const DEFAULT_SA = `${PROJECT_NUMBER}-compute@developer.gserviceaccount.com`;
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const GCR_IMAGE = `gcr.io/my-project/web@${DIGEST}`;
const EU_IMAGE = `eu.gcr.io/my-project/team/web@${DIGEST}`;
const AR_IMAGE = `us-central1-docker.pkg.dev/my-project/my-repo/web@${DIGEST}`;
const GCR_REPO = FakeIamPolicies.repository('my-project', 'us', 'gcr.io');
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
const SETUP_COMMANDS = [
  'gcloud artifacts repositories create gcr.io --repository-format=docker --location=us --project=my-project',
  'gcloud beta artifacts docker upgrade print-iam-policy gcr.io --project=my-project',
  'gcloud artifacts settings enable-upgrade-redirection --project=my-project',
];

interface CheckJson {
  id: string;
  status: string;
  message: string;
  evidence: Record<string, unknown>;
  missing: string[];
  remediation: { summary: string; commands: string[]; docs: string[] } | null;
}
const gcrCheckOf = (response: ApiResponse) =>
  (response.body.checks as CheckJson[]).find((check) => check.id === 'gcr-transition') as CheckJson;

let metadata: FakeMetadataServer;
let iam: FakeIamPolicies;
let troubleshooter: FakePolicyTroubleshooter;
let registry: FakeArtifactRegistryIam;
let targets: HttpTarget[];

beforeAll(async () => {
  metadata = await startFakeMetadataServer({
    email: 'gke-pull-assistant@test-project.iam.gserviceaccount.com',
  });
  useMetadataHost(metadata.host);
  iam = new FakeIamPolicies();
  troubleshooter = await startFakePolicyTroubleshooter(iam);
  registry = await startFakeArtifactRegistryIam(iam);
  // A generous bound: the first live call loads google-auth-library and fetches a token, which
  // takes seconds of wall time on a busy machine; the fakes answer at once.
  targets = httpTargets(
    createTestApp({
      env: {
        POLICY_TROUBLESHOOTER_ENDPOINT: troubleshooter.url,
        ARTIFACT_REGISTRY_ENDPOINT: registry.url,
        UPSTREAM_TIMEOUT_MS: '15000',
      },
    }).app,
  );
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

describe.each([0, 1])('gcr-transition through entry %i', (index) => {
  const target = () => targets[index] as HttpTarget;
  const evaluate = (image: string, options: { live?: boolean; language?: string } = {}) =>
    call(target(), 'post', '/v1/preconditions/evaluate', {
      json: { image, cluster: CLUSTER, repository: { public: false }, live: options.live ?? false },
      headers: { 'accept-language': options.language ?? 'en' },
    });

  describe('offline', () => {
    it('is unknown for a gcr.io image, with the setup commands, and keeps the verdict ready', async () => {
      const response = await evaluate(GCR_IMAGE);
      expect(response.status).toBe(200);
      const check = gcrCheckOf(response);
      expect(check.status).toBe('unknown');
      expect(check.missing).toEqual([]);
      expect(check.evidence).toMatchObject({
        source: 'request',
        repository: 'projects/my-project/locations/us/repositories/gcr.io',
        repositoryExists: null,
        redirection: null,
        verifiableWith: 'live',
      });
      expect(check.remediation?.commands).toEqual(SETUP_COMMANDS);
      expect(check.remediation?.summary).toContain('roles/artifactregistry.reader');
      expect(check.remediation?.summary).toContain('Cloud Storage');
      expect(response.body.checks.map((c: CheckJson) => c.id).at(-1)).toBe('gcr-transition');
      // Not decisive: the other checks decide.
      expect(response.body.verdict).toBe('ready');
    });

    it('names the eu.gcr.io repository and its multi-region', async () => {
      const check = gcrCheckOf(await evaluate(EU_IMAGE));
      expect(check.remediation?.commands).toEqual([
        'gcloud artifacts repositories create eu.gcr.io --repository-format=docker --location=europe --project=my-project',
        'gcloud beta artifacts docker upgrade print-iam-policy eu.gcr.io --project=my-project',
        'gcloud artifacts settings enable-upgrade-redirection --project=my-project',
      ]);
    });

    it.each([
      { name: 'an Artifact Registry image', image: AR_IMAGE },
      { name: 'a Docker Hub image', image: 'nginx:1.27' },
      { name: 'the Docker Hub mirror', image: 'mirror.gcr.io/library/nginx:1.27' },
    ])('does not apply to $name', async ({ image }) => {
      const check = gcrCheckOf(await evaluate(image));
      expect(check.status).toBe('not-applicable');
      expect(check.remediation).toBeNull();
    });

    it('says it in Spanish with the same commands', async () => {
      const check = gcrCheckOf(await evaluate(GCR_IMAGE, { language: 'es' }));
      expect(check.message).toContain('Desde el cierre de Container Registry');
      expect(check.remediation?.commands).toEqual(SETUP_COMMANDS);
    });
  });

  describe('live', () => {
    const liveCalls = () =>
      registry
        .calls()
        .filter((c) => !c.path.includes(':getIamPolicy'))
        .map((c) => `${c.method} ${c.path}`);

    it('fails when Google says the gcr.io repository does not exist', async () => {
      iam.bind(PROJECT, 'roles/editor', [`serviceAccount:${DEFAULT_SA}`]);
      const before = registry.calls().length;
      const response = await evaluate(GCR_IMAGE, { live: true });
      expect(response.status).toBe(200);
      const check = gcrCheckOf(response);
      expect(check.status).toBe('fail');
      expect(check.evidence).toMatchObject({ source: 'live', repositoryExists: false });
      expect(check.message).toContain('pulls from gcr.io/my-project fail');
      expect(check.remediation?.commands).toEqual(SETUP_COMMANDS);
      expect(response.body.verdict).toBe('action-required');
      const calls = registry.calls().slice(before);
      expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(
        expect.arrayContaining([
          'GET /v1/projects/my-project/locations/us/repositories/gcr.io',
          'GET /v1/projects/my-project/projectSettings',
        ]),
      );
      for (const { authorization } of calls) {
        const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
        expect(token && metadata.lookupToken(token)).toBeTruthy();
      }
    });

    it('passes when the repository exists and redirection is on', async () => {
      iam.ensure(GCR_REPO);
      iam.bind(PROJECT, 'roles/editor', [`serviceAccount:${DEFAULT_SA}`]);
      registry.setRedirection('my-project', 'REDIRECTION_FROM_GCR_IO_ENABLED');
      const response = await evaluate(GCR_IMAGE, { live: true });
      const check = gcrCheckOf(response);
      expect(check).toMatchObject({
        status: 'pass',
        evidence: {
          source: 'live',
          repositoryExists: true,
          redirection: 'REDIRECTION_FROM_GCR_IO_ENABLED',
        },
        remediation: null,
      });
      expect(response.body.verdict).toBe('ready');
    });

    it('warns, with the redirection command, when the repository exists but redirection is off', async () => {
      iam.ensure(GCR_REPO);
      iam.bind(PROJECT, 'roles/editor', [`serviceAccount:${DEFAULT_SA}`]);
      const response = await evaluate(GCR_IMAGE, { live: true });
      const check = gcrCheckOf(response);
      expect(check.status).toBe('warn');
      expect(check.evidence).toMatchObject({ redirection: 'REDIRECTION_FROM_GCR_IO_DISABLED' });
      expect(check.remediation?.commands).toEqual(SETUP_COMMANDS.slice(1));
      // A warning never blocks the verdict.
      expect(response.body.verdict).toBe('ready');
    });

    it('warns about partial redirection with the share of pulls', async () => {
      iam.ensure(GCR_REPO);
      registry.setRedirection('my-project', 'REDIRECTION_FROM_GCR_IO_PARTIAL_AND_COPYING', 30);
      const check = gcrCheckOf(await evaluate(GCR_IMAGE, { live: true }));
      expect(check.status).toBe('warn');
      expect(check.message).toContain('30%');
      expect(check.evidence).toMatchObject({ pullPercent: 30 });
    });

    it('is unknown, naming the permission and the role, when the settings may not be read', async () => {
      iam.ensure(GCR_REPO);
      registry.failPathWith('/projectSettings', {
        kind: 'status',
        status: 403,
        body: AR_PERMISSION_DENIED_BODY,
      });
      const check = gcrCheckOf(await evaluate(GCR_IMAGE, { live: true }));
      expect(check).toMatchObject({
        status: 'unknown',
        evidence: {
          source: 'live',
          error: 'permission-denied',
          repositoryExists: true,
          neededPermissions: ['artifactregistry.projectsettings.get'],
          neededRole: 'roles/artifactregistry.reader',
        },
      });
    });

    it('asks nothing about the transition for an Artifact Registry image', async () => {
      iam.ensure(FakeIamPolicies.repository('my-project', 'us-central1', 'my-repo'));
      const before = liveCalls().length;
      const check = gcrCheckOf(await evaluate(AR_IMAGE, { live: true }));
      expect(check.status).toBe('not-applicable');
      expect(liveCalls().length).toBe(before);
    });
  });
});
