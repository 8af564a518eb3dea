// The kubelet image credential provider over both entries: POST /v1/credential-provider with real
// signed service-account tokens of a Kubernetes-style issuer, the real plugin script run as the
// kubelet runs it (CredentialProviderRequest on stdin, CredentialProviderResponse on stdout), and
// the credential it printed used against the real OCI test registry. Google is faked at the wire
// (GCE metadata server for the service's ADC, IAM Credentials generateAccessToken).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { INVALID_TOKEN_REASONS } from '../../../shared/caller-auth';
import {
  CACHE_EXPIRY_MARGIN_SECONDS,
  CREDENTIAL_PROVIDER_API_VERSION,
  CredentialProviderConfigSchema,
  CredentialProviderResponseSchema,
  KUBELET_MATCH_IMAGES,
  PLUGIN_NAME,
  parseGoDuration,
  type CredentialProviderResponse,
} from '../../../shared/credential-provider';
import { startFakeMetadataServer } from '../../fakes/gce-metadata-server';
import { startFakeIamCredentials } from '../../fakes/iam-credentials';
import { startFakeKubernetesIssuer, serviceAccountSubject } from '../../fakes/kubernetes-issuer';
import { startFakeOidcIssuer } from '../../fakes/oidc-issuer';
import { impersonatedReaderPolicy, startTestRegistry } from '../../fakes/registry';
import { createTestApp, httpTargets, type HttpTarget, type TestApp } from '../../support/app';
import { call, type ApiResponse } from '../../support/call';
import { isolateGcloudConfig, useMetadataHost } from '../../support/google-env';
import { freePort } from '../../support/ports';

const AUDIENCE = 'https://gke-pull-assistant.test.run.app';
const PULLER = 'ar-puller@registry-project.iam.gserviceaccount.com';
const SHORT_PULLER = 'short-puller@registry-project.iam.gserviceaccount.com';
const NODE_PULLER = 'node-puller@registry-project.iam.gserviceaccount.com';
const AR_REPOSITORY = 'us-docker.pkg.dev/registry-project/team-images';
const SHORT_REPOSITORY = 'us-docker.pkg.dev/registry-project/short-lived';
const WEB = { namespace: 'apps', serviceAccount: 'web' };
const OTHER = { namespace: 'apps', serviceAccount: 'batch' };
const PLUGIN = fileURLToPath(new URL(`../../../deploy/kubelet/${PLUGIN_NAME}`, import.meta.url));
const DEPLOY = fileURLToPath(new URL('../../../deploy/kubelet/', import.meta.url));

// ---- the world, started once ----

const restoreGcloudConfig = isolateGcloudConfig(); // no ambient user ADC
const metadata = await startFakeMetadataServer();
useMetadataHost(metadata.host);
const iam = await startFakeIamCredentials({
  sourceTokens: metadata,
  allow: { [metadata.email]: [PULLER, SHORT_PULLER, NODE_PULLER] },
});
const cluster = await startFakeKubernetesIssuer();
const stranger = await startFakeOidcIssuer();

/** Which repositories each impersonated identity can read, as Artifact Registry IAM would say. */
const READERS: Record<string, string[]> = { [NODE_PULLER]: ['team/single'] };
const registry = await startTestRegistry({
  authorize: impersonatedReaderPolicy((token) => iam.lookupToken(token)?.serviceAccount, READERS),
});
const registryHosts = registry.loopbackHosts.join(',');
const single = registry.images.single;

const POLICY = {
  rules: [
    {
      name: 'web pulls team images',
      callers: [{ issuer: cluster.issuer, subject: serviceAccountSubject('apps', 'web') }],
      repositories: [AR_REPOSITORY],
      pullerServiceAccount: PULLER,
    },
    {
      name: 'web pulls short-lived images',
      callers: [{ issuer: cluster.issuer, subject: serviceAccountSubject('apps', 'web') }],
      repositories: [SHORT_REPOSITORY],
      pullerServiceAccount: SHORT_PULLER,
      maxLifetimeSeconds: 600,
    },
    {
      name: 'web pulls from the test registry',
      callers: [{ issuer: cluster.issuer, subject: serviceAccountSubject('apps', 'web') }],
      repositories: [`${registry.host}/team/*`],
      pullerServiceAccount: NODE_PULLER,
    },
  ],
};

