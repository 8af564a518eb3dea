import type { ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseRepositoryReference } from '../../../shared/image-ref';
import {
  createRegistryClient,
  type RegistryClientOptions,
  type RegistryTokenRequest,
} from '../../../shared/registry';
import {
  startScriptedServer,
  startTripwire,
  type ScriptedHandler,
  type ScriptedServer,
  type Tripwire,
} from '../../fakes/registry';
import { expectNoSecretIn } from '../credentials/expect-no-secret';
import { detailOf, failureOf } from './support';

/**
 * The registry token exchange of `/v1/tokens` (`RegistryClient.exchangeToken`): a Google access
 * token becomes the registry's bearer token for exactly one repository scope, through the same
 * transport, challenge parser, host policy and credential-host rule as look-ups. Registries,
 * token services and a tripwire are scripted on 127.0.0.1.
 */

const ACCESS_TOKEN = 'ya29.c.minted-for-the-caller-0a1b2c';
const REGISTRY_JWT = 'eyJhbGciOiJFUzI1NiJ9.eyJhY2Nlc3MiOltdfQ.c2lnbmF0dXJl';
const BASIC = `Basic ${Buffer.from(`oauth2accesstoken:${ACCESS_TOKEN}`).toString('base64')}`;

let registry: ScriptedServer;
let issuer: ScriptedServer;
let tripwire: Tripwire;

beforeAll(async () => {
  registry = await startScriptedServer((_request, response) => response.end());
  issuer = await startScriptedServer((_request, response) => response.end());
  tripwire = await startTripwire();
});
afterAll(async () => {
  await Promise.all([registry?.stop(), issuer?.stop(), tripwire?.stop()]);
});
beforeEach(() => {
  registry.requests.length = 0;
  issuer.requests.length = 0;
});
afterEach(() => tripwire.assertUntouched());

/** The registry's `/v2/` answers 401 with this challenge; everything else is 404. */
function challenging(challenge: string): ScriptedHandler {
  return (request, response) => {
    if (request.url === '/v2/')
      return void response.writeHead(401, { 'www-authenticate': challenge }).end();
    response.writeHead(404).end();
  };
}

function issuing(answer: (response: ServerResponse) => void): ScriptedHandler {
  return (request, response) => {
    if (request.headers.authorization !== BASIC) {
      return void response
        .writeHead(401, { 'content-type': 'application/json' })
        .end('{"errors":[{"code":"UNAUTHORIZED"}]}');
    }
    answer(response);
  };
}

const jwtAnswer =
  (fields: Record<string, unknown> = {}) =>
  (response: ServerResponse) =>
    void response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ token: REGISTRY_JWT, expires_in: 300, ...fields }));

function clientFor(overrides: Partial<RegistryClientOptions> = {}) {
  return createRegistryClient({
    allowlist: [],
    insecureHosts: [registry.host, issuer.host],
    googleCredentialHosts: [registry.host, issuer.host],
    timeoutMs: 2000,
    ...overrides,
  });
}

function request(overrides: Partial<RegistryTokenRequest> = {}): RegistryTokenRequest {
  return {
    repository: parseRepositoryReference(`${registry.host}/my-project/team-images/web`, {
      path: ['repository'],
      standInHosts: [registry.host],
    }),
    access: 'pull',
    accessToken: ACCESS_TOKEN,
    ...overrides,
  };
}

const tokenQuery = (server: ScriptedServer) =>
  server.requests
    .filter((seen) => seen.path.startsWith('/token'))
    .map((seen) => new URL(seen.path, 'http://x').searchParams);

