// Live look-ups (POST /v1/images/resolve with resolveDigest) against registries whose
// challenges matter: the real OCI test registry behind a loopback proxy that drops `service` from
// its challenges (Artifact Registry's multi-region hosts send none; distribution itself will not
// start token auth without one), and a registry whose realm is another port of its own host.
// Both production entries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeMetadataServer, type FakeMetadataServer } from '../../fakes/gce-metadata-server';
import {
  accessTokenPolicy,
  dropChallengeService,
  startCountingProxy,
  startScriptedServer,
  startTestRegistry,
  startTripwire,
  type CountingProxy,
  type ScriptedServer,
  type TestRegistry,
  type Tripwire,
} from '../../fakes/registry';
import { createTestApp, httpTargets, type HttpTarget } from '../../support/app';
import { call } from '../../support/call';
import { useMetadataHost } from '../../support/google-env';
import { recordIssuedSecret } from '../../support/log-capture';

const IDENTITY = 'resolver@test-project.iam.gserviceaccount.com';

let metadata: FakeMetadataServer;
let registry: TestRegistry;
let multiRegion: CountingProxy;
let lure: ScriptedServer;
let tripwire: Tripwire;
const targets: HttpTarget[] = [];

beforeAll(async () => {
  metadata = await startFakeMetadataServer({ email: IDENTITY });
  useMetadataHost(metadata.host);
  registry = await startTestRegistry({
    authorize: (request) => {
      const issued = request.password ? metadata.lookupToken(request.password) : undefined;
      if (issued) recordIssuedSecret(issued.accessToken);
      return issued ? 'grant' : accessTokenPolicy({})(request);
    },
  });
  multiRegion = await startCountingProxy(registry.host, { rewriteChallenge: dropChallengeService });
  tripwire = await startTripwire();
  lure = await startScriptedServer((_request, response) =>
    response
      .writeHead(401, {
        'www-authenticate': `Bearer realm="https://${tripwire.host}/token",service="lure"`,
      })
      .end(),
  );
  const hosts = [multiRegion.host, registry.issuerHost, lure.host].join(',');
  const testApp = createTestApp({
    env: {
      REGISTRY_ALLOWLIST: hosts,
      REGISTRY_INSECURE_HOSTS: hosts,
      REGISTRY_GOOGLE_CREDENTIAL_HOSTS: hosts,
      UPSTREAM_TIMEOUT_MS: '4000',
    },
  });
  targets.push(...httpTargets(testApp.app));
});

afterAll(async () => {
  targets.forEach((target) => target.server.close());
  await Promise.all([
    multiRegion?.stop(),
    registry?.stop(),
    metadata?.close(),
    lure?.stop(),
    tripwire?.stop(),
  ]);
  useMetadataHost(undefined);
});

const ENTRIES = ['cloud-run', 'functions-framework'] as const;
const entryNamed = (name: HttpTarget['name']) =>
  targets.find((target) => target.name === name) as HttpTarget;

describe.each(ENTRIES)('live look-ups through the %s entry', (name) => {
  const target = () => entryNamed(name);

  it('resolves through a challenge without service, asking the token service without one', async () => {
    // One image per entry: the client keeps registry tokens, and each entry must ask for one.
    const image = name === 'cloud-run' ? registry.images.single : registry.images.docker;
    const before = registry.tokenRequests.length;
    const response = await call(target(), 'post', '/v1/images/resolve', {
      json: {
        reference: `${multiRegion.host}/${image.repository}:${image.tag}`,
        resolveDigest: true,
      },
    });
    expect(response.status, response.text).toBe(200);
    expect(response.body).toMatchObject({
      resolved: true,
      digest: image.digest,
      pinned: `${multiRegion.host}/${image.repository}@${image.digest}`,
      identity: IDENTITY,
    });
    const issued = registry.tokenRequests.slice(before);
    expect(issued.length).toBeGreaterThan(0);
    for (const request of issued) expect(request.service).toBeNull();
  });

  it('refuses a token realm on another port of the registry host, connecting to it never', async () => {
    const response = await call(target(), 'post', '/v1/images/resolve', {
      json: { reference: `${lure.host}/team/app:1.0`, resolveDigest: true },
    });
    expect(response.status, response.text).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      code: 'REGISTRY_NOT_ALLOWED',
      pointer: '/reference',
      host: tripwire.host,
      registry: lure.host,
    });
    expect(response.body.detail).toContain(`sent us to the token service "${tripwire.host}"`);
    expect(tripwire.connections).toBe(0);
  });
});

describe.each(ENTRIES)('registry hosts through the %s entry', (name) => {
  it.each(['us-constructor.pkg.dev', 'docker.constructor.rep.pkg.dev'])(
    'reads %s by the host tables’ own entries, never an Object property',
    async (host) => {
      const response = await call(entryNamed(name), 'post', '/v1/images/resolve', {
        json: { reference: `${host}/p/r/i:1` },
      });
      expect(response.text).not.toContain('function');
      expect(response.text).not.toContain('native code');
    },
  );

  it('answers a pkg.dev host of an unknown format as a registry outside Artifact Registry', async () => {
    const response = await call(entryNamed(name), 'post', '/v1/images/resolve', {
      json: { reference: 'us-constructor.pkg.dev/p/r/i:1' },
    });
    expect(response.status, response.text).toBe(200);
    expect(response.body.artifactRegistry).toBeNull();
    expect(response.body.warnings.map((w: { code: string }) => w.code)).toContain(
      'NOT_ARTIFACT_REGISTRY',
    );
  });
});