const BASE_ENV: Record<string, string> = {
  AUTH_AUDIENCE: AUDIENCE,
  AUTH_TRUSTED_ISSUERS: JSON.stringify([cluster.trustedIssuer]),
  ACCESS_POLICY: JSON.stringify(POLICY),
  IAM_CREDENTIALS_ENDPOINT: iam.url,
  REGISTRY_ALLOWLIST: registryHosts,
  REGISTRY_INSECURE_HOSTS: registryHosts,
  REGISTRY_GOOGLE_CREDENTIAL_HOSTS: registryHosts,
  UPSTREAM_TIMEOUT_MS: '10000', // a first mint also discovers ADC: generous on a busy machine
};

const apps: TestApp[] = [];
const servers: Server[] = [];

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
  servers.push(...targets.map((target) => target.server));
  return { testApp, targets };
}

const main = startApp();

/** Each entry listening on 127.0.0.1, for the plugin script to call. */
const listening = await Promise.all(
  main.targets.map(
    (target) =>
      new Promise<{ target: HttpTarget; url: string }>((resolve) =>
        target.server.listen(0, '127.0.0.1', () =>
          resolve({
            target,
            url: `http://127.0.0.1:${(target.server.address() as AddressInfo).port}`,
          }),
        ),
      ),
  ),
);

afterAll(async () => {
  servers.forEach((server) => {
    server.closeAllConnections?.();
    server.close();
  });
  await Promise.all([
    registry.stop(),
    metadata.close(),
    iam.close(),
    cluster.close(),
    stranger.close(),
  ]);
  useMetadataHost(undefined);
  restoreGcloudConfig();
  rmSync(pluginBin, { recursive: true, force: true });
});

// ---- the kubelet's side ----

function podToken(
  who: { namespace: string; serviceAccount: string } = WEB,
  extra: { audience?: string; claims?: Record<string, unknown> } = {},
): string {
  return cluster.serviceAccountToken({
    ...who,
    audience: extra.audience ?? AUDIENCE,
    ...(extra.claims === undefined ? {} : { claims: extra.claims }),
  });
}

/** A CredentialProviderRequest exactly as a 1.34 kubelet writes it. */
function kubeletRequest(image: string, token: string | null = podToken()) {
  return {
    kind: 'CredentialProviderRequest',
    apiVersion: CREDENTIAL_PROVIDER_API_VERSION,
    image,
    ...(token === null ? {} : { serviceAccountToken: token }),
    serviceAccountAnnotations: {},
  };
}

function provide(target: HttpTarget, body: unknown): Promise<ApiResponse> {
  return call(target, 'post', '/v1/credential-provider', { json: body });
}

function expectProblem(response: ApiResponse, status: number, code: string): void {
  expect(response.status, response.text).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.body.code).toBe(code);
}

/** The one credential of an answer, which must be exactly what the kubelet accepts. */
function credentialOf(answer: unknown): {
  response: CredentialProviderResponse;
  key: string;
  username: string;
  password: string;
} {
  const response = CredentialProviderResponseSchema.parse(answer);
  const entries = Object.entries(response.auth ?? {});
  expect(entries).toHaveLength(1);
  const [key, auth] = entries[0] as [string, { username: string; password: string }];
  return { response, key, ...auth };
}

interface PluginRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A PATH holding only what the plugin may use besides the shell's builtins: curl, and the POSIX
 * sed and head. Every run below uses it, so a plugin that needed anything else would fail here.
 */
