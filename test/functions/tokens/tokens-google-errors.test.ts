// IAM Credentials refusing POST /v1/tokens the ways Google really does, told apart by the
// google.rpc.ErrorInfo reason of its 403s and by its 404: each becomes its own problem, naming
// the accounts and the exact fix, in English and in Spanish.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_CREATOR_ROLE } from '../../../shared/credentials';
import { startFakeMetadataServer, type FakeMetadataServer } from '../../fakes/gce-metadata-server';
import { startFakeIamCredentials, type FakeIamCredentials } from '../../fakes/iam-credentials';
import { startFakeOidcIssuer, type FakeOidcIssuer } from '../../fakes/oidc-issuer';
import { createTestApp, httpTargets, type HttpTarget } from '../../support/app';
import { call, type ApiResponse } from '../../support/call';
import { useMetadataHost } from '../../support/google-env';

const AUDIENCE = 'https://gke-pull-assistant.google-errors.test';
const SUBJECT = 'system:serviceaccount:pull-secrets:refresher';
const PROJECT_NUMBER = '987654321098';
const PULLERS = {
  allowed: 'ar-puller@registry-project.iam.gserviceaccount.com',
  notDelegated: 'not-delegated@registry-project.iam.gserviceaccount.com',
  deleted: 'deleted-puller@registry-project.iam.gserviceaccount.com',
  deletedStranger: 'gone-stranger@registry-project.iam.gserviceaccount.com',
} as const;
type Puller = keyof typeof PULLERS;
const repositoryOf = (puller: Puller) =>
  `us-docker.pkg.dev/registry-project/${puller.toLowerCase()}`;

let metadata: FakeMetadataServer;
/** A VM whose access scopes stop at storage: its tokens lack cloud-platform. */
let narrowVm: FakeMetadataServer;
let cluster: FakeOidcIssuer;
let iam: FakeIamCredentials;
const servers: HttpTarget[] = [];

beforeAll(async () => {
  process.env.CLOUDSDK_CONFIG = mkdtempSync(join(tmpdir(), 'gcloud-'));
  metadata = await startFakeMetadataServer({ numericProjectId: PROJECT_NUMBER });
  narrowVm = await startFakeMetadataServer({
    numericProjectId: PROJECT_NUMBER,
    scopes: ['https://www.googleapis.com/auth/devstorage.read_only'],
  });
  cluster = await startFakeOidcIssuer();
  iam = await startFakeIamCredentials({
    sourceTokens: { lookupToken: (t) => metadata.lookupToken(t) ?? narrowVm.lookupToken(t) },
    allow: { [metadata.email]: [PULLERS.allowed, PULLERS.deleted] },
  });
});

afterAll(async () => {
  servers.forEach((target) => target.server.close());
  await Promise.all([metadata.close(), narrowVm.close(), cluster.close(), iam.close()]);
  useMetadataHost(undefined);
});

/** A fresh app (so a fresh Application Default Credentials discovery) on the given VM. */
function startApp(vm: FakeMetadataServer): HttpTarget[] {
  useMetadataHost(vm.host);
  const targets = httpTargets(
    createTestApp({
      env: {
        AUTH_AUDIENCE: AUDIENCE,
        AUTH_TRUSTED_ISSUERS: JSON.stringify([
          { issuer: cluster.issuer, jwksUri: cluster.jwksUri },
        ]),
        ACCESS_POLICY: JSON.stringify({
          rules: (Object.keys(PULLERS) as Puller[]).map((puller) => ({
            name: puller,
            callers: [{ issuer: cluster.issuer, subject: SUBJECT }],
            repositories: [repositoryOf(puller)],
            pullerServiceAccount: PULLERS[puller],
          })),
        }),
        IAM_CREDENTIALS_ENDPOINT: iam.url,
        UPSTREAM_TIMEOUT_MS: '10000',
      },
    }).app,
  );
  servers.push(...targets);
  return targets;
}

function mint(target: HttpTarget, puller: Puller, language = 'en'): Promise<ApiResponse> {
  const now = Math.floor(Date.now() / 1000);
  const token = cluster.mint({ sub: SUBJECT, aud: AUDIENCE, iat: now, exp: now + 600 });
  return call(target, 'post', '/v1/tokens', {
    json: { repository: `${repositoryOf(puller)}/app`, lifetimeSeconds: 600 },
    headers: { authorization: `Bearer ${token}`, 'accept-language': language },
  });
}

function expectProblem(response: ApiResponse, status: number, code: string): void {
  expect(response.status, response.text).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, code });
}

