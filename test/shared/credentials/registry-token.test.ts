import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  fetchRegistryToken,
  parseBearerChallenge,
  type RegistryTokenRequest,
} from '../../../shared/credentials';
import { appErrorFrom, expectNoSecretIn } from './expect-no-secret';

/**
 * A registry speaking Docker token authentication the way the test registry does: `/v2/` answers
 * 401 with a Bearer challenge whose realm is a token issuer on another port of the same host.
 */
const GOOD_TOKEN = 'ya29.c.registry-test-access-token-000111222';
const REGISTRY_JWT = 'eyJhbGciOiJFUzI1NiJ9.eyJhY2Nlc3MiOltdfQ.c2lnbmF0dXJl';

interface TokenRequestSeen {
  scope: string | null;
  service: string | null;
  authorization: string | undefined;
}

let registry: Server;
let issuer: Server;
let registryHost: string;
let issuerPort: number;
let realm: string;
let seen: TokenRequestSeen[] = [];
let hangTokenEndpoint = false;

function listen(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<Server> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  issuer = await listen((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    seen.push({
      scope: url.searchParams.get('scope'),
      service: url.searchParams.get('service'),
      authorization: request.headers.authorization,
    });
    if (hangTokenEndpoint) return;
    const expected = `Basic ${Buffer.from(`oauth2accesstoken:${GOOD_TOKEN}`).toString('base64')}`;
    response.setHeader('Content-Type', 'application/json');
    if (request.headers.authorization !== expected) {
      response.statusCode = 401;
      response.end(
        JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }),
      );
      return;
    }
    response.end(
      JSON.stringify({
        token: REGISTRY_JWT,
        access_token: REGISTRY_JWT,
        expires_in: 300,
        issued_at: '2030-01-01T00:00:00Z',
      }),
    );
  });
  issuerPort = (issuer.address() as AddressInfo).port;
  realm = `http://127.0.0.1:${issuerPort}/token`;
  registry = await listen((request, response) => {
    response.statusCode = 401;
    response.setHeader('WWW-Authenticate', `Bearer realm="${realm}",service="test-registry"`);
    response.end('{"errors":[{"code":"UNAUTHORIZED"}]}');
  });
  registryHost = `127.0.0.1:${(registry.address() as AddressInfo).port}`;
});

beforeEach(() => {
  seen = [];
  hangTokenEndpoint = false;
  realm = `http://127.0.0.1:${issuerPort}/token`;
});

afterAll(async () => {
  for (const server of [registry, issuer]) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

function request(overrides: Partial<RegistryTokenRequest> = {}): RegistryTokenRequest {
  return {
    host: registryHost,
    repositoryPath: 'my-project/team-images/web',
    access: 'pull',
    accessToken: GOOD_TOKEN,
    ...overrides,
  };
}

describe('fetchRegistryToken', () => {
  it('exchanges the access token for a registry token scoped to exactly that repository', async () => {
    const token = await fetchRegistryToken(request(), { insecureHosts: [registryHost] });
    expect(token).toEqual({
      token: REGISTRY_JWT,
      expiresAt: new Date('2030-01-01T00:05:00Z'),
      scope: 'repository:my-project/team-images/web:pull',
    });
    expect(seen).toEqual([
      {
        scope: 'repository:my-project/team-images/web:pull',
        service: 'test-registry',
        authorization: `Basic ${Buffer.from(`oauth2accesstoken:${GOOD_TOKEN}`).toString('base64')}`,
      },
    ]);
  });

  it('asks for pull and push when pushing', async () => {
    const token = await fetchRegistryToken(request({ access: 'push' }), {
      insecureHosts: [registryHost],
    });
    expect(token.scope).toBe('repository:my-project/team-images/web:pull,push');
    expect(seen[0]?.scope).toBe('repository:my-project/team-images/web:pull,push');
  });

  it('answers REGISTRY_PERMISSION_DENIED when the registry refuses the access token, without leaking it', async () => {
    const refused = 'ya29.c.some-other-token-the-registry-refuses';
    const error = await appErrorFrom(() =>
      fetchRegistryToken(request({ accessToken: refused }), { insecureHosts: [registryHost] }),
    );
    expect(error.code).toBe('REGISTRY_PERMISSION_DENIED');
    expectNoSecretIn(error, [refused]);
  });

  it('never sends the access token to a realm on another host', async () => {
    realm = `http://localhost:${issuerPort}/token`;
    const error = await appErrorFrom(() =>
      fetchRegistryToken(request(), { insecureHosts: [registryHost] }),
    );
    expect(error.code).toBe('UPSTREAM_ERROR');
    expect(seen).toEqual([]);
  });

  it('uses https unless the host is configured as insecure', async () => {
    const error = await appErrorFrom(() => fetchRegistryToken(request()));
    expect(error.code).toBe('UPSTREAM_ERROR');
    expect(seen).toEqual([]);
    expectNoSecretIn(error, [GOOD_TOKEN]);
  });

  it('answers UPSTREAM_TIMEOUT within the bound when the token endpoint hangs', async () => {
    hangTokenEndpoint = true;
    const started = Date.now();
    const error = await appErrorFrom(() =>
      fetchRegistryToken(request(), { insecureHosts: [registryHost], timeoutMs: 300 }),
    );
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a repository path that is not a Docker path', async () => {
    const error = await appErrorFrom(() =>
      fetchRegistryToken(request({ repositoryPath: 'proj/repo:pull,push' }), {
        insecureHosts: [registryHost],
      }),
    );
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', path: ['repository'] });
    expect(seen).toEqual([]);
  });
});

describe('parseBearerChallenge', () => {
  it.each([
    [
      'Bearer realm="https://us-docker.pkg.dev/v2/token",service="us-docker.pkg.dev"',
      { realm: 'https://us-docker.pkg.dev/v2/token', service: 'us-docker.pkg.dev' },
    ],
    [
      'bearer realm=https://r.example/token, scope="repository:a:pull"',
      { realm: 'https://r.example/token', service: undefined },
    ],
    ['Basic realm="registry"', undefined],
    ['Bearer service="x"', undefined],
  ])('%s', (header, expected) => {
    expect(parseBearerChallenge(header)).toEqual(expected);
  });
});
