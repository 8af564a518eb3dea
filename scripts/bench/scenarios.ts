// What the benchmark drives, and the loopback fakes it needs (a real OCI registry with token
// auth, a fake GCE metadata server), reused from the test suite.
import { startFakeMetadataServer } from '../../test/fakes/gce-metadata-server';
import { startFakeIamCredentials } from '../../test/fakes/iam-credentials';
import { startFakeOidcIssuer } from '../../test/fakes/oidc-issuer';
import { skopeoInspectRaw, startTestRegistry } from '../../test/fakes/registry';
import type { Scenario } from './load';
import { median } from './processes';

export interface BenchScenario extends Scenario {
  /** Also measured through the functions-framework entry, for comparison. */
  functionsFramework?: boolean;
  /** Also measured with the request log written (LOG_LEVEL=INFO, the service's default). */
  logged?: boolean;
  /** Part of the one-minute mixed load that watches RSS. */
  soak?: boolean;
}

export interface BenchFixtures {
  serviceEnv: Record<string, string>;
  measureLive(baseUrl: string): Promise<{ uncachedMs: number; cachedMs: number; skopeoMs: number }>;
  measureTokens?: (
    baseUrl: string,
  ) => Promise<{ warmMedianMs: number; upstreamMedianMs: number; overheadMs: number }>;
  extraScenarios: BenchScenario[];
  stop(): Promise<void>;
}

const batch = Array.from({ length: 1000 }, (_, i) =>
  i % 3 === 0
    ? `us-docker.pkg.dev/proj-${100000 + i}/repo/team/app:${i}`
    : i % 3 === 1
      ? `nginx:1.${i}`
      : `europe-west1-docker.pkg.dev/example.com/proj-${i}a/repo/img@sha256:${'a'.repeat(64)}`,
);

const PULL_ERROR =
  'Failed to pull image "us-central1-docker.pkg.dev/acme/services/checkout:1.8.2": rpc error: code = Unknown desc = failed to pull and unpack image "us-central1-docker.pkg.dev/acme/services/checkout:1.8.2": failed to resolve reference "us-central1-docker.pkg.dev/acme/services/checkout:1.8.2": pulling from host us-central1-docker.pkg.dev failed with status code [manifests 1.8.2]: 403 Forbidden';

export function benchScenarios(fixtures: BenchFixtures): BenchScenario[] {
  return [
    {
      name: 'GET /healthz',
      method: 'GET',
      path: '/healthz',
      functionsFramework: true,
      logged: true,
      soak: true,
    },
    {
      name: 'POST /v1/images/resolve (offline)',
      method: 'POST',
      path: '/v1/images/resolve',
      body: JSON.stringify({ reference: 'us-docker.pkg.dev/my-project/my-repo/team/app:1.4.2' }),
      functionsFramework: true,
      logged: true,
      soak: true,
    },
    {
      name: 'POST /v1/images/resolve-batch (1000 references)',
      method: 'POST',
      path: '/v1/images/resolve-batch',
      body: JSON.stringify({ references: batch }),
      soak: true,
    },
    {
      name: 'POST /v1/preconditions/evaluate',
      method: 'POST',
      path: '/v1/preconditions/evaluate',
      body: JSON.stringify({
        image: 'us-docker.pkg.dev/registry-proj/apps/web:1.2',
        cluster: {
          version: '1.30.5-gke.1014001',
          projectId: 'cluster-proj',
          projectNumber: '123456789012',
          location: 'us-central1',
          nodeServiceAccount: 'default',
          nodeOauthScopes: ['https://www.googleapis.com/auth/devstorage.read_only'],
          nodeImageType: 'COS_CONTAINERD',
          privateNodes: true,
          privateGoogleAccess: true,
        },
      }),
      soak: true,
    },
    {
      name: 'POST /v1/troubleshooting/plans (JSON)',
      method: 'POST',
      path: '/v1/troubleshooting/plans',
      body: JSON.stringify({
        error: PULL_ERROR,
        node: { name: 'gke-pool-1-abcd', zone: 'us-central1-a', projectId: 'acme' },
      }),
      soak: true,
    },
    {
      name: 'POST /v1/troubleshooting/plans (Markdown)',
      method: 'POST',
      path: '/v1/troubleshooting/plans',
      headers: { accept: 'text/markdown' },
      body: JSON.stringify({ error: PULL_ERROR }),
    },
    ...fixtures.extraScenarios,
  ];
}

