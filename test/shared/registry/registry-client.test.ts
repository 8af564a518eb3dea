import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createRegistryClient,
  type RegistryClientOptions,
  type ResolvedDigest,
} from '../../../shared/registry';
import {
  sha256,
  skopeoInspectRaw,
  startCountingProxy,
  startTestRegistry,
  type CountingProxy,
  type TestRegistry,
} from '../../fakes/registry';
import { detailOf, failureOf, referenceAt } from './support';

/** Live look-ups against a real distribution registry with token auth (test/fakes/registry). */

const TOKEN = 'ya29.test-puller-token';
const IDENTITY = 'puller@test-project.iam.gserviceaccount.com';

let registry: TestRegistry;
let proxy: CountingProxy;

beforeAll(async () => {
  registry = await startTestRegistry({
    accessTokens: { [TOKEN]: { pull: ['team/single', 'team/docker', 'team/multi'] } },
    anonymousPull: ['team/multi'],
  });
  proxy = await startCountingProxy(registry.host);
});

afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
});

afterEach(() => registry.setAuthorize(undefined));

function googleSource(token = TOKEN) {
  const source = {
    calls: 0,
    async getAccessToken() {
      source.calls += 1;
      return { token, identity: IDENTITY };
    },
  };
  return source;
}

/** A fresh client (empty caches) that treats the loopback registry and its issuer as Google hosts. */
function clientFor(overrides: Partial<RegistryClientOptions> = {}) {
  return createRegistryClient({
    allowlist: [],
    insecureHosts: [...registry.loopbackHosts, proxy.host],
    googleCredentialHosts: [registry.host, registry.issuerHost, proxy.host],
    googleTokenSource: googleSource(),
    ...overrides,
  });
}

const manifestRequests = (repository: string) => (request: { path: string }) =>
  request.path.startsWith(`/v2/${repository}/manifests/`);

