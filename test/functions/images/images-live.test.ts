import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeMetadataServer, type FakeMetadataServer } from '../../fakes/gce-metadata-server';
import {
  accessTokenPolicy,
  startTestRegistry,
  startTripwire,
  type TestRegistry,
  type Tripwire,
} from '../../fakes/registry';
import { createTestApp, httpTargets, type HttpTarget } from '../../support/app';
import { call } from '../../support/call';
import { useMetadataHost } from '../../support/google-env';
import { recordIssuedSecret } from '../../support/log-capture';

let metadata: FakeMetadataServer;
let registry: TestRegistry;
let tripwire: Tripwire;
let target: HttpTarget;
let targets: HttpTarget[];
let denyAll = false;

beforeAll(async () => {
  metadata = await startFakeMetadataServer({
    email: 'resolver@test-project.iam.gserviceaccount.com',
  });
  useMetadataHost(metadata.host);
  registry = await startTestRegistry({
    authorize: (request) => {
      if (denyAll) return 'deny-403';
      const issued = request.password ? metadata.lookupToken(request.password) : undefined;
      if (issued) recordIssuedSecret(issued.accessToken);
      return issued ? 'grant' : accessTokenPolicy({})(request);
    },
  });
  tripwire = await startTripwire();
  const hosts = `${registry.host},${registry.issuerHost}`;
  const testApp = createTestApp({
    env: {
      REGISTRY_ALLOWLIST: hosts,
      REGISTRY_INSECURE_HOSTS: hosts,
      REGISTRY_GOOGLE_CREDENTIAL_HOSTS: hosts,
      UPSTREAM_TIMEOUT_MS: '3000',
    },
  });
  targets = httpTargets(testApp.app);
  target = targets[0] as HttpTarget;
});

afterAll(async () => {
  targets.forEach((t) => t.server.close());
  await Promise.all([registry?.stop(), metadata?.close(), tripwire?.stop()]);
  useMetadataHost(undefined);
});

describe('POST /v1/images/resolve with resolveDigest against a real registry', () => {
  it('pins a single-platform image to the digest the registry computed at push time', async () => {
    const { single } = registry.images;
    const reference = `${registry.host}/${single.repository}:${single.tag}`;
    const response = await call(target, 'post', '/v1/images/resolve', {
      json: { reference, resolveDigest: true },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      resolved: true,
      digest: single.digest,
      digestKind: 'manifest',
      mediaType: single.mediaType,
      pinned: `${registry.host}/${single.repository}@${single.digest}`,
      identity: 'resolver@test-project.iam.gserviceaccount.com',
      tag: single.tag,
    });
  });

  it('tells the index digest and the platform digest apart', async () => {
    const { index } = registry.images;
    const arm = index.platforms.find((p) => p.architecture === 'arm64');
    const response = await call(targets[1] as HttpTarget, 'get', '/v1/images/resolve', {
      query: {
        reference: `${registry.host}/${index.repository}:${index.tag}`,
        resolveDigest: 'true',
        platform: 'linux/arm64',
      },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      digest: index.digest,
      digestKind: 'index',
      platformDigest: arm?.digest,
    });
    expect(response.body.platforms.map((p: { platform: string }) => p.platform).sort()).toEqual([
      'linux/amd64',
      'linux/arm64/v8',
    ]);
    expect(response.body.platformDigest).not.toBe(response.body.digest);
  });

  it('never lets a cache keep a live answer (no-store, no ETag), whatever If-None-Match says', async () => {
    const { single } = registry.images;
    const response = await call(target, 'get', '/v1/images/resolve', {
      query: {
        reference: `${registry.host}/${single.repository}:${single.tag}`,
        resolveDigest: 'true',
      },
      headers: { 'if-none-match': '*' },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ resolved: true, digest: single.digest });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.etag).toBeUndefined();
    // Vary names only Accept-Language, as on every answer: no cache key beyond the language.
    expect(response.headers.vary).toBe('Accept-Language');
  });

  it('answers PLATFORM_NOT_FOUND listing the platforms the index has', async () => {
    const { index } = registry.images;
    const response = await call(target, 'post', '/v1/images/resolve', {
      json: {
        reference: `${registry.host}/${index.repository}:${index.tag}`,
        resolveDigest: true,
        platform: 'windows/amd64',
      },
    });
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('PLATFORM_NOT_FOUND');
    expect(response.body.detail).toContain('linux/arm64');
  });

  it('answers MANIFEST_UNKNOWN for a tag the repository lacks', async () => {
    const response = await call(target, 'post', '/v1/images/resolve', {
      json: {
        reference: `${registry.host}/${registry.images.single.repository}:no-such-tag`,
        resolveDigest: true,
      },
    });
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('MANIFEST_UNKNOWN');
  });

  it('answers REGISTRY_PERMISSION_DENIED naming the identity and the permission', async () => {
    denyAll = true;
    try {
      const response = await call(target, 'post', '/v1/images/resolve', {
        json: {
          reference: `${registry.host}/${registry.images.docker.repository}:${registry.images.docker.tag}`,
          resolveDigest: true,
        },
      });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('REGISTRY_PERMISSION_DENIED');
      expect(response.body.detail).toContain('resolver@test-project.iam.gserviceaccount.com');
      expect(response.body.detail).toContain('artifactregistry.repositories.downloadArtifacts');
    } finally {
      denyAll = false;
    }
  });

  it.each([
    { name: 'a loopback port off the allowlist', reference: () => `${tripwire.host}/team/app:1` },
    {
      name: 'the metadata server',
      reference: () => 'metadata.google.internal/computemetadata/v1:1',
    },
    { name: 'a link-local IP', reference: () => '169.254.169.254/latest:1' },
    { name: 'a look-alike host', reference: () => 'us-docker.pkg.dev.evil.example/p/r/i:1' },
  ])(
    'refuses $name before connecting (REGISTRY_NOT_ALLOWED) but still parses it offline',
    async ({ reference }) => {
      const live = await call(target, 'post', '/v1/images/resolve', {
        json: { reference: reference(), resolveDigest: true },
      });
      expect(live.status).toBe(400);
      expect(live.body.code).toBe('REGISTRY_NOT_ALLOWED');
      const offline = await call(target, 'post', '/v1/images/resolve', {
        json: { reference: reference() },
      });
      expect(offline.status).toBe(200);
      expect(tripwire.connections).toBe(0);
    },
  );
});

