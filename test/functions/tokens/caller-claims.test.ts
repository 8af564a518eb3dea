// Which callers POST /v1/tokens trusts, through HTTP: a policy rule keyed on `email` matches only
// a token that says `email_verified: true` (the boolean), whatever its issuer; a token whose
// lifetime (`exp - iat`) exceeds its issuer's maximum is refused and the problem says both
// numbers — Google's maximum is one hour, another issuer's is its `maxTokenLifetimeSeconds`, and
// an issuer without one has none. The service mints with its own identity (the fake metadata
// server), so an accepted caller gets 200.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeMetadataServer, type FakeMetadataServer } from '../../fakes/gce-metadata-server';
import { startFakeOidcIssuer, type FakeOidcIssuer } from '../../fakes/oidc-issuer';
import { createTestApp, httpTargets, type HttpTarget } from '../../support/app';
import { call, type ApiResponse } from '../../support/call';
import { useMetadataHost } from '../../support/google-env';

const AUDIENCE = 'https://gke-pull-assistant.claims.test';
const EMAIL = 'ci-deployer@ci-project.iam.gserviceaccount.com';
const REPOSITORY = 'us-docker.pkg.dev/registry-project/team-images';
const CAPPED_LIFETIME = 600;

let gcloudConfig: string;
let metadata: FakeMetadataServer;
let google: FakeOidcIssuer;
/** A trusted issuer with `maxTokenLifetimeSeconds`. */
let capped: FakeOidcIssuer;
/** A trusted issuer without it, whose tokens carry e-mail addresses. */
let uncapped: FakeOidcIssuer;
let targets: HttpTarget[];

beforeAll(async () => {
  gcloudConfig = mkdtempSync(join(tmpdir(), 'gcloud-'));
  process.env.CLOUDSDK_CONFIG = gcloudConfig;
  metadata = await startFakeMetadataServer();
  useMetadataHost(metadata.host);
  google = await startFakeOidcIssuer({ issuer: 'https://accounts.google.com' });
  capped = await startFakeOidcIssuer();
  uncapped = await startFakeOidcIssuer();
  const rule = (issuer: string, caller: Record<string, string>) => ({
    name: `rule for ${issuer.replace(/[^a-z0-9]/g, '-').slice(-40)}`,
    callers: [{ issuer, ...caller }],
    repositories: [REPOSITORY],
  });
  const { app } = createTestApp({
    env: {
      AUTH_AUDIENCE: AUDIENCE,
      GOOGLE_OAUTH_CERTS_URL: google.googleCertsUrl,
      AUTH_TRUSTED_ISSUERS: JSON.stringify([
        {
          issuer: capped.issuer,
          jwksUri: capped.jwksUri,
          maxTokenLifetimeSeconds: CAPPED_LIFETIME,
        },
        { issuer: uncapped.issuer, jwksUri: uncapped.jwksUri },
      ]),
      ACCESS_POLICY: JSON.stringify({
        rules: [
          rule('https://accounts.google.com', { email: EMAIL }),
          rule(capped.issuer, { subject: 'capped-caller' }),
          rule(uncapped.issuer, { email: EMAIL }),
        ],
      }),
    },
  });
  targets = httpTargets(app);
});