const pluginBin = mkdtempSync(join(tmpdir(), 'plugin-bin-'));
for (const tool of ['curl', 'sed', 'head']) {
  const found = ['/usr/bin', '/bin', '/usr/local/bin']
    .map((directory) => join(directory, tool))
    .find((path) => existsSync(path));
  if (found === undefined) throw new Error(`${tool} is not installed`);
  symlinkSync(found, join(pluginBin, tool));
}

/** Runs the plugin as the kubelet does: the provider's env only, the request on stdin. */
function runPlugin(
  request: unknown,
  env: Record<string, string>,
  timeoutMs = 15_000,
): Promise<PluginRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', [PLUGIN], {
      env: { PATH: pluginBin, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the plugin did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    // A plugin that refuses before reading its input closes the pipe early: not an error.
    child.stdin.on('error', () => undefined);
    child.stdin.end(JSON.stringify(request));
  });
}

/** `skopeo copy` of a whole image (manifest, config and layers), as a runtime pulls it. */
function skopeoPull(image: string, creds: string): Promise<{ ok: boolean; stderr: string }> {
  const destination = mkdtempSync(join(tmpdir(), 'kubelet-pull-'));
  return new Promise((resolve, reject) => {
    const child = spawn(
      'skopeo',
      [
        'copy',
        '--src-tls-verify=false',
        '--src-creds',
        creds,
        `docker://${image}`,
        `dir:${destination}`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      rmSync(destination, { recursive: true, force: true });
      resolve({ ok: code === 0, stderr });
    });
  });
}

