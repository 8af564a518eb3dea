// Every parser and classifier behind every endpoint, fed its worst inputs through HTTP (the Cloud
// Run listener on 127.0.0.1): each answers as the contract says and costs the event loop at most
// MAX_EVENT_LOOP_CPU_MS of CPU time, measured on the main thread alone (see thread-cpu.ts), so
// the bound holds on a busy machine. The client runs on its own thread. Heavy manifest work runs
// (manifests, large batches) runs on the worker pool, within its own budget
// (MANIFEST_CHECK_BUDGET_MS), and is not counted.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_LIMITS } from '../../shared/manifests';
import { startScriptedServer, type ScriptedServer } from '../fakes/registry';
import { createTestApp } from '../support/app';
import { keyLines, WORST_MANIFESTS, type WorstManifest } from '../support/worst-manifests';
import {
  startClientThread,
  type ClientThread,
  type ThreadResponse,
} from '../support/client-thread';
import { assertMatchesContract } from '../support/contract';
import { mainThreadCpuMs } from '../support/thread-cpu';

const MAX_EVENT_LOOP_CPU_MS = 50;
const VERSION = '1.30.5-gke.1014001';
const CLUSTER = { version: VERSION, projectId: 'my-project', nodeServiceAccount: 'default' };

let registry: ScriptedServer;
let challenge = '';
let server: Server;
let base: string;
let client: ClientThread;

beforeAll(async () => {
  registry = await startScriptedServer((_request, response) => {
    response.writeHead(401, { 'www-authenticate': challenge, 'content-type': 'application/json' });
    response.end('{"errors":[{"code":"UNAUTHORIZED"}]}');
  });
  const { app } = createTestApp({
    env: {
      LOG_LEVEL: 'ERROR',
      AUTH_AUDIENCE: 'https://gke-pull-assistant.worst-inputs.test',
      REGISTRY_ALLOWLIST: registry.host,
      REGISTRY_INSECURE_HOSTS: registry.host,
      UPSTREAM_TIMEOUT_MS: '5000',
    },
  });
  server = createServer(getRequestListener(app.fetch));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  client = startClientThread();
  // Warm-up, with its own budget: the worker pool starts, lazily loaded modules load and the
  // parsers are compiled before anything is measured.
  for (const warm of WARM_UP) await send(warm);
}, 60_000);

afterAll(async () => {
  await client?.close();
  server?.close();
  await registry?.stop();
});

interface Case {
  name: string;
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** The registry's `WWW-Authenticate` during this request. */
  challenge?: string;
  status: number;
  /** Members the answer must have. */
  expect?: Record<string, unknown>;
}

async function send(request: Case): Promise<ThreadResponse> {
  challenge = request.challenge ?? 'Bearer realm="http://127.0.0.1:1/token"';
  const body = request.body?.replace('REGISTRY', registry.host);
  return client.fetch(`${base}${request.path}`, {
    method: request.method ?? (request.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...request.headers,
    },
    ...(body === undefined ? {} : { body }),
  });
}

const yamlCheck = (name: string, manifest: string, status: number, expected = {}): Case => ({
  name: `manifest (YAML body): ${name}`,
  path: `/v1/manifests/check?version=${VERSION}`,
  headers: { 'content-type': 'application/yaml' },
  body: manifest,
  status,
  expect: expected,
});
const jsonCheck = (name: string, manifest: string, status: number, expected = {}): Case => ({
  name: `manifest (JSON body): ${name}`,
  path: '/v1/manifests/check',
  body: JSON.stringify({ manifest, cluster: CLUSTER }),
  status,
  expect: expected,
});
const expected = (manifest: WorstManifest) =>
  manifest.limit
    ? {
        code: 'INVALID_MANIFEST',
        limit: manifest.limit,
        maximum: MANIFEST_LIMITS[manifest.limit],
      }
    : { summary: expect.objectContaining({ images: manifest.images }) };

const JSON_FORM = new Set([
  'a mapping of 50 000 keys (489 KB)',
  '100 000 documents',
  'a Pod with 10 000 labels (accepted)',
]);

const MANIFESTS: Case[] = [
  ...WORST_MANIFESTS.map((manifest) =>
    yamlCheck(manifest.name, manifest.text, manifest.status, expected(manifest)),
  ),
  // The JSON form escapes each line break: 45 000 keys stay within the body limit.
  ...WORST_MANIFESTS.filter((manifest) => JSON_FORM.has(manifest.name)).map((manifest) =>
    manifest.name.startsWith('a mapping')
      ? jsonCheck('a mapping of 45 000 keys', keyLines(45_000), 400, expected(manifest))
      : jsonCheck(manifest.name, manifest.text, manifest.status, expected(manifest)),
  ),
];

const references = (shape: (i: number) => string) =>
  JSON.stringify({ references: Array.from({ length: 1000 }, (_, i) => shape(i)) });