describe('resolving tags against a real registry', () => {
  it.each([
    ['a single-platform OCI image', 'single', 'application/vnd.oci.image.manifest.v1+json'],
    [
      'a Docker v2 schema 2 image',
      'docker',
      'application/vnd.docker.distribution.manifest.v2+json',
    ],
  ] as const)('resolves the tag of %s to its manifest digest', async (_name, key, mediaType) => {
    const image = registry.images[key];
    const answer = await clientFor().resolveDigest(
      referenceAt(registry.host, image.repository, image.tag),
    );
    expect(answer).toEqual<ResolvedDigest>({
      registry: registry.host,
      repositoryPath: image.repository,
      reference: image.tag,
      digest: image.digest,
      digestKind: 'manifest',
      mediaType,
      pinned: `${registry.host}/${image.repository}@${image.digest}`,
      identity: IDENTITY,
    });
  });

  it('resolves the tag of a multi-platform index to the index digest and lists its platforms', async () => {
    const image = registry.images.index;
    const answer = await clientFor().resolveDigest(
      referenceAt(registry.host, image.repository, image.tag),
    );
    expect(answer.digest).toBe(image.digest);
    expect(answer.digestKind).toBe('index');
    expect(answer.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(answer.platforms).toEqual([
      {
        os: 'linux',
        architecture: 'amd64',
        platform: 'linux/amd64',
        digest: image.platforms[0]?.digest,
        mediaType: image.platforms[0]?.mediaType,
      },
      {
        os: 'linux',
        architecture: 'arm64',
        variant: 'v8',
        platform: 'linux/arm64/v8',
        digest: image.platforms[1]?.digest,
        mediaType: image.platforms[1]?.mediaType,
      },
    ]);
    expect(answer.platformDigest).toBeUndefined();
  });

  it.each([['linux/arm64'], ['linux/arm64/v8'], ['linux/aarch64']])(
    'picks the arm64 manifest of the index for platform %s, distinct from the index digest',
    async (platform) => {
      const image = registry.images.index;
      const arm64 = image.platforms[1]?.digest;
      const answer = await clientFor().resolveDigest(
        referenceAt(registry.host, image.repository, image.tag),
        { platform },
      );
      expect(answer.platformDigest).toBe(arm64);
      expect(answer.platformDigest).not.toBe(answer.digest);
      expect(answer.platform).toBe('linux/arm64/v8');
      expect(answer.platformPinned).toBe(`${registry.host}/${image.repository}@${arm64}`);
      expect(answer.pinned).toBe(`${registry.host}/${image.repository}@${image.digest}`);
    },
  );

  it('answers PLATFORM_NOT_FOUND listing the available platforms when the index lacks the platform', async () => {
    const image = registry.images.index;
    const error = await failureOf(
      clientFor().resolveDigest(referenceAt(registry.host, image.repository, image.tag), {
        platform: 'windows/amd64',
      }),
    );
    expect(error.code).toBe('PLATFORM_NOT_FOUND');
    expect(error.status).toBe(404);
    expect(error.path).toEqual(['platform']);
    expect(error.extensions.availablePlatforms).toEqual(['linux/amd64', 'linux/arm64/v8']);
    expect(detailOf(error)).toContain('windows/amd64');
    expect(detailOf(error)).toContain('linux/amd64, linux/arm64/v8');
  });

  it('gives the manifest digest as platformDigest for a single-platform image', async () => {
    const image = registry.images.single;
    const answer = await clientFor().resolveDigest(
      referenceAt(registry.host, image.repository, image.tag),
      { platform: 'linux/amd64' },
    );
    expect(answer).toMatchObject({
      digestKind: 'manifest',
      digest: image.digest,
      platformDigest: image.digest,
      platform: 'linux/amd64',
    });
  });

  it.each([
    ['the index digest', 'index', (r: TestRegistry) => r.images.index.digest, 'index'],
    [
      'a platform manifest digest',
      'index',
      (r: TestRegistry) => r.images.index.platforms[0]?.digest ?? '',
      'manifest',
    ],
    ['a single image digest', 'single', (r: TestRegistry) => r.images.single.digest, 'manifest'],
  ] as const)('confirms a reference pinned by %s', async (_name, key, digestOf, kind) => {
    const digest = digestOf(registry);
    const answer = await clientFor().resolveDigest(
      referenceAt(registry.host, registry.images[key].repository, digest),
    );
    expect(answer.digest).toBe(digest);
    expect(answer.digestKind).toBe(kind);
  });

  it.each([
    ['a tag that was never pushed', 'team/single', 'no-such-tag'],
    ['a digest the repository does not hold', 'team/single', `sha256:${'0'.repeat(64)}`],
  ])('answers MANIFEST_UNKNOWN for %s', async (_name, repositoryPath, reference) => {
    const error = await failureOf(
      clientFor().resolveDigest(referenceAt(registry.host, repositoryPath, reference)),
    );
    expect(error.code).toBe('MANIFEST_UNKNOWN');
    expect(error.status).toBe(404);
    expect(error.path).toEqual(['reference']);
    expect(detailOf(error)).toContain(reference);
  });

  it('asks for all four manifest media types plus schema 1', async () => {
    await clientFor().resolveDigest(referenceAt(proxy.host, 'team/single', '1.0'));
    const request = proxy.requests.filter(manifestRequests('team/single')).at(-1);
    const accept = String(request?.headers.accept);
    for (const mediaType of [
      'application/vnd.oci.image.index.v1+json',
      'application/vnd.oci.image.manifest.v1+json',
      'application/vnd.docker.distribution.manifest.list.v2+json',
      'application/vnd.docker.distribution.manifest.v2+json',
      'application/vnd.docker.distribution.manifest.v1+prettyjws',
    ]) {
      expect(accept).toContain(mediaType);
    }
  });

  it('gives the same bytes skopeo reads for the index (skopeo inspect --raw)', async () => {
    const image = registry.images.index;
    const answer = await clientFor().resolveDigest(
      referenceAt(registry.host, image.repository, image.tag),
    );
    const raw = await skopeoInspectRaw({
      host: registry.host,
      repository: image.repository,
      reference: image.tag,
      creds: `oauth2accesstoken:${TOKEN}`,
    });
    expect(sha256(raw.stdout)).toBe(answer.digest);
  });
});

describe('permissions and credentials', () => {
  it('names the identity and the permission when the token service refuses with 403', async () => {
    registry.setAuthorize(() => 'deny-403');
    const error = await failureOf(
      clientFor().resolveDigest(referenceAt(registry.host, 'team/single', '1.0')),
    );
    expect(error.code).toBe('REGISTRY_PERMISSION_DENIED');
    expect(error.status).toBe(403);
    expect(detailOf(error)).toContain(IDENTITY);
    expect(detailOf(error)).toContain('artifactregistry.repositories.downloadArtifacts');
    expect(error.extensions).toMatchObject({
      identity: IDENTITY,
      permission: 'artifactregistry.repositories.downloadArtifacts',
      upstreamStatus: 403,
      upstreamCode: 'DENIED',
    });
    expect(detailOf(error)).not.toContain('denied on resource');
    expect(detailOf(error)).not.toContain(TOKEN);
  });

  it('answers REGISTRY_PERMISSION_DENIED when the token lacks the scope (registry 401 insufficient_scope)', async () => {
    registry.setAuthorize(() => ({ grant: [] }));
    const error = await failureOf(
      clientFor().resolveDigest(referenceAt(registry.host, 'team/single', '1.0')),
    );
    expect(error.code).toBe('REGISTRY_PERMISSION_DENIED');
    expect(error.extensions).toMatchObject({ identity: IDENTITY, upstreamStatus: 401 });
    expect(detailOf(error)).toContain('artifactregistry.repositories.downloadArtifacts');
  });

  it('answers REGISTRY_PERMISSION_DENIED when the token service rejects the Google token (401)', async () => {
    const client = clientFor({ googleTokenSource: googleSource('ya29.not-accepted') });
    const error = await failureOf(
      client.resolveDigest(referenceAt(registry.host, 'team/single', '1.0')),
    );
    expect(error.code).toBe('REGISTRY_PERMISSION_DENIED');
    expect(error.extensions.upstreamStatus).toBe(401);
  });

  it('sends the Google token as Basic oauth2accesstoken to a Google credential host', async () => {
    const before = registry.tokenRequests.length;
    await clientFor().resolveDigest(referenceAt(registry.host, 'team/single', '1.0'));
    const sent = registry.tokenRequests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      username: 'oauth2accesstoken',
      password: TOKEN,
      service: registry.service,
    });
    expect(sent[0]?.scopes).toEqual([
      { type: 'repository', name: 'team/single', actions: ['pull'] },
    ]);
  });

  it('asks anonymously, without touching the Google credentials, for a registry that is not a Google host', async () => {
    const source = googleSource();
    const client = clientFor({ googleCredentialHosts: [], googleTokenSource: source });
    const before = registry.tokenRequests.length;
    const answer = await client.resolveDigest(referenceAt(registry.host, 'team/multi', '1.0'));
    expect(answer.digest).toBe(registry.images.index.digest);
    expect(answer.identity).toBeNull();
    expect(
      registry.tokenRequests.slice(before).map((request) => request.authorizationHeader),
    ).toEqual([null]);
    expect(source.calls).toBe(0);

    const denied = await failureOf(
      client.resolveDigest(referenceAt(registry.host, 'team/single', '1.0')),
    );
    expect(denied.code).toBe('REGISTRY_PERMISSION_DENIED');
    expect(denied.extensions.identity).toBeNull();
    expect(denied.extensions.permission).toBeUndefined();
  });

  it('refuses to send Google credentials to a realm that is not a Google credential host', async () => {
    const source = googleSource();
    const client = clientFor({ googleCredentialHosts: [registry.host], googleTokenSource: source });
    const before = registry.tokenRequests.length;
    const error = await failureOf(
      client.resolveDigest(referenceAt(registry.host, 'team/single', '1.0')),
    );
    expect(error.code).toBe('REGISTRY_NOT_ALLOWED');
    expect(error.extensions.host).toBe(registry.issuerHost);
    expect(registry.tokenRequests.length).toBe(before);
    expect(source.calls).toBe(0);
  });
});

