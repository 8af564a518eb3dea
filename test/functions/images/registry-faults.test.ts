// Upstream faults seen through the whole service: a registry (and the metadata server behind the
// service's own credentials) that hangs, resets, trickles, fails, or answers garbage. Each maps to
// the right problem within the configured timeout, the service stays healthy, and nothing of the
// upstream's answer or any credential leaks into the answer or the logs.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeMetadataServer, type FakeMetadataServer } from '../../fakes/gce-metadata-server';
import {
  startScriptedServer,
  type ScriptedHandler,
  type ScriptedServer,
} from '../../fakes/registry';
import { createTestApp, httpTargets, type HttpTarget, type TestApp } from '../../support/app';
import { call } from '../../support/call';
import { useMetadataHost } from '../../support/google-env';

const TIMEOUT_MS = 400;
const SECRET_BODY = 'upstream-secret-detail-7f3a';
const MANIFEST = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  config: {},
  layers: [],
});

let registry: ScriptedServer;
let metadata: FakeMetadataServer;
let testApp: TestApp;
let target: HttpTarget;
let targets: HttpTarget[];

beforeAll(async () => {
  metadata = await startFakeMetadataServer({
    email: 'faults@test-project.iam.gserviceaccount.com',
  });
  useMetadataHost(metadata.host);
  registry = await startScriptedServer((_request, response) => response.end());
  testApp = createTestApp({
    env: {
      REGISTRY_ALLOWLIST: registry.host,
      REGISTRY_INSECURE_HOSTS: registry.host,
      UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS),
    },
  });
  targets = httpTargets(testApp.app);
  target = targets[0] as HttpTarget;
  // Warm-up, outside the timed cases and with its own budget: the registry client and its
  // modules load on the first live look-up, which on a busy machine may take longer than the
  // bound the cases measure.
  await call(target, 'post', '/v1/images/resolve', {
    json: { reference: reference(), resolveDigest: true },
  });
});

afterAll(async () => {
  targets.forEach((t) => t.server.close());
  await Promise.all([registry.stop(), metadata.close()]);
  useMetadataHost(undefined);
});

const reference = () => `${registry.host}/team/app:1.0`;

const faults: Array<{ name: string; handler: ScriptedHandler; status: number; code: string }> = [
  {
    name: 'hangs without answering',
    handler: () => undefined,
    status: 504,
    code: 'UPSTREAM_TIMEOUT',
  },
  {
    name: 'resets the connection',
    handler: (request) => request.socket.destroy(),
    status: 502,
    code: 'UPSTREAM_ERROR',
  },
  {
    name: 'sends headers then trickles the body forever',
    handler: (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' });
      response.write('{');
    },
    status: 504,
    code: 'UPSTREAM_TIMEOUT',
  },
  {
    name: 'answers 500 with a body',
    handler: (_request, response) =>
      response.writeHead(500, { 'content-type': 'text/plain' }).end(SECRET_BODY),
    status: 502,
    code: 'UPSTREAM_ERROR',
  },
  {
    name: 'answers invalid JSON as a manifest',
    handler: (_request, response) =>
      response
        .writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' })
        .end(`{${SECRET_BODY}`),
    status: 502,
    code: 'UPSTREAM_ERROR',
  },
  {
    name: 'answers a huge body',
    handler: (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' });
      const chunk = Buffer.alloc(1024 * 1024, 32);
      for (let i = 0; i < 8; i += 1) response.write(chunk);
      response.end('{}');
    },
    status: 502,
    code: 'UPSTREAM_ERROR',
  },
  {
    name: 'answers the wrong content type',
    handler: (_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end(`<html>${SECRET_BODY}</html>`),
    status: 502,
    code: 'UPSTREAM_ERROR',
  },
  {
    name: 'answers 429 Too Many Requests',
    handler: (_request, response) => response.writeHead(429, { 'retry-after': '17' }).end(),
    status: 503,
    code: 'UPSTREAM_RATE_LIMITED',
  },
  {
    name: 'refuses HEAD, then answers GET with a manifest whose digest header lies',
    handler: (request, response) =>
      request.method === 'HEAD'
        ? response.writeHead(405).end()
        : response
            .writeHead(200, {
              'content-type': 'application/vnd.oci.image.manifest.v1+json',
              'docker-content-digest': `sha256:${'0'.repeat(64)}`,
            })
            .end(MANIFEST),
    status: 502,
    code: 'UPSTREAM_ERROR',
  },
];

describe('a registry that misbehaves', () => {
  it.each(faults)(
    '$name → $status $code within the timeout, and the service stays healthy',
    async ({ handler, status, code }) => {
      registry.setHandler(handler);
      const started = performance.now();
      const response = await call(target, 'post', '/v1/images/resolve', {
        json: { reference: reference(), resolveDigest: true },
      });
      const elapsed = performance.now() - started;
      expect(response.status).toBe(status);
      expect(response.body.code).toBe(code);
      expect(elapsed).toBeLessThan(TIMEOUT_MS * 2 + 1500);
      expect(response.text).not.toContain(SECRET_BODY);
      if (code === 'UPSTREAM_RATE_LIMITED') expect(response.headers['retry-after']).toBe('17');
      expect((await call(target, 'get', '/healthz')).status).toBe(200);
    },
  );
});

describe('a GCE metadata server that misbehaves', () => {
  let brokenMetadata: Server;
  beforeAll(async () => {
    brokenMetadata = createServer((request) => {
      // Answers the availability probe, then hangs on the token request.
      if (
        request.url === '/' ||
        (request.url?.startsWith('/computeMetadata/v1/instance') && !request.url.includes('token'))
      ) {
        request.socket.end(
          'HTTP/1.1 200 OK\r\nMetadata-Flavor: Google\r\ncontent-length: 0\r\n\r\n',
        );
      }
    });
    await new Promise<void>((resolve) => brokenMetadata.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => brokenMetadata.close(() => resolve())));

  it('bounds a hanging token request by the timeout', async () => {
    registry.setHandler((_request, response) =>
      response
        .writeHead(401, {
          'www-authenticate': `Bearer realm="http://${registry.host}/token",service="test"`,
        })
        .end(),
    );
    useMetadataHost(`127.0.0.1:${(brokenMetadata.address() as AddressInfo).port}`);
    try {
      const app = createTestApp({
        env: {
          REGISTRY_ALLOWLIST: registry.host,
          REGISTRY_INSECURE_HOSTS: registry.host,
          REGISTRY_GOOGLE_CREDENTIAL_HOSTS: registry.host,
          UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS),
        },
      });
      const started = performance.now();
      const response = await app.app.request('/v1/images/resolve', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reference: reference(), resolveDigest: true }),
      });
      const body = (await response.json()) as { code: string };
      expect([503, 504]).toContain(response.status);
      expect(['UPSTREAM_TIMEOUT', 'NO_CREDENTIALS']).toContain(body.code);
      expect(performance.now() - started).toBeLessThan(TIMEOUT_MS * 2 + 1500);
    } finally {
      useMetadataHost(metadata.host);
    }
  });
});

describe('after all the faults', () => {
  it('logged no upstream body and no credential', () => {
    const logs = testApp.rawLogs.join('\n');
    expect(logs).not.toContain(SECRET_BODY);
    for (const issued of metadata.issuedTokens()) expect(logs).not.toContain(issued.accessToken);
  });
});