const IMAGE_REFERENCES: Case[] = [
  {
    name: 'image reference (query): 8 000 characters of path components',
    path: `/v1/images/resolve?reference=${'a/'.repeat(4000)}A`,
    status: 400,
    expect: { code: 'INVALID_REFERENCE' },
  },
  ...[
    { shape: '30 000 path components', reference: `${'a/'.repeat(30_000)}A` },
    { shape: '60 000 dashes', reference: `${'-'.repeat(60_000)}!` },
    { shape: 'a 60 000-digit digest', reference: `x@sha256:${'f'.repeat(60_000)}` },
    { shape: '30 000 host labels', reference: `${'a.'.repeat(30_000)}b/c` },
  ].map(({ shape, reference }): Case => ({
    name: `image reference (JSON): ${shape}`,
    path: '/v1/images/resolve',
    body: JSON.stringify({ reference }),
    status: 400,
    expect: { code: 'INVALID_REFERENCE' },
  })),
  {
    name: 'image references (batch): 1 000 references of 240 path components',
    path: '/v1/images/resolve-batch',
    body: references((i) => `us-docker.pkg.dev/my-project/repo/${'a/'.repeat(230)}${i}`),
    status: 200,
  },
  {
    name: 'image references (batch): 1 000 invalid references of 480 characters',
    path: '/v1/images/resolve-batch',
    body: references((i) => `${'a/'.repeat(240)}${i}A`),
    status: 200,
  },
];

const PASTED_ERRORS = [
  { shape: '16 000 glued "eyJ-" (JWT-like runs)', text: `pull ${'eyJ-'.repeat(16_000)}` },
  {
    shape: '8 000 distinct short lines',
    text: Array.from({ length: 8000 }, (_, i) => `pull ${i}`).join('\n'),
  },
  { shape: '3 000 "Failed to pull image" quotes', text: 'Failed to pull image "'.repeat(3000) },
  { shape: '64 KiB of host-like paths', text: ' a.b/aaaaaaaaaaaa'.repeat(3800) },
  { shape: '64 KiB of status words', text: 'registry 40x '.repeat(5000) },
];

const CLASSIFIER: Case[] = PASTED_ERRORS.flatMap(({ shape, text }) =>
  (['json', 'markdown', 'shell'] as const).map((format): Case => ({
    name: `troubleshooting classifier (${format}): ${shape}`,
    path: `/v1/troubleshooting/plans?format=${format}`,
    body: JSON.stringify({ error: text.slice(0, 65_536) }),
    status: 200,
  })),
);

const JSON_BODIES: Case[] = [
  {
    name: 'JSON body: arrays nested 250 000 deep (500 KB)',
    path: '/v1/images/resolve-batch',
    body: `{"references":${'['.repeat(250_000)}${']'.repeat(250_000)}}`,
    status: 400,
    expect: { code: 'INVALID_REQUEST' },
  },
  {
    name: 'JSON body: objects nested 4 000 deep',
    path: '/v1/images/resolve',
    body: `${'{"reference":'.repeat(4000)}"x"${'}'.repeat(4000)}`,
    status: 400,
    expect: { code: 'INVALID_REQUEST' },
  },
  {
    name: 'JSON body: 80 000 escaped NUL characters',
    path: '/v1/images/resolve-batch',
    body: `{"references":["${'\\u0000'.repeat(80_000)}"]}`,
    status: 400,
    expect: { code: 'INVALID_REQUEST' },
  },
  {
    name: 'JSON body: 40 000 small members',
    path: '/v1/images/resolve-batch',
    body: `{${Array.from({ length: 40_000 }, (_, i) => `"m${i}":1`).join(',')}}`,
    status: 400,
    expect: { code: 'INVALID_REQUEST' },
  },
];

const NEGOTIATION: Case[] = [
  {
    name: 'Accept-Language: 1 500 ranges (15 KB)',
    path: '/healthz',
    headers: { 'accept-language': 'es-MX;q=0.5,'.repeat(1250) },
    status: 200,
  },
  {
    name: 'Accept: 750 ranges (15 KB)',
    path: '/v1/troubleshooting/plans',
    headers: { accept: 'text/markdown;q=0.1,'.repeat(750) },
    body: JSON.stringify({ error: 'x' }),
    status: 200,
  },
];

const resolveLive = (name: string, header: string, status: number, code: string): Case => ({
  name: `WWW-Authenticate challenge parser: ${name}`,
  path: '/v1/images/resolve',
  body: JSON.stringify({ reference: 'REGISTRY/app:1', resolveDigest: true }),
  challenge: header,
  status,
  expect: { code },
});

const CHALLENGES: Case[] = [
  resolveLive('3 000 parameters', `Bearer ${'a=b,'.repeat(3000)}`, 502, 'UPSTREAM_ERROR'),
  // No Bearer challenge among them: an anonymous pull the registry refused.
  resolveLive('6 000 schemes', 'B '.repeat(6000), 403, 'REGISTRY_PERMISSION_DENIED'),
  resolveLive(
    'a quoted string of 6 000 escapes',
    `Bearer realm="${'\\\\'.repeat(6000)}"`,
    502,
    'UPSTREAM_ERROR',
  ),
];

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const tokens = (name: string, token: string): Case => ({
  name: `JWT parser: ${name}`,
  path: '/v1/tokens',
  headers: { authorization: `Bearer ${token}` },
  body: JSON.stringify({ repository: 'us-docker.pkg.dev/my-project/repo' }),
  status: 401,
  expect: { code: 'UNAUTHENTICATED' },
});