describe('exchangeToken', () => {
  it('exchanges the access token for a registry token scoped to exactly that repository', async () => {
    registry.setHandler(
      challenging(`Bearer realm="http://${issuer.host}/token",service="test-registry"`),
    );
    issuer.setHandler(issuing(jwtAnswer({ issued_at: '2030-01-01T00:00:00Z' })));
    const token = await clientFor().exchangeToken(request());
    expect(token).toEqual({
      token: REGISTRY_JWT,
      expiresAt: new Date('2030-01-01T00:05:00Z'),
      scope: 'repository:my-project/team-images/web:pull',
    });
    expect(issuer.requests).toHaveLength(1);
    expect(issuer.requests[0]?.headers.authorization).toBe(BASIC);
    const [query] = tokenQuery(issuer);
    expect(query?.getAll('scope')).toEqual(['repository:my-project/team-images/web:pull']);
    expect(query?.get('service')).toBe('test-registry');
    expect(registry.requests.map((seen) => [seen.method, seen.path])).toEqual([['GET', '/v2/']]);
    expect(registry.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('asks for pull and push when pushing', async () => {
    registry.setHandler(challenging(`Bearer realm="http://${issuer.host}/token",service="s"`));
    issuer.setHandler(issuing(jwtAnswer()));
    const token = await clientFor().exchangeToken(request({ access: 'push' }));
    expect(token.scope).toBe('repository:my-project/team-images/web:pull,push');
    expect(tokenQuery(issuer)[0]?.get('scope')).toBe(
      'repository:my-project/team-images/web:pull,push',
    );
  });

  it('scopes a token for a repository that names no image to the repository path', async () => {
    registry.setHandler(challenging(`Bearer realm="http://${issuer.host}/token",service="s"`));
    issuer.setHandler(issuing(jwtAnswer()));
    const repository = parseRepositoryReference(`${registry.host}/my-project/team-images`, {
      standInHosts: [registry.host],
    });
    const token = await clientFor().exchangeToken(request({ repository }));
    expect(token.scope).toBe('repository:my-project/team-images:pull');
  });

  it('sends no service when the challenge names none (Artifact Registry multi-region hosts)', async () => {
    registry.setHandler((incoming, response) => {
      if (incoming.url?.startsWith('/token')) return issuing(jwtAnswer())(incoming, response, 0);
      challenging(`Bearer realm="http://${registry.host}/token"`)(incoming, response, 0);
    });
    const token = await clientFor().exchangeToken(request());
    expect(token.token).toBe(REGISTRY_JWT);
    const [query] = tokenQuery(registry);
    expect(query?.has('service')).toBe(false);
    expect(query?.get('scope')).toBe('repository:my-project/team-images/web:pull');
  });

  it('counts the lifetime from the end of the exchange, 60 s by default, without issued_at', async () => {
    registry.setHandler(challenging(`Bearer realm="http://${issuer.host}/token"`));
    issuer.setHandler(
      issuing((response) =>
        response.writeHead(200).end(JSON.stringify({ access_token: REGISTRY_JWT })),
      ),
    );
    const clock = { now: () => Date.parse('2031-05-01T12:00:00Z') };
    const token = await clientFor({ clock }).exchangeToken(request());
    expect(token.expiresAt).toEqual(new Date('2031-05-01T12:01:00Z'));
  });
});

describe('exchangeToken sends the access token nowhere off the rules', () => {
  it('refuses a realm on another port of the same host, before connecting to it', async () => {
    registry.setHandler(
      challenging(`Bearer realm="http://${tripwire.host}/token",service="test-registry"`),
    );
    const error = await failureOf(clientFor().exchangeToken(request()));
    expect(error.code).toBe('REGISTRY_NOT_ALLOWED');
    expect(error.status).toBe(400);
    expect(error.path).toEqual(['repository']);
    expect(error.extensions).toEqual({ host: tripwire.host, registry: registry.host });
    expect(detailOf(error)).toContain('token service');
    expect(tripwire.connections).toBe(0);
    expectNoSecretIn(error, [ACCESS_TOKEN]);
  });

  it('refuses an allowlisted realm that is not a service credential host', async () => {
    registry.setHandler(challenging(`Bearer realm="http://${issuer.host}/token",service="s"`));
    const error = await failureOf(
      clientFor({ googleCredentialHosts: [registry.host] }).exchangeToken(request()),
    );
    expect(error.code).toBe('REGISTRY_NOT_ALLOWED');
    expect(error.extensions.host).toBe(issuer.host);
    expect(issuer.requests).toHaveLength(0);
  });

  it('refuses a registry that is not a service credential host without contacting it', async () => {
    const error = await failureOf(
      clientFor({ googleCredentialHosts: [] }).exchangeToken(request()),
    );
    expect(error.code).toBe('REGISTRY_NOT_ALLOWED');
    expect(detailOf(error)).toContain('REGISTRY_GOOGLE_CREDENTIAL_HOSTS');
    expect(registry.requests).toHaveLength(0);
  });

  it('refuses a registry off the allowlist without contacting it', async () => {
    const error = await failureOf(
      clientFor({ insecureHosts: [issuer.host] }).exchangeToken(request()),
    );
    expect(error.code).toBe('REGISTRY_NOT_ALLOWED');
    expect(error.path).toEqual(['repository']);
    expect(registry.requests).toHaveLength(0);
  });

  it('uses HTTPS unless the host is configured as insecure', async () => {
    registry.setHandler(challenging(`Bearer realm="http://${issuer.host}/token",service="s"`));
    const error = await failureOf(
      clientFor({ allowlist: [registry.host], insecureHosts: [issuer.host] }).exchangeToken(
        request(),
      ),
    );
    expect(error.code).toBe('UPSTREAM_ERROR');
    expect(registry.requests).toHaveLength(0);
    expect(issuer.requests).toHaveLength(0);
    expectNoSecretIn(error, [ACCESS_TOKEN]);
  });
});

describe('exchangeToken when the registry or its token service misbehaves', () => {
  beforeEach(() => {
    registry.setHandler(challenging(`Bearer realm="http://${issuer.host}/token",service="s"`));
  });

  it('answers REGISTRY_PERMISSION_DENIED naming the scope when the token service refuses, without leaking the token', async () => {
    issuer.setHandler((_request, response) =>
      response
        .writeHead(403, { 'content-type': 'application/json' })
        .end(`{"errors":[{"code":"DENIED","message":"no ${ACCESS_TOKEN}"}]}`),
    );
    const error = await failureOf(clientFor().exchangeToken(request()));
    expect(error.code).toBe('REGISTRY_PERMISSION_DENIED');
    expect(error.path).toEqual(['repository']);
    expect(detailOf(error)).toBe(
      `The registry ${registry.host} refused a token for repository:my-project/team-images/web:pull (HTTP 403): the minted credential does not reach this repository.`,
    );
    expect(detailOf(error, 'es')).toContain('rechazó un token para');
    expect(error.extensions).toMatchObject({ upstreamStatus: 403, upstreamCode: 'DENIED' });
    expectNoSecretIn(error, [ACCESS_TOKEN]);
  });

  it('answers UPSTREAM_ERROR, reading no more than the cap, for a huge token answer', async () => {
    let written = 0;
    issuer.setHandler((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = (): void => {
        while (written < 32 * 1024 * 1024) {
          written += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end('{}');
      };
      pump();
    });
    const error = await failureOf(clientFor().exchangeToken(request()));
    expect(error.code).toBe('UPSTREAM_ERROR');
    expect(detailOf(error)).toContain('larger than 65536 bytes');
    expect(written).toBeLessThan(32 * 1024 * 1024);
  });

  it.each([
    ['an answer that is not JSON', (r: ServerResponse) => r.writeHead(200).end('not json')],
    ['an answer without a token', (r: ServerResponse) => r.writeHead(200).end('{"expires_in":9}')],
    [
      'a token with a line break',
      (r: ServerResponse) => r.writeHead(200).end(JSON.stringify({ token: 'a\r\nb' })),
    ],
    ['a 500 from the token service', (r: ServerResponse) => r.writeHead(500).end()],
  ])('answers UPSTREAM_ERROR for %s', async (_name, answer) => {
    issuer.setHandler(issuing(answer));
    const error = await failureOf(clientFor().exchangeToken(request()));
    expect(error.code).toBe('UPSTREAM_ERROR');
    expectNoSecretIn(error, [ACCESS_TOKEN]);
  });

  it.each([
    ['answers /v2/ with 200', (r: ServerResponse) => r.writeHead(200).end('{}'), 'HTTP 200'],
    [
      'challenges with Basic only',
      (r: ServerResponse) => r.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end(),
      'HTTP 401',
    ],
    ['sends a 401 without a challenge', (r: ServerResponse) => r.writeHead(401).end(), 'HTTP 401'],
  ])(
    'answers UPSTREAM_ERROR when the registry %s (no token endpoint)',
    async (_n, answer, status) => {
      registry.setHandler((_request, response) => answer(response));
      const error = await failureOf(clientFor().exchangeToken(request()));
      expect(error.code).toBe('UPSTREAM_ERROR');
      expect(detailOf(error)).toContain(`did not answer /v2/ with a Bearer challenge (${status})`);
      expect(issuer.requests).toHaveLength(0);
    },
  );

  it('answers UPSTREAM_RATE_LIMITED with Retry-After when the token service says 429', async () => {
    issuer.setHandler((_request, response) =>
      response.writeHead(429, { 'retry-after': '12' }).end(),
    );
    const error = await failureOf(clientFor().exchangeToken(request()));
    expect(error.code).toBe('UPSTREAM_RATE_LIMITED');
    expect(error.headers['Retry-After']).toBe('12');
  });

  it('answers UPSTREAM_TIMEOUT within the bound when the token service hangs', async () => {
    issuer.setHandler(() => undefined);
    const started = performance.now();
    const error = await failureOf(clientFor({ timeoutMs: 300 }).exchangeToken(request()));
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
