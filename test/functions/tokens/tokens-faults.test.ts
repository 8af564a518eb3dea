// IAM Credentials misbehaving under POST /v1/tokens: resets, hangs, trickles, 5xx, garbage,
// huge bodies and wrong content types each become the right problem within the configured
// timeout; the service stays healthy and no credential reaches the answer or the logs.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamEndlessly } from '../../fakes/endless-body';
import { startFakeMetadataServer, type FakeMetadataServer } from '../../fakes/gce-metadata-server';
import { startFakeOidcIssuer, type FakeOidcIssuer } from '../../fakes/oidc-issuer';
import { sendOversized, type OversizedAnswer } from '../../fakes/policy-troubleshooter';
import {
  startScriptedServer,
  type ScriptedHandler,
  type ScriptedServer,
} from '../../fakes/registry';
import { createTestApp, httpTargets, type HttpTarget, type TestApp } from '../../support/app';
import { call } from '../../support/call';
import { useMetadataHost } from '../../support/google-env';

const AUDIENCE = 'https://gke-pull-assistant.faults.test';
const SUBJECT = 'system:serviceaccount:pull-secrets:refresher';
const PULLER = 'ar-puller@registry-project.iam.gserviceaccount.com';
const REPOSITORY = 'us-docker.pkg.dev/registry-project/team-images';
// Long enough for google-auth-library's own retries of a 5xx (about 2.5 s) to end in its error.
const TIMEOUT_MS = 4000;
const UPSTREAM_SECRET = 'iam-body-secret-3c1d';

let metadata: FakeMetadataServer;
let cluster: FakeOidcIssuer;
let iam: ScriptedServer;
let testApp: TestApp;
let targets: HttpTarget[];

beforeAll(async () => {
  process.env.CLOUDSDK_CONFIG = mkdtempSync(join(tmpdir(), 'gcloud-'));
  metadata = await startFakeMetadataServer();
  useMetadataHost(metadata.host);
  cluster = await startFakeOidcIssuer();
  iam = await startScriptedServer((_request, response) => response.end());
  testApp = createTestApp({
    env: {
      AUTH_AUDIENCE: AUDIENCE,
      AUTH_TRUSTED_ISSUERS: JSON.stringify([{ issuer: cluster.issuer, jwksUri: cluster.jwksUri }]),
      ACCESS_POLICY: JSON.stringify({
        rules: [
          {
            name: 'refresher',
            callers: [{ issuer: cluster.issuer, subject: SUBJECT }],
            repositories: [REPOSITORY],
            pullerServiceAccount: PULLER,
          },
        ],
      }),
      IAM_CREDENTIALS_ENDPOINT: iam.url,
      UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS),
    },
  });
  targets = httpTargets(testApp.app);
});

afterAll(async () => {
  targets.forEach((t) => t.server.close());
  await Promise.all([metadata.close(), cluster.close(), iam.stop()]);
  useMetadataHost(undefined);
});

function idToken(): string {
  const now = Math.floor(Date.now() / 1000);
  return cluster.mint({ sub: SUBJECT, aud: AUDIENCE, iat: now, exp: now + 600 });
}

const json = (status: number, body: string, type = 'application/json') =>
  ((_request, response) =>
    response.writeHead(status, { 'content-type': type }).end(body)) as ScriptedHandler;

/** Far above each cap plus the sockets' buffers, far below what reading to a timeout takes. */
const CAPPED_READ_BYTES = 32 * 1024 * 1024;
const iamStreams: Array<{ written: () => number }> = [];

const faults: Array<{ name: string; handler: ScriptedHandler; status: number; code: string }> = [
  {
    name: 'resets the connection',
    handler: (request) => request.socket.destroy(),
    status: 502,
    code: 'UPSTREAM_ERROR',
  },
  { name: 'hangs', handler: () => undefined, status: 504, code: 'UPSTREAM_TIMEOUT' },
  {
    name: 'trickles its answer forever',
    handler: (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"accessToken":');
    },
    status: 504,
    code: 'UPSTREAM_TIMEOUT',
  },
  {
    name: 'answers 500',
    handler: json(
      500,
      JSON.stringify({ error: { code: 500, message: UPSTREAM_SECRET, status: 'INTERNAL' } }),
    ),
    status: 502,
    code: 'UPSTREAM_ERROR',
  },
  {
    name: 'answers invalid JSON',
    handler: json(200, `{"accessToken": ${UPSTREAM_SECRET}`),
    status: 502,
    code: 'UPSTREAM_ERROR',
  },
  {
    name: 'answers the wrong content type',
    handler: json(200, `<html>${UPSTREAM_SECRET}</html>`, 'text/html'),
    status: 502,
    code: 'UPSTREAM_ERROR',
  },
  {
    name: 'answers JSON without a token',
    handler: json(200, JSON.stringify({ expireTime: '2030-01-01T00:00:00Z' })),
    status: 502,
    code: 'UPSTREAM_ERROR',
  },
  {
    name: 'answers a huge body',
    handler: (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 32);
      for (let i = 0; i < 16; i += 1) response.write(chunk);
      response.end('{}');
    },
    status: 502,
    code: 'UPSTREAM_ERROR',
  },
  {
    // Without a cap on the body read, this is read until the timeout (504).
    name: 'streams a body that never ends',
    handler: (_request, response) => {
      iamStreams.push(streamEndlessly(response));
    },
    status: 502,
    code: 'UPSTREAM_ERROR',
  },
  {
    name: 'refuses the impersonation',
    handler: json(
      403,
      JSON.stringify({ error: { code: 403, message: 'denied', status: 'PERMISSION_DENIED' } }),
    ),
    status: 403,
    code: 'IMPERSONATION_DENIED',
  },
];

