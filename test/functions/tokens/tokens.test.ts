// POST /v1/tokens over both entries, against Google faked at the wire on 127.0.0.1: a GCE
// metadata server (the service's ADC, found by google-auth-library through GCE_METADATA_HOST), an
// IAM Credentials generateAccessToken endpoint, OIDC issuers with test keys (Google's PEM map and
// a Kubernetes-style JWKS), and the real OCI test registry, whose token issuer accepts a minted
// access token the way Artifact Registry does: only for repositories its identity can read.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AUTH_REALM, INVALID_TOKEN_REASONS } from '../../../shared/caller-auth';
import { TOKEN_CREATOR_ROLE } from '../../../shared/credentials';
import { startFakeMetadataServer } from '../../fakes/gce-metadata-server';
import { startFakeIamCredentials } from '../../fakes/iam-credentials';
import { startFakeOidcIssuer } from '../../fakes/oidc-issuer';
import {
  MEDIA_TYPES,
  skopeoInspectRaw,
  startTestRegistry,
  impersonatedReaderPolicy,
} from '../../fakes/registry';
import { createTestApp, httpTargets, type HttpTarget, type TestApp } from '../../support/app';
import { call, type ApiResponse } from '../../support/call';
import { isolateGcloudConfig, useMetadataHost } from '../../support/google-env';
import { recordIssuedSecret } from '../../support/log-capture';

const AUDIENCE = 'https://gke-pull-assistant.test.run.app';
const CI_EMAIL = 'ci-deployer@ci-project.iam.gserviceaccount.com';
const OWN_CALLER_EMAIL = 'mirror-reader@ci-project.iam.gserviceaccount.com';
const K8S_SUBJECT = 'system:serviceaccount:pull-secrets:refresher';
const PULLER = 'ar-puller@registry-project.iam.gserviceaccount.com';
const SHORT_PULLER = 'short-puller@registry-project.iam.gserviceaccount.com';
const REFUSED_PULLER = 'not-delegated@registry-project.iam.gserviceaccount.com';
const E2E_PULLER = 'single-reader@registry-project.iam.gserviceaccount.com';
const AR_REPOSITORY = 'us-docker.pkg.dev/registry-project/team-images';
const OWN_REPOSITORY = 'europe-docker.pkg.dev/other-project/public-mirror';
const SHORT_REPOSITORY = 'us-docker.pkg.dev/registry-project/short-lived';
const REFUSED_REPOSITORY = 'us-docker.pkg.dev/registry-project/not-delegated';
const READ_ONLY = 'https://www.googleapis.com/auth/devstorage.read_only';

// ---- the world, started once (top-level await: the entries are listed at collection time) ----

const restoreGcloudConfig = isolateGcloudConfig(); // no ambient user ADC
const metadata = await startFakeMetadataServer();
useMetadataHost(metadata.host);
const iam = await startFakeIamCredentials({
  sourceTokens: metadata,
  allow: { [metadata.email]: [PULLER, SHORT_PULLER, E2E_PULLER] },
});
const google = await startFakeOidcIssuer({ issuer: 'https://accounts.google.com' });
const kubernetes = await startFakeOidcIssuer();
const rotating = await startFakeOidcIssuer();
const stranger = await startFakeOidcIssuer();

/** Which repositories each impersonated identity can read, as Artifact Registry IAM would say. */
const READERS: Record<string, string[]> = { [E2E_PULLER]: ['team/single'] };

const registry = await startTestRegistry({
  authorize: impersonatedReaderPolicy((token) => iam.lookupToken(token)?.serviceAccount, READERS),
});
const registryHosts = registry.loopbackHosts.join(',');

const POLICY = {
  rules: [
    {
      name: 'ci pulls team images',
      callers: [{ issuer: 'https://accounts.google.com', email: CI_EMAIL }],
      repositories: [AR_REPOSITORY],
      access: ['pull'],
      pullerServiceAccount: PULLER,
      maxLifetimeSeconds: 3600,
    },
    {
      name: 'ci short-lived',
      callers: [{ issuer: 'https://accounts.google.com', email: CI_EMAIL }],
      repositories: [SHORT_REPOSITORY],
      pullerServiceAccount: SHORT_PULLER,
      maxLifetimeSeconds: 600,
    },
    {
      name: 'ci not delegated',
      callers: [{ issuer: 'https://accounts.google.com', email: CI_EMAIL }],
      repositories: [REFUSED_REPOSITORY],
      pullerServiceAccount: REFUSED_PULLER,
    },
    {
      name: 'mirror with own identity',
      callers: [{ issuer: 'https://accounts.google.com', email: OWN_CALLER_EMAIL }],
      repositories: [OWN_REPOSITORY],
    },
    {
      name: 'cluster refresher',
      callers: [{ issuer: kubernetes.issuer, subject: K8S_SUBJECT }],
      repositories: [`${registry.host}/team/*`],
      pullerServiceAccount: E2E_PULLER,
    },
    {
      name: 'rotating issuer',
      callers: [{ issuer: rotating.issuer, subject: K8S_SUBJECT }],
      repositories: [AR_REPOSITORY],
      pullerServiceAccount: PULLER,
    },
  ],
};