describe.each(main.targets)('POST /v1/credential-provider through the $name entry', (target) => {
  it('answers a CredentialProviderResponse for the Pod’s service account, scoped to the repository', async () => {
    const before = iam.calls().length;
    const started = Date.now();
    const response = await provide(target, kubeletRequest(`${AR_REPOSITORY}/team/app:1.4.2`));
    expect(response.status, response.text).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('no-store');
    const { response: answer, key, username, password } = credentialOf(response.body);
    expect(answer).toMatchObject({
      apiVersion: CREDENTIAL_PROVIDER_API_VERSION,
      kind: 'CredentialProviderResponse',
      cacheKeyType: 'Image',
    });
    expect(key).toBe(AR_REPOSITORY);
    expect(username).toBe('oauth2accesstoken');
    const minted = iam.lookupToken(password);
    expect(minted?.serviceAccount).toBe(PULLER);
    const newCalls = iam.calls().slice(before);
    if (newCalls.length > 0) expect(newCalls[0]?.lifetime).toBe('3600s');
    // cacheDuration never outlives the credential: at most its remaining life less the margin.
    const cacheSeconds = parseGoDuration(answer.cacheDuration ?? '') as number;
    const expiresAtMs = minted?.expiresAt.getTime() as number;
    expect(cacheSeconds).toBeGreaterThan(0);
    expect(started + cacheSeconds * 1000).toBeLessThanOrEqual(
      expiresAtMs - CACHE_EXPIRY_MARGIN_SECONDS * 1000 + 1000,
    );
    expect(answer.cacheDuration).toMatch(/^(\d+h)?(\d+m)?\d+s$/);
  });

  it('caches no longer than the rule lets the credential live', async () => {
    const response = await provide(target, kubeletRequest(`${SHORT_REPOSITORY}/job:2`));
    expect(response.status, response.text).toBe(200);
    const { response: answer, password } = credentialOf(response.body);
    expect(iam.lookupToken(password)?.serviceAccount).toBe(SHORT_PULLER);
    const cacheSeconds = parseGoDuration(answer.cacheDuration ?? '') as number;
    expect(cacheSeconds).toBeLessThanOrEqual(600 - CACHE_EXPIRY_MARGIN_SECONDS);
    expect(cacheSeconds).toBeGreaterThan(600 - CACHE_EXPIRY_MARGIN_SECONDS - 30);
  });

  it.each([
    {
      name: 'no serviceAccountToken (tokenAttributes not configured)',
      body: () => kubeletRequest(`${AR_REPOSITORY}/app:1`, null),
      reason: null,
    },
    {
      name: 'an expired token',
      body: () =>
        kubeletRequest(
          `${AR_REPOSITORY}/app:1`,
          podToken(WEB, {
            claims: {
              iat: Math.floor(Date.now() / 1000) - 7200,
              nbf: Math.floor(Date.now() / 1000) - 7200,
              exp: Math.floor(Date.now() / 1000) - 3600,
            },
          }),
        ),
      reason: 'expired',
    },
    {
      name: 'a token for another audience (the API server’s own)',
      body: () =>
        kubeletRequest(
          `${AR_REPOSITORY}/app:1`,
          podToken(WEB, { audience: 'https://kubernetes.default.svc.cluster.local' }),
        ),
      reason: 'wrongAudience',
    },
    {
      name: 'a token of an untrusted cluster',
      body: () =>
        kubeletRequest(
          `${AR_REPOSITORY}/app:1`,
          stranger.mint({ aud: [AUDIENCE], sub: serviceAccountSubject('apps', 'web') }),
        ),
      reason: 'untrustedIssuer',
    },
    {
      name: 'an unsigned token',
      body: () =>
        kubeletRequest(
          `${AR_REPOSITORY}/app:1`,
          cluster.oidc.mintUnsigned({ aud: [AUDIENCE], sub: serviceAccountSubject('apps', 'web') }),
        ),
      reason: 'unsigned',
    },
    {
      name: 'a token whose subject was changed',
      body: () =>
        kubeletRequest(
          `${AR_REPOSITORY}/app:1`,
          cluster.oidc.tamper(podToken(OTHER), { sub: serviceAccountSubject('apps', 'web') }),
        ),
      reason: 'badSignature',
    },
  ])('answers 401 UNAUTHENTICATED for $name, minting nothing', async ({ body, reason }) => {
    const before = iam.calls().length;
    const request = body();
    const response = await provide(target, request);
    expectProblem(response, 401, 'UNAUTHENTICATED');
    if (reason === null) expect(response.body.detail).toContain('tokenAttributes');
    else
      expect(response.body.detail).toBe(
        INVALID_TOKEN_REASONS[reason as keyof typeof INVALID_TOKEN_REASONS],
      );
    if (request.serviceAccountToken !== undefined)
      expect(response.text).not.toContain(request.serviceAccountToken);
    expect(iam.calls().length).toBe(before);
  });

  it.each([
    { name: 'a request the kubelet could not have sent', body: { apiVersion: 'v1', image: 1 } },
    { name: 'a body that is not an object', body: ['x'] },
  ])('authenticates before it validates $name', async ({ body }) => {
    const response = await provide(target, body);
    expectProblem(response, 401, 'UNAUTHENTICATED');
  });

  it('verifies the token before it looks at the rest of the body', async () => {
    const response = await provide(target, {
      apiVersion: 'credentialprovider.kubelet.k8s.io/v1alpha1',
      kind: 'CredentialProviderRequest',
      image: 'docker.io/library/nginx:1.27',
      serviceAccountToken: podToken(WEB, { audience: 'https://elsewhere.example' }),
    });
    expectProblem(response, 401, 'UNAUTHENTICATED');
    expect(response.body.detail).toBe(INVALID_TOKEN_REASONS.wrongAudience);
  });

  it.each([
    {
      name: 'another apiVersion',
      body: () => ({
        ...kubeletRequest(`${AR_REPOSITORY}/app:1`),
        apiVersion: 'credentialprovider.kubelet.k8s.io/v1beta1',
      }),
      code: 'INVALID_REQUEST',
      pointer: '/apiVersion',
    },
    {
      name: 'an image outside Artifact Registry',
      body: () => kubeletRequest('docker.io/library/nginx:1.27'),
      code: 'INVALID_REFERENCE',
      pointer: '/image',
    },
    {
      name: 'an Artifact Registry image without a repository',
      body: () => kubeletRequest('us-docker.pkg.dev/registry-project'),
      code: 'INCOMPLETE_ARTIFACT_REGISTRY_PATH',
      pointer: '/image',
    },
  ])('answers 400 with the pointer for $name', async ({ body, code, pointer }) => {
    const response = await provide(target, body());
    expectProblem(response, 400, code);
    expect(response.body.pointer).toBe(pointer);
  });

  it('answers 403 PERMISSION_DENIED naming the service account, for one the policy does not list', async () => {
    const before = iam.calls().length;
    const response = await provide(
      target,
      kubeletRequest(`${AR_REPOSITORY}/app:1`, podToken(OTHER)),
    );
    expectProblem(response, 403, 'PERMISSION_DENIED');
    expect(response.body.detail).toContain(serviceAccountSubject('apps', 'batch'));
    expect(response.body.detail).toContain(AR_REPOSITORY);
    expect(response.text).not.toContain(PULLER);
    expect(iam.calls().length).toBe(before);
  });

  it('accepts unknown members a newer kubelet may add', async () => {
    const response = await provide(target, {
      ...kubeletRequest(`${AR_REPOSITORY}/app:1`),
      podName: 'web-0',
    });
    expect(response.status, response.text).toBe(200);
  });
});