describe("POST /v1/tokens tells IAM Credentials' refusals apart", () => {
  let targets: HttpTarget[];
  beforeAll(() => {
    targets = startApp(metadata);
  });

  it('mints normally when IAM allows it (the world works)', async () => {
    const response = await mint(targets[0] as HttpTarget, 'allowed');
    expect(response.status, response.text).toBe(200);
  });

  it('answers 403 IMPERSONATION_DENIED (IAM_PERMISSION_DENIED) with the grant, and says the account may not exist', async () => {
    const response = await mint(targets[1] as HttpTarget, 'notDelegated');
    expectProblem(response, 403, 'IMPERSONATION_DENIED');
    expect(response.body.detail).toBe(
      `IAM refused to let ${metadata.email} impersonate ${PULLERS.notDelegated}. Grant ${metadata.email} the role ${TOKEN_CREATOR_ROLE} on ${PULLERS.notDelegated} (gcloud iam service-accounts add-iam-policy-binding ${PULLERS.notDelegated} --member=serviceAccount:${metadata.email} --role=${TOKEN_CREATOR_ROLE}) and check that ${PULLERS.notDelegated} exists.`,
    );
  });

  it('answers 503 PULLER_NOT_FOUND when IAM says the puller account does not exist (404), not "retry"', async () => {
    iam.removeServiceAccount(PULLERS.deleted);
    try {
      const response = await mint(targets[0] as HttpTarget, 'deleted');
      expectProblem(response, 503, 'PULLER_NOT_FOUND');
      expect(response.body.serviceAccount).toBe(PULLERS.deleted);
      expect(response.body.detail).toContain(`${PULLERS.deleted} does not exist`);
      expect(response.body.detail).toContain(
        'gcloud iam service-accounts create deleted-puller --project=registry-project',
      );
      expect(response.body.detail).not.toMatch(/retry/i);
    } finally {
      iam.respondNormally();
    }
  });

  it('answers 403 IMPERSONATION_DENIED for a deleted account the service may not see (Google will not say)', async () => {
    iam.removeServiceAccount(PULLERS.deletedStranger);
    try {
      const response = await mint(targets[1] as HttpTarget, 'deletedStranger');
      expectProblem(response, 403, 'IMPERSONATION_DENIED');
      expect(response.body.detail).toContain(`check that ${PULLERS.deletedStranger} exists`);
    } finally {
      iam.respondNormally();
    }
  });

  it.each([
    {
      language: 'en',
      detail: `The API iamcredentials.googleapis.com is not enabled in project ${PROJECT_NUMBER}, the project of this service's own account, so no token can be minted for ${PULLERS.allowed}. Enable it (gcloud services enable iamcredentials.googleapis.com --project=${PROJECT_NUMBER}), wait a few minutes, then retry.`,
    },
    {
      language: 'es',
      detail: `La API iamcredentials.googleapis.com no está habilitada en el proyecto ${PROJECT_NUMBER}, el de la cuenta del propio servicio, así que no se puede crear ningún token para ${PULLERS.allowed}. Habilítala (gcloud services enable iamcredentials.googleapis.com --project=${PROJECT_NUMBER}), espera unos minutos y vuelve a intentarlo.`,
    },
  ])(
    'answers 503 GOOGLE_API_DISABLED (SERVICE_DISABLED) naming the service and project, in $language',
    async ({ language, detail }) => {
      iam.disableApi(PROJECT_NUMBER);
      try {
        // A fresh lifetime, so that no cached token answers instead of IAM.
        const response = await mint(targets[0] as HttpTarget, 'notDelegated', language);
        expectProblem(response, 503, 'GOOGLE_API_DISABLED');
        expect(response.headers['content-language']).toBe(language);
        expect(response.body).toMatchObject({
          detail: detail.replaceAll(PULLERS.allowed, PULLERS.notDelegated),
          service: 'iamcredentials.googleapis.com',
          project: PROJECT_NUMBER,
        });
      } finally {
        iam.respondNormally();
      }
    },
  );
});

describe('POST /v1/tokens on a VM whose access scopes lack cloud-platform', () => {
  it('answers 503 CREDENTIAL_SCOPE_INSUFFICIENT (ACCESS_TOKEN_SCOPE_INSUFFICIENT) naming the scope', async () => {
    const targets = startApp(narrowVm);
    try {
      const response = await mint(targets[0] as HttpTarget, 'allowed');
      expectProblem(response, 503, 'CREDENTIAL_SCOPE_INSUFFICIENT');
      expect(response.body.scope).toBe('https://www.googleapis.com/auth/cloud-platform');
      expect(response.body.detail).toContain(narrowVm.email);
      expect(response.body.detail).toContain(
        'lacks the OAuth scope https://www.googleapis.com/auth/cloud-platform',
      );
    } finally {
      useMetadataHost(metadata.host);
    }
  });
});
