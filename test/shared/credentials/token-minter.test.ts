import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GoogleAuth, gcpMetadata } from 'google-auth-library';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ACCESS_SCOPES,
  SOURCE_SCOPES,
  TOKEN_CREATOR_ROLE,
  createTokenMinter,
  type MintRequest,
  type TokenMinterOptions,
} from '../../../shared/credentials';
import { startFakeMetadataServer, type FakeMetadataServer } from '../../fakes/gce-metadata-server';
import { startFakeIamCredentials, type FakeIamCredentials } from '../../fakes/iam-credentials';
import { renderMessage } from '../../../shared/i18n';
import type { AppError } from '../../../shared/problems';
import { appErrorFrom, expectNoSecretIn } from './expect-no-secret';

/** The detail as the English answer shows it. */
const detailOf = (error: AppError): string =>
  typeof error.detail === 'string' ? error.detail : renderMessage(error.detail, 'en');

const PULLER = 'ar-puller@registry-project.iam.gserviceaccount.com';
const REPOSITORY = {
  registry: 'us-docker.pkg.dev',
  repositoryPathPrefix: 'registry-project/team-images',
};

let metadata: FakeMetadataServer;
let iam: FakeIamCredentials;
let clock: number;
let gcloudConfig: string;
const savedEnv = { ...process.env };

/** Everything the fakes ever issued: none of it may appear in an error. */
function issuedSecrets(): string[] {
  return [
    ...metadata.issuedTokens().map((token) => token.accessToken),
    ...iam.issuedTokens().map((token) => token.accessToken),
  ];
}

function minter(overrides: Partial<TokenMinterOptions> = {}) {
  return createTokenMinter({
    // google-auth-library's real ADC discovery, finding the fake through GCE_METADATA_HOST.
    source: new GoogleAuth({ scopes: [...SOURCE_SCOPES] }),
    iamCredentialsEndpoint: iam.url,
    now: () => clock,
    ...overrides,
  });
}

function pull(overrides: Partial<MintRequest> = {}): MintRequest {
  return {
    repository: REPOSITORY,
    access: 'pull',
    lifetimeSeconds: 1800,
    grant: { pullerServiceAccount: PULLER, maxLifetimeSeconds: 3600 },
    ...overrides,
  };
}

beforeAll(async () => {
  // No ambient credentials: no key file, an empty gcloud config directory.
  gcloudConfig = mkdtempSync(join(tmpdir(), 'gcloud-'));
  delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
  process.env.CLOUDSDK_CONFIG = gcloudConfig;
  // Source tokens do not look like Google tokens, so only exact-value redaction can hide them.
  metadata = await startFakeMetadataServer({ tokenPrefix: 'fake-source-token-', now: () => clock });
  iam = await startFakeIamCredentials({
    sourceTokens: metadata,
    allow: { [metadata.email]: [PULLER] },
    now: () => clock,
  });
  process.env.GCE_METADATA_HOST = metadata.host;
});

beforeEach(() => {
  clock = Date.now();
  gcpMetadata.resetIsAvailableCache();
  iam.respondNormally();
});

afterEach(() => {
  process.env.GCE_METADATA_HOST = metadata.host;
});

afterAll(async () => {
  await Promise.all([metadata.close(), iam.close()]);
  rmSync(gcloudConfig, { recursive: true, force: true });
  process.env = savedEnv;
});

describe('minting by impersonating the puller account', () => {
  it('calls generateAccessToken with the asked lifetime, the read-only scope and no delegates', async () => {
    const before = iam.calls().length;
    const token = await minter().mint(pull({ lifetimeSeconds: 900 }));
    const call = iam.calls()[before];
    expect(call).toEqual({
      receivedAt: expect.any(Number),
      serviceAccount: PULLER,
      caller: metadata.email,
      scope: ['https://www.googleapis.com/auth/devstorage.read_only'],
      lifetime: '900s',
      delegates: [],
    });
    expect(token).toMatchObject({
      identity: PULLER,
      impersonated: true,
      scopes: ['https://www.googleapis.com/auth/devstorage.read_only'],
      lifetimeSeconds: 900,
    });
    expect(iam.lookupToken(token.accessToken)?.serviceAccount).toBe(PULLER);
    expect(Math.abs(token.expiresAt.getTime() - (clock + 900_000))).toBeLessThan(2000);
  });

  it('asks for the read-write scope for push', async () => {
    const token = await minter().mint(pull({ access: 'push' }));
    expect(iam.calls().at(-1)?.scope).toEqual([...ACCESS_SCOPES.push]);
    expect(token.scopes).toEqual(['https://www.googleapis.com/auth/devstorage.read_write']);
  });

  it('lowers the lifetime to the grant’s maximum', async () => {
    const token = await minter().mint(
      pull({
        lifetimeSeconds: 3600,
        grant: { pullerServiceAccount: PULLER, maxLifetimeSeconds: 600 },
      }),
    );
    expect(iam.calls().at(-1)?.lifetime).toBe('600s');
    expect(token.lifetimeSeconds).toBe(600);
  });

  it('uses 1800 s when no lifetime is asked', async () => {
    await minter().mint(pull({ lifetimeSeconds: undefined }));
    expect(iam.calls().at(-1)?.lifetime).toBe('1800s');
  });

  it.each([0, 299, 3601, 12.5])(
    'refuses a lifetime of %s s with INVALID_REQUEST at /lifetimeSeconds',
    async (seconds) => {
      const error = await appErrorFrom(() => minter().mint(pull({ lifetimeSeconds: seconds })));
      expect(error).toMatchObject({ code: 'INVALID_REQUEST', path: ['lifetimeSeconds'] });
    },
  );
});