const JWTS: Case[] = [
  tokens('6 000 segments', `${'a.'.repeat(6000)}a`),
  tokens(
    'a payload nested 1 500 deep',
    `${b64('{"alg":"RS256"}')}.${b64(`${'{"a":'.repeat(1500)}1${'}'.repeat(1500)}`)}.c2ln`,
  ),
  tokens(
    'a 10 KB payload',
    `${b64('{"alg":"RS256"}')}.${b64(JSON.stringify({ iss: 'x', a: 'b'.repeat(9000) }))}.c2ln`,
  ),
];

const FEDERATION = {
  issuerUri: 'https://k8s.example.internal',
  projectNumber: '123456789012',
  projectId: 'platform-prod',
  poolId: 'on-prem-clusters',
  providerId: 'cluster-a',
  namespace: 'apps',
  serviceAccount: 'web',
  repository: 'us-docker.pkg.dev/registry-project/team-images',
};

const FEDERATION_PLANS: Case[] = [
  { field: 'serviceAccount', value: `${'a.'.repeat(20_000)}${'-'.repeat(10)}!` },
  { field: 'namespace', value: `${'a-'.repeat(30_000)}!` },
  { field: 'issuerUri', value: `https://${'a.'.repeat(30_000)}` },
  { field: 'repository', value: `${'a/'.repeat(30_000)}A` },
].map(({ field, value }) => ({
  name: `federation plan request: a ${value.length}-character ${field}`,
  path: '/v1/workload-identity/plans',
  body: JSON.stringify({ ...FEDERATION, [field]: value }),
  status: 400,
}));

const CREDENTIAL_PROVIDER: Case[] = [
  {
    name: 'kubelet credential provider: a 50 000-character image and a 6 000-segment token',
    path: '/v1/credential-provider',
    body: JSON.stringify({
      apiVersion: 'credentialprovider.kubelet.k8s.io/v1',
      kind: 'CredentialProviderRequest',
      image: `${'a/'.repeat(25_000)}A`,
      serviceAccountToken: `${'a.'.repeat(6000)}a`,
    }),
    status: 401,
    expect: { code: 'UNAUTHENTICATED' },
  },
];

const CASES = [
  ...MANIFESTS,
  ...IMAGE_REFERENCES,
  ...CLASSIFIER,
  ...JSON_BODIES,
  ...NEGOTIATION,
  ...CHALLENGES,
  ...JWTS,
  ...FEDERATION_PLANS,
  ...CREDENTIAL_PROVIDER,
];

const WARM_POD =
  'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: nginx}]\n';

/** One of each kind, sent before anything is measured. */
const WARM_UP: Case[] = [
  yamlCheck('warm-up', WARM_POD, 200),
  jsonCheck('warm-up', WARM_POD, 200),
  ...[
    IMAGE_REFERENCES,
    CLASSIFIER,
    JSON_BODIES,
    NEGOTIATION,
    CHALLENGES,
    JWTS,
    FEDERATION_PLANS,
    CREDENTIAL_PROVIDER,
  ].flatMap((group) => group),
];

describe(`worst inputs cost the event loop at most ${MAX_EVENT_LOOP_CPU_MS} ms of CPU`, () => {
  it.each(CASES)('$name → $status', async (request) => {
    const measure = async () => {
      const before = mainThreadCpuMs();
      const answer = await send(request);
      return { response: answer, cost: mainThreadCpuMs() - before };
    };
    const first = await measure();
    const { response } = first;
    let cost = first.cost;
    // A full garbage collection owed to earlier cases (their megabyte answers) can land in any
    // request's window and cost the event loop tens of milliseconds that are not this request's.
    // Over the bound, the request is measured twice more and judged by the median of the three:
    // a request that really costs more exceeds the bound again.
    if (cost > MAX_EVENT_LOOP_CPU_MS) {
      const costs = [cost, (await measure()).cost, (await measure()).cost].sort((a, b) => a - b);
      cost = costs[1] as number;
    }

    expect(response.status, response.text.slice(0, 300)).toBe(request.status);
    const contentType = response.headers['content-type'];
    const parsed = /[/+]json\b/.test(contentType ?? '') ? JSON.parse(response.text) : response.text;
    if (request.expect) expect(parsed).toMatchObject(request.expect);
    assertMatchesContract({
      method: request.method ?? (request.body === undefined ? 'GET' : 'POST'),
      path: request.path,
      status: response.status,
      contentType,
      body: parsed,
    });
    expect(cost, `${cost.toFixed(1)} ms of event-loop CPU`).toBeLessThanOrEqual(
      MAX_EVENT_LOOP_CPU_MS,
    );
  });
});