afterAll(async () => {
  targets?.forEach((target) => target.server.close());
  await Promise.all([metadata?.close(), google?.close(), capped?.close(), uncapped?.close()]);
  useMetadataHost(undefined);
  delete process.env.CLOUDSDK_CONFIG;
  rmSync(gcloudConfig, { recursive: true, force: true });
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

function mint(target: HttpTarget, token: string): Promise<ApiResponse> {
  return call(target, 'post', '/v1/tokens', {
    json: { repository: REPOSITORY },
    headers: { authorization: `Bearer ${token}` },
  });
}

const googleToken = (claims: Record<string, unknown>) =>
  google.mint({ aud: AUDIENCE, sub: 'google-sub', email: EMAIL, ...claims });
const uncappedToken = (claims: Record<string, unknown>) =>
  uncapped.mint({ aud: AUDIENCE, sub: 'uncapped-sub', email: EMAIL, ...claims });
const cappedToken = (lifetime: number) => {
  const iat = nowSeconds() - 60;
  return capped.mint({ aud: AUDIENCE, sub: 'capped-caller', iat, exp: iat + lifetime });
};

const UNVERIFIED: Array<{ name: string; value: unknown }> = [
  { name: 'absent', value: undefined },
  { name: 'false', value: false },
  { name: 'the string "False"', value: 'False' },
  { name: 'the string "true"', value: 'true' },
  { name: '0', value: 0 },
  { name: '1', value: 1 },
  { name: 'the string "no"', value: 'no' },
];

describe.each([
  { entry: 'cloud-run', index: 0 },
  { entry: 'functions-framework', index: 1 },
])('POST /v1/tokens through the $entry entry', ({ index }) => {
  const target = () => targets[index] as HttpTarget;

  it.each([
    { issuer: 'Google', token: googleToken },
    { issuer: 'another issuer', token: uncappedToken },
  ])('matches an e-mail rule for a $issuer token with email_verified: true', async ({ token }) => {
    const response = await mint(target(), token({ email_verified: true }));
    expect(response.status, response.text).toBe(200);
    expect(response.body).toMatchObject({ impersonated: false, identity: metadata.email });
  });

  describe.each([
    { issuer: 'Google', token: googleToken },
    { issuer: 'another issuer', token: uncappedToken },
  ])('a $issuer token', ({ token }) => {
    it.each(UNVERIFIED)(
      'with email_verified $name matches no e-mail rule (403)',
      async ({ value }) => {
        const response = await mint(target(), token({ email_verified: value }));
        expect(response.status, response.text).toBe(403);
        expect(response.body).toMatchObject({ code: 'PERMISSION_DENIED' });
        expect(response.body.detail).not.toContain(EMAIL);
      },
    );
  });

  it.each([
    {
      name: 'a Google token living exactly 3600 s is accepted',
      token: () =>
        googleToken({ email_verified: true, iat: nowSeconds(), exp: nowSeconds() + 3600 }),
      status: 200,
    },
    {
      name: 'a Google token living 3601 s is refused',
      token: () =>
        googleToken({ email_verified: true, iat: nowSeconds() - 1, exp: nowSeconds() + 3600 }),
      status: 401,
      lifetime: { tokenLifetimeSeconds: 3601, maxTokenLifetimeSeconds: 3600 },
    },
    {
      name: 'a Google token living 12 h is refused',
      token: () =>
        googleToken({ email_verified: true, iat: nowSeconds() - 39_600, exp: nowSeconds() + 3600 }),
      status: 401,
      lifetime: { tokenLifetimeSeconds: 43_200, maxTokenLifetimeSeconds: 3600 },
    },
    {
      name: `a capped issuer's token living exactly ${CAPPED_LIFETIME} s is accepted`,
      token: () => cappedToken(CAPPED_LIFETIME),
      status: 200,
    },
    {
      name: `a capped issuer's token living ${CAPPED_LIFETIME + 1} s is refused`,
      token: () => cappedToken(CAPPED_LIFETIME + 1),
      status: 401,
      lifetime: {
        tokenLifetimeSeconds: CAPPED_LIFETIME + 1,
        maxTokenLifetimeSeconds: CAPPED_LIFETIME,
      },
    },
    {
      name: "a capped issuer's token without iat is refused",
      token: () => capped.mint({ aud: AUDIENCE, sub: 'capped-caller', iat: undefined }),
      status: 401,
      reason: 'missingIssuedAt',
    },
    {
      name: 'an uncapped issuer’s token living 20 h is accepted',
      token: () =>
        uncappedToken({
          email_verified: true,
          iat: nowSeconds() - 68_400,
          exp: nowSeconds() + 3600,
        }),
      status: 200,
    },
  ])('$name', async ({ token, status, lifetime, reason }) => {
    const response = await mint(target(), token());
    expect(response.status, response.text).toBe(status);
    if (status === 200) return;
    expect(response.body.code).toBe('UNAUTHENTICATED');
    expect(response.headers['www-authenticate']).toContain('error="invalid_token"');
    if (reason) expect(response.body.reason).toBe(reason);
    if (lifetime) {
      expect(response.body).toMatchObject({ reason: 'lifetimeTooLong', ...lifetime });
      expect(response.body.detail).toContain(`${lifetime.tokenLifetimeSeconds} s`);
      expect(response.body.detail).toContain(`at most ${lifetime.maxTokenLifetimeSeconds} s`);
    }
  });
});

describe('AUTH_TRUSTED_ISSUERS', () => {
  it('refuses a maxTokenLifetimeSeconds for Google, whose tokens live one hour', () => {
    expect(() =>
      createTestApp({
        env: {
          AUTH_TRUSTED_ISSUERS: JSON.stringify([
            { issuer: 'https://accounts.google.com', maxTokenLifetimeSeconds: 7200 },
          ]),
        },
      }),
    ).toThrow(/maxTokenLifetimeSeconds: must not be set for Google's issuer/);
  });
});
