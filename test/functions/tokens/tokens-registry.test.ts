// POST /v1/tokens with `registryToken: true`, where the registry token exchange meets a
// registry: one whose challenge names a token realm on another port of the same host (the
// minted credential must never reach it), and the real OCI test registry behind a loopback proxy
// that drops `service` from its challenges, as Artifact Registry's multi-region hosts send them.
// Both production entries; Google faked at the wire on 127.0.0.1.
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeMetadataServer } from '../../fakes/gce-metadata-server';
import { startFakeIamCredentials } from '../../fakes/iam-credentials';
import { startFakeOidcIssuer } from '../../fakes/oidc-issuer';
import {
  dropChallengeService,
  startCountingProxy,
  startScriptedServer,
  startTestRegistry,
  startTripwire,
  type AuthorizeRequest,
} from '../../fakes/registry';
import { createTestApp, httpTargets, type HttpTarget } from '../../support/app';
import { call, type ApiResponse } from '../../support/call';
import { isolateGcloudConfig, useMetadataHost } from '../../support/google-env';
import { recordIssuedSecret } from '../../support/log-capture';

const AUDIENCE = 'https://gke-pull-assistant.registry.test';
const SUBJECT = 'system:serviceaccount:pull-secrets:refresher';
const PULLER = 'team-reader@registry-project.iam.gserviceaccount.com';

const restoreGcloudConfig = isolateGcloudConfig(); // no ambient user ADC
const metadata = await startFakeMetadataServer();
useMetadataHost(metadata.host);
const iam = await startFakeIamCredentials({
  sourceTokens: metadata,
  allow: { [metadata.email]: [PULLER] },
});
const cluster = await startFakeOidcIssuer();
const tripwire = await startTripwire();

/** A registry that is not a registry: its only answer is a challenge naming the tripwire's port. */
const lure = await startScriptedServer((request, response) => {
  if (request.url === '/v2/') {
    response
      .writeHead(401, {
        'www-authenticate': `Bearer realm="https://${tripwire.host}/token",service="lure"`,
      })
      .end();
    return;
  }
  response.writeHead(404).end();
});

/** The real registry; its token issuer grants the puller's minted tokens pull on team/single. */
const registry = await startTestRegistry({
  authorize: ({ username, password, scopes }: AuthorizeRequest) => {
    const identity =
      username === 'oauth2accesstoken' && password !== null
        ? iam.lookupToken(password)?.serviceAccount
        : undefined;
    if (identity !== PULLER) return 'deny-401';
    const granted = scopes
      .filter((scope) => scope.type === 'repository' && scope.name === 'team/single')
      .map((scope) => ({ ...scope, actions: scope.actions.filter((action) => action === 'pull') }))
      .filter((scope) => scope.actions.length > 0);
    return granted.length === 0 ? 'deny-403' : { grant: granted };
  },
});
const multiRegion = await startCountingProxy(registry.host, {
  rewriteChallenge: dropChallengeService,
});

const hosts = [lure.host, multiRegion.host, registry.issuerHost].join(',');
const testApp = createTestApp({
  env: {
    AUTH_AUDIENCE: AUDIENCE,
    AUTH_TRUSTED_ISSUERS: JSON.stringify([{ issuer: cluster.issuer, jwksUri: cluster.jwksUri }]),
    ACCESS_POLICY: JSON.stringify({
      rules: [
        {
          name: 'refresher',
          callers: [{ issuer: cluster.issuer, subject: SUBJECT }],
          repositories: [`${lure.host}/team/*`, `${multiRegion.host}/team/*`],
          pullerServiceAccount: PULLER,
        },
      ],
    }),
    IAM_CREDENTIALS_ENDPOINT: iam.url,
    REGISTRY_ALLOWLIST: hosts,
    REGISTRY_INSECURE_HOSTS: hosts,
    REGISTRY_GOOGLE_CREDENTIAL_HOSTS: hosts,
    UPSTREAM_TIMEOUT_MS: '4000',
  },
});
const targets = httpTargets(testApp.app);