describe('POST /v1/credential-provider when nothing is configured', () => {
  it('answers 503 NO_CREDENTIALS naming AUTH_AUDIENCE, and 401 to a request without a token', async () => {
    const { targets } = startApp({ AUTH_AUDIENCE: undefined });
    for (const target of targets) {
      const response = await provide(target, kubeletRequest(`${AR_REPOSITORY}/app:1`));
      expectProblem(response, 503, 'NO_CREDENTIALS');
      expect(response.body.detail).toContain('AUTH_AUDIENCE');
      const anonymous = await provide(target, kubeletRequest(`${AR_REPOSITORY}/app:1`, null));
      expectProblem(anonymous, 401, 'UNAUTHENTICATED');
    }
  });
});

// ---- the plugin, run as the kubelet runs it, against each entry ----

describe.each(listening)('the plugin script against the $target.name entry', ({ url }) => {
  const env = { GKE_PULL_ASSISTANT_URL: url };

  it('prints a credential the kubelet accepts, and it pulls the image from the registry', async () => {
    const image = `${registry.host}/${single.repository}:${single.tag}`;
    const run = await runPlugin(kubeletRequest(image), env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { key, username, password } = credentialOf(JSON.parse(run.stdout));
    expect(key).toBe(`${registry.host}/${single.repository}`);
    expect(image.startsWith(`${key}:`)).toBe(true);
    expect(iam.lookupToken(password)?.serviceAccount).toBe(NODE_PULLER);

    const pulled = await skopeoPull(image, `${username}:${password}`);
    expect(pulled.stderr).toBe('');
    expect(pulled.ok).toBe(true);
    // The identity it acts as reads that repository only.
    const elsewhere = await skopeoPull(
      `${registry.host}/${registry.images.docker.repository}:${registry.images.docker.tag}`,
      `${username}:${password}`,
    );
    expect(elsewhere.ok).toBe(false);
  });

  it('exits 1 with one line naming the refusal when the service refuses, printing nothing', async () => {
    const token = podToken(OTHER);
    const run = await runPlugin(
      kubeletRequest(`${registry.host}/${single.repository}:${single.tag}`, token),
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^${PLUGIN_NAME}: refused by ${url} \\(HTTP 403 PERMISSION_DENIED\\): `),
    );
    expect(lines[0]).toContain(`The caller subject "${serviceAccountSubject('apps', 'batch')}"`);
    expect(run.stderr).not.toContain(token);
  });

  it('exits 1 with the reason when the token is refused', async () => {
    const run = await runPlugin(
      kubeletRequest(
        `${registry.host}/${single.repository}:${single.tag}`,
        podToken(WEB, { audience: 'https://kubernetes.default.svc.cluster.local' }),
      ),
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `${PLUGIN_NAME}: refused by ${url} (HTTP 401 UNAUTHENTICATED): ${INVALID_TOKEN_REASONS.wrongAudience}\n`,
    );
  });
});

describe('the plugin script on its own', () => {
  it.each([
    {
      name: 'no service URL',
      env: {} as Record<string, string>,
      message: 'GKE_PULL_ASSISTANT_URL is not set',
    },
    {
      name: 'a plain-http URL off loopback',
      env: { GKE_PULL_ASSISTANT_URL: 'http://gke-pull-assistant.example.com' },
      message: 'is not https',
    },
    {
      name: 'a URL with credentials',
      env: { GKE_PULL_ASSISTANT_URL: 'http://127.0.0.1:8080@evil.example' },
      message: 'is not a plain URL',
    },
    {
      name: 'a timeout that is not a number',
      env: { GKE_PULL_ASSISTANT_URL: 'https://x.example', GKE_PULL_ASSISTANT_TIMEOUT: '5s' },
      message: 'GKE_PULL_ASSISTANT_TIMEOUT=5s is not a whole number',
    },
  ])('refuses $name before sending the token anywhere', async ({ env, message }) => {
    const run = await runPlugin(kubeletRequest(`${AR_REPOSITORY}/app:1`), env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(message);
  });

  it('exits 1 with one line when the service cannot be reached', async () => {
    const port = await freePort();
    const run = await runPlugin(kubeletRequest(`${AR_REPOSITORY}/app:1`), {
      GKE_PULL_ASSISTANT_URL: `http://127.0.0.1:${port}`,
      GKE_PULL_ASSISTANT_TIMEOUT: '3',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `${PLUGIN_NAME}: cannot reach http://127.0.0.1:${port}: the connection was refused\n`,
    );
  });

  it('is a POSIX sh script', () => {
    expect(readFileSync(PLUGIN, 'utf8').startsWith('#!/bin/sh\n')).toBe(true);
  });
});

// ---- the kubelet's configuration and the nodes' RBAC ----

describe.each(main.targets)(
  'GET /v1/credential-provider/config and /rbac through the $name entry',
  (target) => {
    it('writes a CredentialProviderConfig the kubelet accepts, for the service and audience', async () => {
      const response = await call(target, 'get', '/v1/credential-provider/config', {
        query: { serviceUrl: 'https://pull.example.com/', audience: AUDIENCE },
      });
      expect(response.status, response.text).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/yaml/);
      expect(response.text).toMatch(/^# Kubelet image credential provider of gke-pull-assistant/);
      const config = CredentialProviderConfigSchema.parse(parse(response.text));
      expect(config.providers).toEqual([
        {
          name: PLUGIN_NAME,
          matchImages: ['gcr.io', '*.gcr.io', '*.pkg.dev'],
          defaultCacheDuration: '0s',
          apiVersion: CREDENTIAL_PROVIDER_API_VERSION,
          env: [{ name: 'GKE_PULL_ASSISTANT_URL', value: 'https://pull.example.com' }],
          tokenAttributes: {
            serviceAccountTokenAudience: AUDIENCE,
            cacheType: 'ServiceAccount',
            requireServiceAccount: true,
          },
        },
      ]);
      expect(KUBELET_MATCH_IMAGES).not.toContain('container.cloud.google.com');
    });

    it('uses the service URL as the audience when none is given, and writes its comment in Spanish', async () => {
      const response = await call(target, 'get', '/v1/credential-provider/config', {
        query: { serviceUrl: 'https://pull.example.com' },
        headers: { 'accept-language': 'es' },
      });
      expect(response.status, response.text).toBe(200);
      expect(response.headers['content-language']).toBe('es');
      expect(response.text).toMatch(/^# Proveedor de credenciales de imágenes del kubelet/);
      const config = CredentialProviderConfigSchema.parse(parse(response.text));
      expect(config.providers[0]?.tokenAttributes?.serviceAccountTokenAudience).toBe(
        'https://pull.example.com',
      );
    });

    it('is the committed deploy/kubelet files for the example service', async () => {
      const service = 'https://gke-pull-assistant-abc123-uc.a.run.app';
      const config = await call(target, 'get', '/v1/credential-provider/config', {
        query: { serviceUrl: service },
      });
      expect(parse(config.text)).toEqual(
        parse(readFileSync(join(DEPLOY, 'credential-provider-config.yaml'), 'utf8')),
      );
      const rbac = await call(target, 'get', '/v1/credential-provider/rbac', {
        query: { audience: service },
      });
      const documents = (text: string) => parseAllDocuments(text).map((doc) => doc.toJSON());
      expect(documents(rbac.text)).toEqual(
        documents(readFileSync(join(DEPLOY, 'node-audience-rbac.yaml'), 'utf8')),
      );
    });

    it('grants system:nodes the token-audience verb on exactly the audience', async () => {
      const response = await call(target, 'get', '/v1/credential-provider/rbac', {
        query: { audience: AUDIENCE },
      });
      expect(response.status, response.text).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/yaml/);
      const [role, binding] = parseAllDocuments(response.text).map((doc) => doc.toJSON());
      expect(role).toMatchObject({
        kind: 'ClusterRole',
        rules: [
          {
            apiGroups: [''],
            resources: [AUDIENCE],
            verbs: ['request-serviceaccounts-token-audience'],
          },
        ],
      });
      expect(binding).toMatchObject({
        kind: 'ClusterRoleBinding',
        roleRef: { kind: 'ClusterRole', name: role.metadata.name },
        subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:nodes' }],
      });
    });

    it.each<{ name: string; path: string; query: Record<string, string>; pointer: string }>([
      {
        name: 'a plain-http service URL',
        path: '/v1/credential-provider/config',
        query: { serviceUrl: 'http://pull.example.com' },
        pointer: '/serviceUrl',
      },
      {
        name: 'a service URL with a query',
        path: '/v1/credential-provider/config',
        query: { serviceUrl: 'https://pull.example.com/?x=1' },
        pointer: '/serviceUrl',
      },
      {
        name: 'an audience with spaces',
        path: '/v1/credential-provider/rbac',
        query: { audience: 'my audience' },
        pointer: '/audience',
      },
    ])('answers 400 INVALID_REQUEST in the query for $name', async ({ path, query, pointer }) => {
      const response = await call(target, 'get', path, { query });
      expectProblem(response, 400, 'INVALID_REQUEST');
      expect(response.body.pointer).toBe(pointer);
      expect(response.body.errors?.[0]?.in).toBe('query');
    });

    it('answers 406 for an Accept without YAML', async () => {
      const response = await call(target, 'get', '/v1/credential-provider/rbac', {
        query: { audience: AUDIENCE },
        headers: { accept: 'text/html' },
      });
      expectProblem(response, 406, 'NOT_ACCEPTABLE');
    });
  },
);

describe('secrets never reach a log line', () => {
  it('writes an audit line per credential, and no service-account or access token appears in any log', () => {
    const logs = apps.flatMap((app) => app.rawLogs);
    const audit = main.testApp.logs.filter((line) => line.message === 'Kubelet credential issued');
    expect(audit.length).toBeGreaterThan(0);
    expect(audit[0]).toMatchObject({
      caller: { subject: serviceAccountSubject('apps', 'web') },
      identity: expect.any(String),
    });
    const secrets = iam.issuedTokens().map((token) => token.accessToken);
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) for (const line of logs) expect(line).not.toContain(secret);
    for (const line of logs) expect(line).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/);
  });
});