const BASE_ENV: Record<string, string> = {
  AUTH_AUDIENCE: AUDIENCE,
  AUTH_TRUSTED_ISSUERS: JSON.stringify([
    { issuer: kubernetes.issuer, jwksUri: kubernetes.jwksUri },
    { issuer: rotating.issuer, jwksUri: rotating.jwksUri },
  ]),
  GOOGLE_OAUTH_CERTS_URL: google.googleCertsUrl,
  ACCESS_POLICY: JSON.stringify(POLICY),
  IAM_CREDENTIALS_ENDPOINT: iam.url,
  REGISTRY_ALLOWLIST: registryHosts,
  REGISTRY_INSECURE_HOSTS: registryHosts,
  REGISTRY_GOOGLE_CREDENTIAL_HOSTS: registryHosts,
  // Generous: a first mint discovers ADC and loads google-auth-library, slow on a busy machine.
  // The timeout itself is tested with its own, short bound.
  UPSTREAM_TIMEOUT_MS: '10000',
};

const apps: TestApp[] = [];
const servers: HttpTarget[] = [];
const registryTokens: string[] = [];

function startApp(env: Record<string, string | undefined> = {}): {
  testApp: TestApp;
  targets: HttpTarget[];
} {
  const merged = Object.fromEntries(
    Object.entries({ ...BASE_ENV, ...env }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  const testApp = createTestApp({ env: merged });
  const targets = httpTargets(testApp.app);
  apps.push(testApp);
  servers.push(...targets);
  return { testApp, targets };
}

const main = startApp();

afterAll(async () => {
  servers.forEach((target) => target.server.close());
  await Promise.all([
    registry.stop(),
    metadata.close(),
    iam.close(),
    google.close(),
    kubernetes.close(),
    rotating.close(),
    stranger.close(),
  ]);
  useMetadataHost(undefined);
  restoreGcloudConfig();
});

// ---- callers ----

const nowSeconds = () => Math.floor(Date.now() / 1000);

function googleToken(email = CI_EMAIL, extra: Record<string, unknown> = {}): string {
  return google.mint({
    aud: AUDIENCE,
    azp: email,
    sub: `sub-${email.split('@')[0]}`,
    email,
    email_verified: true,
    ...extra,
  });
}

function kubernetesClaims(extra: Record<string, unknown> = {}) {
  return {
    aud: [AUDIENCE],
    sub: K8S_SUBJECT,
    nbf: nowSeconds(),
    'kubernetes.io': {
      namespace: 'pull-secrets',
      serviceaccount: { name: 'refresher', uid: 'u1' },
    },
    ...extra,
  };
}

function mint(
  target: HttpTarget,
  body: Record<string, unknown>,
  token: string | null = googleToken(),
  headers: Record<string, string> = {},
): Promise<ApiResponse> {
  return call(target, 'post', '/v1/tokens', {
    json: body,
    headers: token === null ? headers : { authorization: `Bearer ${token}`, ...headers },
  });
}

function expectProblem(response: ApiResponse, status: number, code: string): void {
  expect(response.status, response.text).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.body.code).toBe(code);
}

const basic = (token: string) => Buffer.from(`oauth2accesstoken:${token}`).toString('base64');

describe.each(main.targets)('POST /v1/tokens through the $name entry', (target) => {
  it('impersonates the puller account with the asked lifetime and the read-only scope', async () => {
    const before = iam.calls().length;
    const started = Date.now();
    const response = await mint(target, {
      repository: `${AR_REPOSITORY}/team/app:1.4.2`,
      lifetimeSeconds: [900, 600][main.targets.indexOf(target)] as number, // shorter on the second entry: the cached 900 s token outlives it, so IAM is asked again
      secretName: 'team-pull',
      namespace: 'apps',
    });
    expect(response.status, response.text).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.body;
    const lifetime = [900, 600][main.targets.indexOf(target)] as number;
    expect(iam.calls().slice(before)).toEqual([
      {
        receivedAt: expect.any(Number),
        serviceAccount: PULLER,
        caller: metadata.email,
        scope: [READ_ONLY],
        lifetime: `${lifetime}s`,
        delegates: [],
      },
    ]);
    expect(iam.lookupToken(body.accessToken)?.serviceAccount).toBe(PULLER);
    const expiresAt = Date.parse(body.expiresAt);
    expect(body.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    expect(Math.abs(expiresAt - (started + lifetime * 1000))).toBeLessThan(5000);
    expect(body).toMatchObject({
      username: 'oauth2accesstoken',
      registry: 'us-docker.pkg.dev',
      repository: AR_REPOSITORY,
      identity: PULLER,
      impersonated: true,
      lifetimeSeconds: lifetime,
      oauthScopes: [READ_ONLY],
      scope: { repositories: [AR_REPOSITORY], access: 'pull' },
      crictlCreds: `oauth2accesstoken:${body.accessToken}`,
      dockerLogin: 'docker login -u oauth2accesstoken --password-stdin https://us-docker.pkg.dev',
      dockerConfigJson: {
        auths: {
          'us-docker.pkg.dev': {
            username: 'oauth2accesstoken',
            password: body.accessToken,
            auth: basic(body.accessToken),
          },
        },
      },
      kubernetesSecret: {
        apiVersion: 'v1',
        kind: 'Secret',
        type: 'kubernetes.io/dockerconfigjson',
        metadata: {
          name: 'team-pull',
          namespace: 'apps',
          annotations: {
            'gke-pull-assistant/expires-at': body.expiresAt,
            'gke-pull-assistant/identity': PULLER,
            'gke-pull-assistant/repository': AR_REPOSITORY,
          },
        },
      },
    });
    expect(body.dockerLogin).not.toContain(body.accessToken);
    expect(
      JSON.parse(
        Buffer.from(body.kubernetesSecret.data['.dockerconfigjson'], 'base64').toString('utf8'),
      ),
    ).toEqual(body.dockerConfigJson);
    expect(body.reach.accessToken).toContain(
      `every Artifact Registry repository ${PULLER} can read`,
    );
    expect(body.reach.registryToken).toBeUndefined();
    expect(body.registryToken).toBeUndefined();
    expect(response.headers['content-language']).toBe('en');
  });

  it('answers the Secret manifest alone as YAML, a valid dockerconfigjson Secret for kubectl apply', async () => {
    const response = await mint(
      target,
      { repository: AR_REPOSITORY, namespace: 'default' },
      googleToken(),
      { accept: 'application/yaml' },
    );
    expect(response.status, response.text).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/yaml/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.text).toMatch(/^# imagePullSecret written by gke-pull-assistant/);
    const secret = parse(response.text);
    expect(secret).toMatchObject({
      apiVersion: 'v1',
      kind: 'Secret',
      type: 'kubernetes.io/dockerconfigjson',
      metadata: { name: 'ar-pull', namespace: 'default' },
    });
    expect(Object.keys(secret)).not.toContain('accessToken');
    const config = JSON.parse(
      Buffer.from(secret.data['.dockerconfigjson'], 'base64').toString('utf8'),
    );
    const entry = config.auths['us-docker.pkg.dev'];
    expect(iam.lookupToken(entry.password)?.serviceAccount).toBe(PULLER);
    expect(Buffer.from(entry.auth, 'base64').toString('utf8')).toBe(
      `oauth2accesstoken:${entry.password}`,
    );
  });

  it.each([
    { accept: '*/*', expected: 'application/json' },
    { accept: 'application/json, application/yaml', expected: 'application/json' },
    { accept: 'application/yaml, */*;q=0.8', expected: 'application/yaml' },
    { accept: 'text/html, application/*;q=0.5', expected: 'application/json' },
  ])('answers $expected for Accept: $accept', async ({ accept, expected }) => {
    const response = await mint(target, { repository: AR_REPOSITORY }, googleToken(), { accept });
    expect(response.status, response.text).toBe(200);
    expect(response.headers['content-type']?.split(';')[0]).toBe(expected);
    expect(response.headers.vary).toContain('Accept');
  });

  it('answers 406 NOT_ACCEPTABLE, minting nothing, when neither JSON nor YAML is acceptable', async () => {
    const before = iam.calls().length;
    const response = await mint(
      target,
      { repository: SHORT_REPOSITORY, lifetimeSeconds: 333 },
      googleToken(),
      {
        accept: 'text/html',
      },
    );
    expectProblem(response, 406, 'NOT_ACCEPTABLE');
    expect(response.body.detail).toContain('application/yaml');
    expect(iam.calls().length).toBe(before);
  });

  it('lowers the lifetime to the rule’s maximum', async () => {
    const before = iam.calls().length;
    const response = await mint(target, { repository: SHORT_REPOSITORY, lifetimeSeconds: 3600 });
    expect(response.status, response.text).toBe(200);
    expect(response.body.lifetimeSeconds).toBe(600);
    expect(Date.parse(response.body.expiresAt) - Date.now()).toBeLessThanOrEqual(600_000);
    if (iam.calls().length > before) expect(iam.calls().at(-1)?.lifetime).toBe('600s');
  });

  it('uses the service’s own identity when the rule names no puller, and says so', async () => {
    const before = iam.calls().length;
    const response = await mint(
      target,
      { repository: OWN_REPOSITORY },
      googleToken(OWN_CALLER_EMAIL),
    );
    expect(response.status, response.text).toBe(200);
    expect(response.body).toMatchObject({
      identity: metadata.email,
      impersonated: false,
      lifetimeSeconds: null,
      oauthScopes: ['https://www.googleapis.com/auth/cloud-platform'],
      repository: OWN_REPOSITORY,
    });
    expect(metadata.lookupToken(response.body.accessToken)?.email).toBe(metadata.email);
    expect(iam.calls().length).toBe(before);
    expect(response.body.reach.accessToken).toContain("The service's own");
  });

  it('writes the reach statements in Spanish when asked', async () => {
    const response = await mint(target, { repository: AR_REPOSITORY }, googleToken(), {
      'accept-language': 'es',
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-language']).toBe('es');
    expect(response.body.reach.accessToken).toContain(
      'todos los repositorios de Artifact Registry',
    );
  });

  it.each([
    { name: 'no Authorization header', token: () => null, reason: null },
    {
      name: 'an expired token',
      token: () => googleToken(CI_EMAIL, { iat: nowSeconds() - 7200, exp: nowSeconds() - 3600 }),
      reason: 'expired',
    },
    {
      name: 'a token for another audience',
      token: () => googleToken(CI_EMAIL, { aud: 'https://another-service.example' }),
      reason: 'wrongAudience',
    },
    {
      name: 'a token of an untrusted issuer',
      token: () => stranger.mint(kubernetesClaims()),
      reason: 'untrustedIssuer',
    },
    {
      name: 'an unsigned token (alg none)',
      token: () => kubernetes.mintUnsigned(kubernetesClaims()),
      reason: 'unsigned',
    },
    {
      name: 'a tampered token',
      token: () =>
        kubernetes.tamper(kubernetes.mint(kubernetesClaims()), {
          sub: 'system:serviceaccount:kube-system:admin',
        }),
      reason: 'badSignature',
    },
    {
      name: 'a tampered Google token',
      token: () =>
        google.tamper(googleToken(), { email: 'admin@ci-project.iam.gserviceaccount.com' }),
      reason: 'badSignature',
    },
  ])('answers 401 with a Bearer challenge for $name', async ({ token, reason }) => {
    const presented = token();
    const response = await mint(target, { repository: AR_REPOSITORY }, presented);
    expectProblem(response, 401, 'UNAUTHENTICATED');
    const challenge = response.headers['www-authenticate'];
    if (reason === null) {
      expect(challenge).toBe(`Bearer realm="${AUTH_REALM}"`);
    } else {
      expect(challenge).toContain(`Bearer realm="${AUTH_REALM}", error="invalid_token"`);
      expect(response.body.detail).toBe(
        INVALID_TOKEN_REASONS[reason as keyof typeof INVALID_TOKEN_REASONS],
      );
    }
    if (presented !== null) {
      expect(response.text).not.toContain(presented);
      expect(response.text).not.toContain(presented.split('.')[2] || presented);
    }
  });

  it('answers a refused token in Spanish, its WWW-Authenticate description in English for machines', async () => {
    const token = googleToken(CI_EMAIL, { iat: nowSeconds() - 7200, exp: nowSeconds() - 3600 });
    const response = await mint(target, { repository: AR_REPOSITORY }, token, {
      'accept-language': 'es-MX',
    });
    expectProblem(response, 401, 'UNAUTHENTICATED');
    expect(response.headers['content-language']).toBe('es');
    expect(response.body.title).toBe('Se requiere autenticación');
    expect(response.body.detail).toBe(
      'El token de portador ha caducado; solicita un token de ID nuevo.',
    );
    expect(response.headers['www-authenticate']).toContain(
      `error_description="${INVALID_TOKEN_REASONS.expired}"`,
    );
    expect(INVALID_TOKEN_REASONS.expired).toBe(
      'The bearer token has expired; request a new ID token.',
    );
  });

  it('refuses a bad Secret name in Spanish, quoting it', async () => {
    const response = await mint(
      target,
      { repository: AR_REPOSITORY, secretName: 'Bad_Name' },
      googleToken(),
      { 'accept-language': 'es' },
    );
    expectProblem(response, 400, 'INVALID_REQUEST');
    expect(response.body.pointer).toBe('/secretName');
    expect(response.body.detail).toMatch(
      /^El nombre de secreto "Bad_Name" \(secretName\) no es un nombre válido de Kubernetes: /,
    );
  });

  it('answers a missing token in Spanish', async () => {
    const missing = await mint(target, { repository: AR_REPOSITORY }, null, {
      'accept-language': 'es',
    });
    expectProblem(missing, 401, 'UNAUTHENTICATED');
    expect(missing.body.detail).toMatch(/^Este endpoint necesita un encabezado `Authorization/);
    expect(missing.headers['www-authenticate']).toBe(`Bearer realm="${AUTH_REALM}"`);
  });

  it.each([
    { name: 'an invalid body', json: {}, contentType: 'application/json' },
    { name: 'a body that is not JSON', json: 'repository=x', contentType: 'text/plain' },
  ])('authenticates before it looks at $name', async ({ json, contentType }) => {
    const response = await call(target, 'post', '/v1/tokens', { json, contentType });
    expectProblem(response, 401, 'UNAUTHENTICATED');
  });

  it('answers 403 PERMISSION_DENIED naming the caller and repository, never the policy', async () => {
    const repository = 'us-docker.pkg.dev/registry-project/secret-repo';
    const response = await mint(target, { repository: `${repository}/app:1` });
    expectProblem(response, 403, 'PERMISSION_DENIED');
    expect(response.body.detail).toContain(CI_EMAIL);
    expect(response.body.detail).toContain(repository);
    for (const internal of [PULLER, SHORT_PULLER, 'ci pulls team images', AR_REPOSITORY, 'rules'])
      expect(response.text).not.toContain(internal);
  });

  it('answers 403 PERMISSION_DENIED for push when the rule allows only pull', async () => {
    const response = await mint(target, { repository: AR_REPOSITORY, access: 'push' });
    expectProblem(response, 403, 'PERMISSION_DENIED');
    expect(response.body.detail).toContain('push');
    const spanish = await mint(target, { repository: AR_REPOSITORY, access: 'push' }, undefined, {
      'accept-language': 'es',
    });
    expectProblem(spanish, 403, 'PERMISSION_DENIED');
    expect(spanish.body.detail).toMatch(
      /^Quien hace la llamada, .* no tiene permiso para enviar a /,
    );
    expect(spanish.body.detail).toContain(AR_REPOSITORY);
  });

  it('answers 403 IMPERSONATION_DENIED naming the token-creator role when IAM refuses', async () => {
    const response = await mint(target, { repository: REFUSED_REPOSITORY });
    expectProblem(response, 403, 'IMPERSONATION_DENIED');
    expect(response.body.detail).toContain(TOKEN_CREATOR_ROLE);
    expect(response.body.detail).toContain(REFUSED_PULLER);
  });

  it.each([
    {
      name: 'an invalid secretName',
      body: { repository: AR_REPOSITORY, secretName: 'Team_Pull' },
      code: 'INVALID_REQUEST',
      pointer: '/secretName',
    },
    {
      name: 'an invalid namespace',
      body: { repository: AR_REPOSITORY, namespace: 'Apps!' },
      code: 'INVALID_REQUEST',
      pointer: '/namespace',
    },
    {
      name: 'a repository outside Artifact Registry',
      body: { repository: 'docker.io/library/nginx:1.27' },
      code: 'INVALID_REFERENCE',
      pointer: '/repository',
    },
    {
      name: 'an Artifact Registry path without a repository',
      body: { repository: 'us-docker.pkg.dev/registry-project' },
      code: 'INCOMPLETE_ARTIFACT_REGISTRY_PATH',
      pointer: '/repository',
    },
    {
      name: 'a lifetime under 300 s',
      body: { repository: AR_REPOSITORY, lifetimeSeconds: 60 },
      code: 'INVALID_REQUEST',
      pointer: '/lifetimeSeconds',
    },
    {
      name: 'an unknown access',
      body: { repository: AR_REPOSITORY, access: 'admin' },
      code: 'INVALID_REQUEST',
      pointer: '/access',
    },
    {
      name: 'a misspelt field',
      body: { repository: AR_REPOSITORY, lifetime: 300 },
      code: 'INVALID_REQUEST',
      pointer: null,
    },
    {
      name: 'a registry token for a bare Artifact Registry repository (no image to scope it to)',
      body: { repository: AR_REPOSITORY, registryToken: true },
      code: 'INVALID_REQUEST',
      pointer: '/repository',
    },
  ])('answers 400 with the pointer for $name', async ({ body, code, pointer }) => {
    const before = iam.calls().length;
    const response = await mint(target, body);
    expectProblem(response, 400, code);
    if (pointer === null) expect(response.body.detail).toContain('"lifetime"');
    else expect(response.body.pointer).toBe(pointer);
    expect(iam.calls().length).toBe(before);
  });

  it('refuses registryToken with the YAML answer, which could not carry it', async () => {
    const response = await mint(
      target,
      { repository: `${AR_REPOSITORY}/app`, registryToken: true },
      googleToken(),
      { accept: 'application/yaml' },
    );
    expectProblem(response, 400, 'INVALID_REQUEST');
    expect(response.body.pointer).toBe('/registryToken');
  });

  it.each(['get', 'put', 'delete'] as const)(
    'answers %s with 405 and never a credential',
    async (method) => {
      const response = await call(target, method, '/v1/tokens', {
        headers: { authorization: `Bearer ${googleToken()}` },
        query: { repository: AR_REPOSITORY },
      });
      expectProblem(response, 405, 'METHOD_NOT_ALLOWED');
      expect(response.headers.allow).toBe('POST');
      expect(response.text).not.toMatch(/ya29\./);
    },
  );
});

describe('POST /v1/tokens when an upstream fails or nothing is configured', () => {
  it('refuses a token signed by a key the issuer has rotated out, on both entries', async () => {
    const old = rotating.mint(kubernetesClaims({ iss: rotating.issuer }));
    rotating.rotateKeys();
    const { targets } = startApp();
    for (const target of targets) {
      const response = await mint(target, { repository: AR_REPOSITORY }, old);
      expectProblem(response, 401, 'UNAUTHENTICATED');
      expect(response.body.detail).toBe(INVALID_TOKEN_REASONS.unknownKey);
      expect(response.headers['www-authenticate']).toContain('error="invalid_token"');
      const current = rotating.mint(kubernetesClaims({ iss: rotating.issuer }));
      const accepted = await mint(target, { repository: AR_REPOSITORY }, current);
      expect(accepted.status, accepted.text).toBe(200);
    }
  });

  it('makes exactly one generateAccessToken call for 100 concurrent identical requests', async () => {
    const { targets } = startApp();
    const token = googleToken();
    const before = iam.calls().length;
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, index) =>
        mint(
          targets[index % 2] as HttpTarget,
          { repository: AR_REPOSITORY, lifetimeSeconds: 1200 },
          token,
        ),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(100).fill(200));
    expect(new Set(responses.map((response) => response.body.accessToken)).size).toBe(1);
    expect(iam.calls().length - before).toBe(1);
  });

  it('answers 504 UPSTREAM_TIMEOUT within the bound when IAM hangs, and recovers', async () => {
    const { targets } = startApp({ UPSTREAM_TIMEOUT_MS: '500' });
    const target = targets[0] as HttpTarget;
    // Warm-up has its own budget: loading google-auth-library, ADC discovery and the caller's
    // keys may each take longer than 500 ms on a busy machine; once done, they are cached.
    let warm = await mint(target, { repository: OWN_REPOSITORY }, googleToken(OWN_CALLER_EMAIL));
    for (let attempt = 1; warm.status !== 200 && attempt < 20; attempt += 1)
      warm = await mint(target, { repository: OWN_REPOSITORY }, googleToken(OWN_CALLER_EMAIL));
    expect(warm.status, warm.text).toBe(200);
    iam.failWith({ kind: 'hang' });
    try {
      const started = performance.now();
      const response = await mint(target, { repository: AR_REPOSITORY, lifetimeSeconds: 1500 });
      const answered = performance.now();
      expectProblem(response, 504, 'UPSTREAM_TIMEOUT');
      // A timer never fires early: the service waited its bound, counted from the request...
      expect(answered - started).toBeGreaterThanOrEqual(450);
      // ...and gave up in bounded time, counted from when IAM received the call (the bound's
      // clock started earlier, so this leaves the whole 1.5 s for a busy machine's delays).
      const hung = iam.calls().at(-1);
      expect(hung?.receivedAt).toBeGreaterThanOrEqual(started);
      expect(answered - (hung?.receivedAt ?? 0)).toBeLessThan(2000);
    } finally {
      iam.respondNormally();
    }
    const again = await mint(target, { repository: AR_REPOSITORY, lifetimeSeconds: 1500 });
    expect(again.status, again.text).toBe(200);
  });

  it('answers 503 NO_CREDENTIALS with the fix when the service has no Google credentials', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    useMetadataHost(`127.0.0.1:${port}`);
    try {
      const { targets } = startApp();
      for (const target of targets) {
        const response = await mint(target, { repository: AR_REPOSITORY });
        expectProblem(response, 503, 'NO_CREDENTIALS');
        expect(response.body.detail).toContain('gcloud auth application-default login');
      }
    } finally {
      useMetadataHost(metadata.host);
    }
  });

  it('answers 503 NO_CREDENTIALS naming AUTH_AUDIENCE when minting is not configured', async () => {
    const { targets } = startApp({ AUTH_AUDIENCE: undefined });
    for (const target of targets) {
      const response = await mint(target, { repository: AR_REPOSITORY });
      expectProblem(response, 503, 'NO_CREDENTIALS');
      expect(response.body.detail).toContain('AUTH_AUDIENCE');
      // Without any token the answer is still "authenticate", not the server's configuration.
      const anonymous = await mint(target, { repository: AR_REPOSITORY }, null);
      expectProblem(anonymous, 401, 'UNAUTHENTICATED');
    }
  });
});

// ---- end to end: the minted credential pulls from a real registry, and only what it should ----

interface PullResult {
  /** Status of the token endpoint (Basic auth), when the pull went through it. */
  tokenStatus?: number;
  status: number;
  digest: string | null;
}

/** `Bearer realm="…",service="…",scope="…"`, as a registry challenges a manifest request. */
function parseScopeHeader(header: string): { realm: string; service: string; scope: string } {
  const params = Object.fromEntries(
    [...header.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1], match[2]]),
  );
  expect(header).toMatch(/^Bearer /);
  return { realm: params.realm ?? '', service: params.service ?? '', scope: params.scope ?? '' };
}

const ACCEPT_MANIFESTS = [MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest].join(', ');

/** A pull as containerd does it: challenge, token with Basic auth, manifest with the Bearer token. */
async function pullWithDockerConfig(
  dockerConfig: { auths: Record<string, { auth: string }> },
  repository: string,
  tag: string,
): Promise<PullResult> {
  const url = `${registry.baseUrl}/v2/${repository}/manifests/${tag}`;
  const challenge = await fetch(url, { headers: { accept: ACCEPT_MANIFESTS } });
  await challenge.body?.cancel();
  expect(challenge.status).toBe(401);
  const { realm, service, scope } = parseScopeHeader(
    challenge.headers.get('www-authenticate') ?? '',
  );
  const auth = dockerConfig.auths[registry.host]?.auth;
  expect(auth).toBeDefined();
  const tokenUrl = new URL(realm);
  tokenUrl.searchParams.set('service', service);
  tokenUrl.searchParams.set('scope', scope);
  const tokenResponse = await fetch(tokenUrl, { headers: { authorization: `Basic ${auth}` } });
  const tokenBody = (await tokenResponse.json().catch(() => ({}))) as { token?: string };
  if (!tokenResponse.ok || tokenBody.token === undefined) {
    return { tokenStatus: tokenResponse.status, status: tokenResponse.status, digest: null };
  }
  recordIssuedSecret(tokenBody.token);
  const pulled = await pullWithBearer(tokenBody.token, repository, tag);
  return { tokenStatus: tokenResponse.status, ...pulled };
}

async function pullWithBearer(token: string, repository: string, tag: string): Promise<PullResult> {
  const response = await fetch(`${registry.baseUrl}/v2/${repository}/manifests/${tag}`, {
    headers: { accept: ACCEPT_MANIFESTS, authorization: `Bearer ${token}` },
  });
  await response.body?.cancel();
  return { status: response.status, digest: response.headers.get('docker-content-digest') };
}

describe.each(main.targets)(
  'end to end through the $name entry: the credential works against a real registry',
  (target) => {
    const single = registry.images.single;
    const kubernetesCaller = () => kubernetes.mint(kubernetesClaims());

    it('pulls the granted repository with the returned dockerConfigJson, and nothing else', async () => {
      const response = await mint(
        target,
        { repository: `${registry.host}/${single.repository}`, namespace: 'apps' },
        kubernetesCaller(),
      );
      expect(response.status, response.text).toBe(200);
      expect(response.body).toMatchObject({
        registry: registry.host,
        repository: `${registry.host}/${single.repository}`,
        identity: E2E_PULLER,
        impersonated: true,
      });
      const granted = await pullWithDockerConfig(
        response.body.dockerConfigJson,
        single.repository,
        single.tag,
      );
      expect(granted).toMatchObject({ status: 200, digest: single.digest });
      const outside = await pullWithDockerConfig(
        response.body.dockerConfigJson,
        registry.images.docker.repository,
        registry.images.docker.tag,
      );
      expect(outside.status).toBe(403);
      expect(outside.digest).toBeNull();
    });

    it('returns a registry token that pulls exactly the named repository', async () => {
      const response = await mint(
        target,
        { repository: `${registry.host}/${single.repository}:${single.tag}`, registryToken: true },
        kubernetesCaller(),
      );
      expect(response.status, response.text).toBe(200);
      const registryToken = response.body.registryToken;
      registryTokens.push(registryToken.token);
      recordIssuedSecret(registryToken.token);
      expect(registryToken.scope).toBe(`repository:${single.repository}:pull`);
      expect(Date.parse(registryToken.expiresAt)).toBeGreaterThan(Date.now());
      expect(response.body.reach.registryToken).toContain(
        `exactly repository:${single.repository}:pull`,
      );
      expect(
        await pullWithBearer(registryToken.token, single.repository, single.tag),
      ).toMatchObject({ status: 200, digest: single.digest });
      const outside = await pullWithBearer(
        registryToken.token,
        registry.images.docker.repository,
        registry.images.docker.tag,
      );
      expect(outside.status).toBe(401);
    });

    it('answers REGISTRY_PERMISSION_DENIED when the registry will not issue a token for the repository', async () => {
      const response = await mint(
        target,
        {
          repository: `${registry.host}/${registry.images.docker.repository}`,
          registryToken: true,
        },
        kubernetesCaller(),
      );
      expectProblem(response, 403, 'REGISTRY_PERMISSION_DENIED');
    });
  },
);

describe('skopeo interoperability', () => {
  it('inspects the granted image with crictlCreds and with the registry token, and is refused elsewhere', async () => {
    const single = registry.images.single;
    const response = await mint(
      main.targets[0] as HttpTarget,
      { repository: `${registry.host}/${single.repository}`, registryToken: true },
      kubernetes.mint(kubernetesClaims()),
    );
    expect(response.status, response.text).toBe(200);
    recordIssuedSecret(response.body.registryToken.token);
    registryTokens.push(response.body.registryToken.token);
    const withCreds = await skopeoInspectRaw({
      host: registry.host,
      repository: single.repository,
      reference: single.tag,
      creds: response.body.crictlCreds,
    });
    const manifest = JSON.parse(withCreds.stdout.toString('utf8'));
    expect(manifest.mediaType).toBe(single.mediaType);
    const withToken = await skopeoInspectRaw({
      host: registry.host,
      repository: single.repository,
      reference: single.tag,
      registryToken: response.body.registryToken.token,
    });
    expect(withToken.stdout.equals(withCreds.stdout)).toBe(true);
    await expect(
      skopeoInspectRaw({
        host: registry.host,
        repository: registry.images.docker.repository,
        reference: registry.images.docker.tag,
        creds: response.body.crictlCreds,
      }),
    ).rejects.toThrow(/skopeo exited/);
  });
});

describe('secrets never reach a log line', () => {
  it('writes an audit line for each credential, and no token any fake issued appears in any log', () => {
    const logs = apps.flatMap((app) => app.rawLogs);
    const audit = main.testApp.logs.filter((line) => line.message === 'Registry credential issued');
    expect(audit.length).toBeGreaterThan(0);
    expect(audit[0]).toMatchObject({
      identity: expect.any(String),
      repository: expect.any(String),
    });
    const secrets = [
      ...metadata.issuedTokens().map((token) => token.accessToken),
      ...iam.issuedTokens().map((token) => token.accessToken),
      ...registryTokens,
    ];
    expect(secrets.length).toBeGreaterThan(10);
    // Error paths ran too: 401s, 403s, 504 and 503 were all logged above.
    for (const status of [401, 403, 503, 504])
      expect(logs.some((line) => line.includes(`/v1/tokens ${status}`))).toBe(true);
    for (const secret of secrets) {
      for (const line of logs) expect(line.includes(secret)).toBe(false);
    }
  });
});