describe('live resolution without Google credentials', () => {
  it('answers NO_CREDENTIALS with the fix, while offline answers keep working', async () => {
    useMetadataHost(tripwire.host.replace(/:\d+$/, ':9'));
    try {
      const hosts = `${registry.host},${registry.issuerHost}`;
      const app = createTestApp({
        env: {
          REGISTRY_ALLOWLIST: hosts,
          REGISTRY_INSECURE_HOSTS: hosts,
          REGISTRY_GOOGLE_CREDENTIAL_HOSTS: hosts,
        },
      });
      const [noCredentials] = httpTargets(app.app);
      const reference = `${registry.host}/${registry.images.single.repository}:${registry.images.single.tag}`;
      const live = await call(noCredentials as HttpTarget, 'post', '/v1/images/resolve', {
        json: { reference, resolveDigest: true },
      });
      expect(live.status).toBe(503);
      expect(live.body.code).toBe('NO_CREDENTIALS');
      expect(live.body.detail).toMatch(/application-default login|service account/);
      const offline = await call(noCredentials as HttpTarget, 'post', '/v1/images/resolve', {
        json: { reference },
      });
      expect(offline.status).toBe(200);
      noCredentials?.server.close();
    } finally {
      useMetadataHost(metadata.host);
    }
  });
});

describe('live look-ups are bounded per request and shared', () => {
  it('refuses a batch asking for more distinct live look-ups than MAX_LIVE_LOOKUPS, before making any', async () => {
    const tokenRequestsBefore = registry.tokenRequests.length;
    const references = Array.from(
      { length: 101 },
      (_, i) => `${registry.host}/team/never-looked-up-${i}:1.0`,
    );
    const response = await call(target, 'post', '/v1/images/resolve-batch', {
      json: { references, resolveDigest: true },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'TOO_MANY_LIVE_LOOKUPS',
      pointer: '/references',
      limit: 'liveLookups',
      maximum: 100,
      requested: 101,
    });
    expect(response.body.detail).toContain('at most 100');
    expect(registry.tokenRequests.length).toBe(tokenRequestsBefore);
  });

  it("pins every accepted reference of a large batch (parsed on the worker pool) and keeps each bad one's problem", async () => {
    const { single } = registry.images;
    const pinned = `${registry.host}/${single.repository}:${single.tag}`;
    const references = Array.from({ length: 600 }, (_, i) =>
      i % 3 === 2 ? `${'a/'.repeat(30)}Bad${i}` : pinned,
    );
    const response = await call(target, 'post', '/v1/images/resolve-batch', {
      json: { references, resolveDigest: true },
    });
    expect(response.status).toBe(200);
    expect(response.body.results).toHaveLength(600);
    (response.body.results as Array<Record<string, unknown>>).forEach((result, index) => {
      expect(result.reference).toBe(references[index]);
      expect(result).toMatchObject(
        index % 3 === 2
          ? { ok: false, problem: { code: 'INVALID_REFERENCE', pointer: `/references/${index}` } }
          : { ok: true, image: { resolved: true, digest: single.digest, tag: single.tag } },
      );
    });
  });

  it('looks each distinct reference up once, however often the batch repeats it', async () => {
    const repository = `team/asked-many-times-${Date.now()}`;
    const reference = `${registry.host}/${repository}:1.0`;
    const response = await call(target, 'post', '/v1/images/resolve-batch', {
      json: { references: Array.from({ length: 40 }, () => reference), resolveDigest: true },
    });
    expect(response.status).toBe(200);
    expect(response.body.results).toHaveLength(40);
    const manifestRequests = new Set(
      registry
        .log()
        .split('\n')
        .filter((line) => line.includes(`/v2/${repository}/manifests/1.0`))
        .map((line) => /http\.request\.id=(\S+)/.exec(line)?.[1]),
    ).size;
    // One look-up: a HEAD answered 401, then the HEAD with the token (404: nothing pushed there).
    expect(manifestRequests).toBeGreaterThan(0);
    expect(manifestRequests).toBeLessThanOrEqual(2);
    for (const [index, result] of (
      response.body.results as Array<Record<string, unknown>>
    ).entries()) {
      expect(result).toMatchObject({
        ok: false,
        problem: { code: 'MANIFEST_UNKNOWN', pointer: `/references/${index}` },
      });
    }
  });
});