describe('IAM Credentials that misbehaves, through POST /v1/tokens', () => {
  it.each(faults)(
    '$name → $status $code within the timeout; the service stays healthy',
    async ({ handler, status, code }) => {
      iam.setHandler(handler);
      const [target] = targets as [HttpTarget];
      const started = performance.now();
      const response = await call(target, 'post', '/v1/tokens', {
        json: { repository: `${REPOSITORY}/app`, lifetimeSeconds: 600 },
        headers: { authorization: `Bearer ${idToken()}` },
      });
      expect(response.status, response.text).toBe(status);
      expect(response.body.code).toBe(code);
      expect(performance.now() - started).toBeLessThan(TIMEOUT_MS * 2 + 2000);
      expect(response.text).not.toContain(UPSTREAM_SECRET);
      for (const issued of metadata.issuedTokens())
        expect(response.text).not.toContain(issued.accessToken);
      expect((await call(target, 'get', '/healthz')).status).toBe(200);
      for (const stream of iamStreams.splice(0))
        expect(stream.written()).toBeLessThan(CAPPED_READ_BYTES);
    },
  );

  it('stops reading an IAM answer larger than the bound (4 MiB) and answers 502', async () => {
    const answers: OversizedAnswer[] = [];
    iam.setHandler((request, response) => {
      request.resume();
      sendOversized(response, 64 * 1024 * 1024, answers);
    });
    const response = await call(targets[0] as HttpTarget, 'post', '/v1/tokens', {
      json: { repository: `${REPOSITORY}/app`, lifetimeSeconds: 900 },
      headers: { authorization: `Bearer ${idToken()}` },
    });
    expect(response.status, response.text).toBe(502);
    expect(response.body.code).toBe('UPSTREAM_ERROR');
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) {
      expect(answer.completed).toBe(false);
      expect(answer.written).toBeLessThan(32 * 1024 * 1024);
    }
  });

  it('logged neither the upstream bodies nor any credential', () => {
    const logs = testApp.rawLogs.join('\n');
    expect(logs).not.toContain(UPSTREAM_SECRET);
    for (const issued of metadata.issuedTokens()) expect(logs).not.toContain(issued.accessToken);
  });
});

describe('key documents that never end, through POST /v1/tokens', () => {
  const endless: ScriptedServer[] = [];
  const streams: Array<{ written: () => number }> = [];
  let app: TestApp;
  const issuers: FakeOidcIssuer[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 3; i += 1)
      endless.push(
        await startScriptedServer((_request, response) => {
          streams.push(streamEndlessly(response));
        }),
      );
    const [jwks, discovery, certs] = endless as [ScriptedServer, ScriptedServer, ScriptedServer];
    issuers.push(
      await startFakeOidcIssuer(),
      await startFakeOidcIssuer({ issuer: discovery.url }),
      await startFakeOidcIssuer({ issuer: 'https://accounts.google.com' }),
    );
    app = createTestApp({
      env: {
        AUTH_AUDIENCE: AUDIENCE,
        AUTH_TRUSTED_ISSUERS: JSON.stringify([
          { issuer: issuers[0]?.issuer, jwksUri: `${jwks.url}/jwks` },
          { issuer: discovery.url },
        ]),
        GOOGLE_OAUTH_CERTS_URL: `${certs.url}/oauth2/v1/certs`,
        ACCESS_POLICY: JSON.stringify({ rules: [] }),
        UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS),
      },
    });
  });

  afterAll(async () => {
    await Promise.all([
      ...endless.map((server) => server.stop()),
      ...issuers.map((i) => i.close()),
    ]);
  });

  it.each([
    { name: 'a JWKS', issuer: 0 },
    { name: 'an OIDC discovery document', issuer: 1 },
    { name: "Google's certificates", issuer: 2 },
  ])('stops reading $name past its cap: 502, not a timeout', async ({ issuer }) => {
    const now = Math.floor(Date.now() / 1000);
    const token = issuers[issuer]!.mint({ sub: 'caller', aud: AUDIENCE, iat: now, exp: now + 600 });
    const [target] = httpTargets(app.app);
    const response = await call(target!, 'post', '/v1/tokens', {
      json: { repository: REPOSITORY },
      headers: { authorization: `Bearer ${token}` },
    });
    target?.server.close();
    expect(response.status, response.text).toBe(502);
    expect(response.body.code).toBe('UPSTREAM_ERROR');
    expect(streams.length).toBeGreaterThan(0);
    for (const stream of streams.splice(0))
      expect(stream.written()).toBeLessThan(CAPPED_READ_BYTES);
  });
});