describe('minting without a puller account', () => {
  it('returns the service’s own ADC token and says so', async () => {
    const before = iam.calls().length;
    const token = await minter().mint(
      pull({ grant: { pullerServiceAccount: null, maxLifetimeSeconds: 3600 } }),
    );
    expect(token).toMatchObject({
      identity: metadata.email,
      impersonated: false,
      scopes: [...SOURCE_SCOPES],
      lifetimeSeconds: null,
    });
    expect(metadata.lookupToken(token.accessToken)?.email).toBe(metadata.email);
    expect(iam.calls().length).toBe(before);
  });
});

describe('the token cache', () => {
  it('reuses a token while more than 5 minutes remain and mints a new one after', async () => {
    const tokens = minter();
    const before = iam.calls().length;
    const first = await tokens.mint(pull({ lifetimeSeconds: 1800 }));
    clock += 20 * 60 * 1000; // 10 minutes left
    const second = await tokens.mint(pull({ lifetimeSeconds: 1800 }));
    expect(second.accessToken).toBe(first.accessToken);
    expect(iam.calls().length).toBe(before + 1);
    clock += 6 * 60 * 1000; // 4 minutes left
    const third = await tokens.mint(pull({ lifetimeSeconds: 1800 }));
    expect(third.accessToken).not.toBe(first.accessToken);
    expect(iam.calls().length).toBe(before + 2);
  });

  it('never hands out a cached token that outlives the lifetime now asked', async () => {
    const tokens = minter();
    const long = await tokens.mint(pull({ lifetimeSeconds: 3600 }));
    const short = await tokens.mint(pull({ lifetimeSeconds: 900 }));
    expect(short.accessToken).not.toBe(long.accessToken);
    expect(short.expiresAt.getTime()).toBeLessThanOrEqual(clock + 900_000 + 1000);
    // The long one is still kept for callers that may have it.
    const again = await tokens.mint(pull({ lifetimeSeconds: 3600 }));
    expect(again.accessToken).toBe(long.accessToken);
  });

  it('keeps tokens of different scopes apart', async () => {
    const tokens = minter();
    const pullToken = await tokens.mint(pull());
    const pushToken = await tokens.mint(pull({ access: 'push' }));
    expect(pushToken.accessToken).not.toBe(pullToken.accessToken);
  });

  it('makes one upstream call for 100 concurrent identical requests', async () => {
    const tokens = minter();
    const before = iam.calls().length;
    const results = await Promise.all(Array.from({ length: 100 }, () => tokens.mint(pull())));
    expect(iam.calls().length).toBe(before + 1);
    expect(new Set(results.map((result) => result.accessToken)).size).toBe(1);
  });
});

describe('upstream failures', () => {
  it('answers IMPERSONATION_DENIED (403) naming the role and the accounts when IAM refuses', async () => {
    const stranger = 'other-puller@registry-project.iam.gserviceaccount.com';
    const error = await appErrorFrom(() =>
      minter().mint(pull({ grant: { pullerServiceAccount: stranger, maxLifetimeSeconds: 3600 } })),
    );
    expect(error.code).toBe('IMPERSONATION_DENIED');
    expect(error.status).toBe(403);
    expect(detailOf(error)).toContain(TOKEN_CREATOR_ROLE);
    expect(detailOf(error)).toContain(stranger);
    expect(detailOf(error)).toContain(metadata.email);
    expectNoSecretIn(error, issuedSecrets());
  });

  it('answers UPSTREAM_ERROR (502) when IAM fails, without leaking the token IAM echoed back', async () => {
    // First learn the source token google-auth-library holds, then make IAM echo it in an error.
    const tokens = minter();
    await tokens.mint(pull({ grant: { pullerServiceAccount: null, maxLifetimeSeconds: 3600 } }));
    const sourceToken = metadata.issuedTokens().at(-1)!.accessToken;
    iam.failWith({
      kind: 'status',
      status: 500,
      body: {
        error: {
          code: 500,
          message: `Internal error for Bearer ${sourceToken} (${sourceToken})`,
          status: 'INTERNAL',
        },
      },
    });
    const error = await appErrorFrom(() => tokens.mint(pull()));
    expect(error.code).toBe('UPSTREAM_ERROR');
    expect(error.status).toBe(502);
    expectNoSecretIn(error, [...issuedSecrets(), sourceToken]);
  });

  it('answers UPSTREAM_TIMEOUT (504) within the bound when IAM hangs, and recovers afterwards', async () => {
    // ADC discovery done beforehand, so the bound measures the IAM call alone.
    const source = new GoogleAuth({ scopes: [...SOURCE_SCOPES] });
    await source.getClient();
    iam.failWith({ kind: 'hang' });
    const tokens = minter({ source, timeoutMs: 500 });
    const started = Date.now();
    const error = await appErrorFrom(() => tokens.mint(pull()));
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(2000);
    iam.respondNormally();
    await expect(tokens.mint(pull())).resolves.toMatchObject({ identity: PULLER });
  });

  it('answers NO_CREDENTIALS (503) with the fix when there is no metadata server and no ADC file', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    process.env.GCE_METADATA_HOST = `127.0.0.1:${port}`;
    gcpMetadata.resetIsAvailableCache();

    for (const puller of [PULLER, null]) {
      const error = await appErrorFrom(() =>
        minter().mint(pull({ grant: { pullerServiceAccount: puller, maxLifetimeSeconds: 3600 } })),
      );
      expect(error.code).toBe('NO_CREDENTIALS');
      expect(error.status).toBe(503);
      expect(detailOf(error)).toContain('gcloud auth application-default login');
    }
  });
});