async function timeCall(url: string, init: RequestInit): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, init);
  const body = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${body.slice(0, 300)}`);
  return performance.now() - started;
}

export async function startBenchFixtures(): Promise<BenchFixtures> {
  const metadata = await startFakeMetadataServer({
    email: 'bench@test-project.iam.gserviceaccount.com',
  });
  const registry = await startTestRegistry({
    authorize: ({ password }) =>
      password && metadata.lookupToken(password) ? 'grant' : 'deny-401',
  });
  const hosts = `${registry.host},${registry.issuerHost}`;
  // Credential minting: a Kubernetes-style caller, a puller account the service may impersonate.
  const puller = 'ar-puller@registry-project.iam.gserviceaccount.com';
  const iam = await startFakeIamCredentials({
    sourceTokens: metadata,
    allow: { [metadata.email]: [puller] },
  });
  const cluster = await startFakeOidcIssuer();
  const audience = 'https://gke-pull-assistant.bench.invalid';
  const subject = 'system:serviceaccount:pull-secrets:refresher';
  const repository = 'us-docker.pkg.dev/registry-project/team-images';
  const serviceEnv = {
    GCE_METADATA_HOST: metadata.host,
    METADATA_SERVER_DETECTION: 'ping-only',
    REGISTRY_ALLOWLIST: hosts,
    REGISTRY_INSECURE_HOSTS: hosts,
    REGISTRY_GOOGLE_CREDENTIAL_HOSTS: hosts,
    AUTH_AUDIENCE: audience,
    AUTH_TRUSTED_ISSUERS: JSON.stringify([{ issuer: cluster.issuer, jwksUri: cluster.jwksUri }]),
    ACCESS_POLICY: JSON.stringify({
      rules: [
        {
          name: 'bench',
          callers: [{ issuer: cluster.issuer, subject }],
          repositories: [repository],
          pullerServiceAccount: puller,
        },
      ],
    }),
    IAM_CREDENTIALS_ENDPOINT: iam.url,
  };
  const now = Math.floor(Date.now() / 1000);
  const idToken = cluster.mint({ sub: subject, aud: audience, iat: now, exp: now + 3600 });
  const tokenRequest = {
    headers: { authorization: `Bearer ${idToken}` },
    body: JSON.stringify({
      repository,
      lifetimeSeconds: 3600,
      secretName: 'ar-pull',
      namespace: 'apps',
    }),
  };
  const { single } = registry.images;
  return {
    serviceEnv,
    extraScenarios: [
      {
        name: 'POST /v1/tokens (warm token cache)',
        method: 'POST',
        path: '/v1/tokens',
        ...tokenRequest,
        soak: true,
      },
    ],
    async measureTokens(baseUrl) {
      const viaApi = () =>
        timeCall(`${baseUrl}/v1/tokens`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...tokenRequest.headers },
          body: tokenRequest.body,
        });
      // The upstream a cold mint waits for: IAM Credentials generateAccessToken.
      const sourceToken = (metadata.issuedTokens().at(-1) ?? { accessToken: '' }).accessToken;
      const upstream = () =>
        timeCall(`${iam.url}/v1/projects/-/serviceAccounts/${puller}:generateAccessToken`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${sourceToken}` },
          body: JSON.stringify({
            scope: ['https://www.googleapis.com/auth/devstorage.read_only'],
            lifetime: '3600s',
          }),
        });
      await viaApi();
      const warm: number[] = [];
      const direct: number[] = [];
      for (let i = 0; i < 50; i += 1) {
        warm.push(await viaApi());
        direct.push(await upstream());
      }
      return {
        warmMedianMs: median(warm),
        upstreamMedianMs: median(direct),
        overheadMs: median(warm) - median(direct),
      };
    },
    async measureLive(baseUrl) {
      const call = (reference: string) =>
        timeCall(`${baseUrl}/v1/images/resolve`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ reference, resolveDigest: true }),
        });
      const byTag = `${registry.host}/${single.repository}:${single.tag}`;
      const byDigest = `${registry.host}/${single.repository}@${single.digest}`;
      await call(byTag);
      await call(byDigest);
      const uncached: number[] = [];
      const cached: number[] = [];
      for (let i = 0; i < 20; i += 1) {
        uncached.push(await call(byTag));
        cached.push(await call(byDigest));
      }
      const token = (metadata.issuedTokens().at(-1) ?? { accessToken: '' }).accessToken;
      const skopeo: number[] = [];
      for (let i = 0; i < 10; i += 1) {
        const result = await skopeoInspectRaw({
          host: registry.host,
          repository: single.repository,
          reference: single.tag,
          creds: `oauth2accesstoken:${token}`,
        });
        skopeo.push(result.durationMs);
      }
      return { uncachedMs: median(uncached), cachedMs: median(cached), skopeoMs: median(skopeo) };
    },
    async stop() {
      await Promise.allSettled([registry.stop(), metadata.close(), iam.close(), cluster.close()]);
    },
  };
}