describe('caching and sharing', () => {
  const clock = () => {
    const state = { time: 1_000_000, now: () => state.time };
    return state;
  };

  it('reuses the registry token: a second look-up makes no token request', async () => {
    const client = clientFor();
    const before = registry.tokenRequests.length;
    const first = await client.resolveDigest(referenceAt(registry.host, 'team/docker', '1.0'));
    const second = await client.resolveDigest(referenceAt(registry.host, 'team/docker', '1.0'));
    expect(second.digest).toBe(first.digest);
    expect(registry.tokenRequests.length - before).toBe(1);
  });

  it('asks for a new registry token once the cached one expires', async () => {
    const time = clock();
    const client = clientFor({ clock: time });
    const before = registry.tokenRequests.length;
    await client.resolveDigest(referenceAt(registry.host, 'team/docker', '1.0'));
    time.time += 301_000; // the issuer's tokens live 300 s
    await client.resolveDigest(referenceAt(registry.host, 'team/docker', '1.0'));
    expect(registry.tokenRequests.length - before).toBe(2);
  });

  it('asks the registry again for a tag every time by default (tags are mutable)', async () => {
    const client = clientFor();
    const before = proxy.count(manifestRequests('team/docker'));
    await client.resolveDigest(referenceAt(proxy.host, 'team/docker', '1.0'));
    await client.resolveDigest(referenceAt(proxy.host, 'team/docker', '1.0'));
    // Each look-up: HEAD without a token (401), then HEAD with it; the second reuses the token.
    expect(proxy.count(manifestRequests('team/docker')) - before).toBe(3);
  });

  it('reuses a tag answer for tagCacheTtlMs, then asks again', async () => {
    const time = clock();
    const client = clientFor({ clock: time, tagCacheTtlMs: 10_000 });
    const target = referenceAt(proxy.host, 'team/docker', '1.0');
    await client.resolveDigest(target);
    const afterFirst = proxy.count(manifestRequests('team/docker'));
    time.time += 9_000;
    await client.resolveDigest(target);
    expect(proxy.count(manifestRequests('team/docker'))).toBe(afterFirst);
    time.time += 2_000;
    await client.resolveDigest(target);
    expect(proxy.count(manifestRequests('team/docker'))).toBe(afterFirst + 1);
  });

  it('serves a manifest looked up by digest from the cache the second time', async () => {
    const client = clientFor();
    const target = referenceAt(proxy.host, 'team/multi', registry.images.index.digest);
    const first = await client.resolveDigest(target, { platform: 'linux/amd64' });
    const afterFirst = proxy.requests.length;
    const second = await client.resolveDigest(target, { platform: 'linux/arm64' });
    expect(proxy.requests.length).toBe(afterFirst);
    expect(second.digest).toBe(first.digest);
    expect(second.platformDigest).toBe(registry.images.index.platforms[1]?.digest);
  });

  it('shares one upstream request among 10 concurrent identical look-ups', async () => {
    const client = clientFor();
    const beforeManifests = proxy.count(manifestRequests('team/multi'));
    const beforeTokens = registry.tokenRequests.length;
    const target = referenceAt(proxy.host, 'team/multi', '1.0');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => client.resolveDigest(target, { platform: 'linux/arm64' })),
    );
    expect(new Set(answers.map((answer) => answer.platformDigest))).toEqual(
      new Set([registry.images.index.platforms[1]?.digest]),
    );
    // One look-up: HEAD (401), HEAD with the token, GET of the index by digest.
    expect(proxy.count(manifestRequests('team/multi')) - beforeManifests).toBe(3);
    expect(registry.tokenRequests.length - beforeTokens).toBe(1);
  });
});