afterAll(async () => {
  targets.forEach((target) => target.server.close());
  await Promise.all([
    metadata.close(),
    iam.close(),
    cluster.close(),
    tripwire.stop(),
    lure.stop(),
    multiRegion.stop(),
    registry.stop(),
  ]);
  useMetadataHost(undefined);
  restoreGcloudConfig();
});

function callerToken(): string {
  const now = Math.floor(Date.now() / 1000);
  return cluster.mint({ sub: SUBJECT, aud: [AUDIENCE], iat: now, nbf: now, exp: now + 600 });
}

function mint(
  target: HttpTarget,
  repository: string,
  headers: Record<string, string> = {},
): Promise<ApiResponse> {
  return call(target, 'post', '/v1/tokens', {
    json: { repository, registryToken: true },
    headers: { authorization: `Bearer ${callerToken()}`, ...headers },
  });
}

describe.each(targets)('POST /v1/tokens registryToken through the $name entry', (target) => {
  it('refuses a token realm on another port of the allowlisted registry host, connecting to it never', async () => {
    const before = lure.requests.length;
    const response = await mint(target, `${lure.host}/team/app`);
    expect(response.status, response.text).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      code: 'REGISTRY_NOT_ALLOWED',
      pointer: '/repository',
      host: tripwire.host,
      registry: lure.host,
    });
    expect(response.body.detail).toBe(
      `The registry ${lure.host} sent us to the token service "${tripwire.host}", which may not be contacted (the host is not on the allowlist). Live look-ups only contact hosts on the allowlist in the server configuration (default: Artifact Registry Docker hosts of known locations, the gcr.io family and Docker Hub); an operator can add the host there.`,
    );
    expect(lure.requests.slice(before).map((seen) => [seen.method, seen.path])).toEqual([
      ['GET', '/v2/'],
    ]);
    expect(tripwire.connections).toBe(0);
  });

  it('says so in Spanish when asked', async () => {
    const response = await mint(target, `${lure.host}/team/app`, { 'accept-language': 'es' });
    expect(response.status, response.text).toBe(400);
    expect(response.body.code).toBe('REGISTRY_NOT_ALLOWED');
    expect(response.body.detail).toContain(
      `El registro ${lure.host} nos remitió al servicio de tokens "${tripwire.host}"`,
    );
    expect(tripwire.connections).toBe(0);
  });

  it('exchanges through a challenge without service, and the token pulls the image', async () => {
    const { single } = registry.images;
    const before = registry.tokenRequests.length;
    const response = await mint(target, `${multiRegion.host}/${single.repository}:${single.tag}`);
    expect(response.status, response.text).toBe(200);
    const { registryToken } = response.body;
    recordIssuedSecret(registryToken.token);
    expect(registryToken.scope).toBe(`repository:${single.repository}:pull`);
    expect(response.body.reach.registryToken).toContain(
      `exactly repository:${single.repository}:pull`,
    );

    const challenges = multiRegion.requests.filter((seen) => seen.path === '/v2/');
    expect(challenges.length).toBeGreaterThan(0);
    const issued = registry.tokenRequests.slice(before);
    expect(issued).toHaveLength(1);
    expect(issued[0]).toMatchObject({ service: null, username: 'oauth2accesstoken' });
    expect(issued[0]?.scopes).toEqual([
      { type: 'repository', name: single.repository, actions: ['pull'] },
    ]);

    const pulled = await fetch(
      `${registry.baseUrl}/v2/${single.repository}/manifests/${single.tag}`,
      {
        method: 'HEAD',
        headers: { accept: single.mediaType, authorization: `Bearer ${registryToken.token}` },
      },
    );
    expect(pulled.status).toBe(200);
    expect(pulled.headers.get('docker-content-digest')).toBe(single.digest);
  });
});

describe('the proxy in front of the real registry', () => {
  it('really drops service from the challenge distribution sends', async () => {
    const direct = await fetch(`${registry.baseUrl}/v2/`);
    await direct.body?.cancel();
    expect(direct.headers.get('www-authenticate')).toContain(`service="${registry.service}"`);
    const proxied = await fetch(`http://${multiRegion.host}/v2/`);
    await proxied.body?.cancel();
    expect(proxied.status).toBe(401);
    expect(proxied.headers.get('www-authenticate')).toBe(`Bearer realm="${registry.issuerUrl}"`);
  });
});
