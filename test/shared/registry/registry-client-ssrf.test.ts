import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRegistryClient, type RegistryClientOptions } from '../../../shared/registry';
import { defaultRegistryHostPolicy } from '../../../shared/registry-hosts';
import {
  startScriptedServer,
  startTripwire,
  type ScriptedServer,
  type Tripwire,
} from '../../fakes/registry';
import { detailOf, failureOf, targetAt } from './support';

/**
 * SSRF: a live look-up connects only to allowlisted hosts. Every refusal happens before any
 * connection: the injected fetch is never called and a tripwire listener sees nothing.
 */

const LOCATIONS = ['us', 'europe', 'asia', 'us-central1', 'europe-west1'];
const policy = defaultRegistryHostPolicy(LOCATIONS);

let tripwire: Tripwire;
let registry: ScriptedServer;
let other: ScriptedServer;
let fetchCalls: string[];

const recordingFetch: typeof fetch = (input, init) => {
  fetchCalls.push(String(input));
  return globalThis.fetch(input, init);
};

const google = {
  getAccessToken: async () => ({
    token: 'ya29.must-not-leak',
    identity: 'svc@p.iam.gserviceaccount.com',
  }),
};

function clientFor(overrides: Partial<RegistryClientOptions> = {}) {
  return createRegistryClient({
    ...policy,
    insecureHosts: [registry.host, other.host],
    googleTokenSource: google,
    fetch: recordingFetch,
    timeoutMs: 2000,
    ...overrides,
  });
}

beforeAll(async () => {
  tripwire = await startTripwire();
  registry = await startScriptedServer((_request, response) => response.end());
  other = await startScriptedServer((_request, response) => response.end());
});
afterAll(async () => {
  await tripwire?.stop();
  await registry?.stop();
  await other?.stop();
});
beforeEach(() => {
  fetchCalls = [];
  registry.requests.length = 0;
  other.requests.length = 0;
});
afterEach(() => {
  tripwire.assertUntouched();
});

describe('hosts refused before any connection', () => {
  const cases: Array<[string, () => string]> = [
    ['an IPv4 literal (the tripwire itself)', () => tripwire.host],
    ['localhost with a port', () => `localhost:${tripwire.port}`],
    ['localhost', () => 'localhost'],
    ['an IPv6 loopback literal', () => `[::1]:${tripwire.port}`],
    ['a decimal IPv4 literal', () => `2130706433:${tripwire.port}`],
    ['the metadata server by name', () => 'metadata.google.internal'],
    ['the metadata server by address', () => '169.254.169.254'],
    ['a look-alike with an Artifact Registry prefix', () => 'us-docker.pkg.dev.evil.example'],
    ['a look-alike with an extra label before the location', () => 'evil-us-docker.pkg.dev'],
    ['an Artifact Registry host of an unknown location', () => 'mars-central1-docker.pkg.dev'],
    [
      'a look-alike of a regional replica host',
      () => 'docker.us-central1.rep.pkg.dev.evil.example',
    ],
    ['a look-alike of gcr.io', () => 'gcr.io.evil.example'],
    ['a host that merely ends in gcr.io', () => 'evilgcr.io'],
    ['an allowlisted host on an unexpected port', () => `us-docker.pkg.dev:${tripwire.port}`],
    ["Docker Hub's realm host used as a registry", () => 'auth.docker.io'],
    ['a trailing-dot spelling of an allowlisted host', () => 'us-docker.pkg.dev.'],
  ];

  it.each(cases)('refuses %s with REGISTRY_NOT_ALLOWED', async (_name, host) => {
    const error = await failureOf(
      clientFor().resolveDigest(targetAt(host(), 'proj/repo/image', 'latest')),
    );
    expect(error.code).toBe('REGISTRY_NOT_ALLOWED');
    expect(error.status).toBe(400);
    expect(error.path).toEqual(['reference']);
    expect(detailOf(error)).toContain('allowlist');
    expect(fetchCalls).toEqual([]);
  });
});

describe('allowlisted hosts, case-insensitively, on the default port only', () => {
  const stubFetch: typeof fetch = (input) => {
    fetchCalls.push(String(input));
    return Promise.reject(new Error('stub: no network'));
  };

  it.each([
    [
      'an Artifact Registry multi-region host in upper case',
      'US-DOCKER.PKG.DEV',
      'https://us-docker.pkg.dev/v2/proj/repo/image/manifests/1.0',
    ],
    [
      'a regional replica host',
      'docker.us-central1.rep.pkg.dev',
      'https://docker.us-central1.rep.pkg.dev/v2/proj/repo/image/manifests/1.0',
    ],
    [
      'a host with the explicit default port',
      'europe-west1-docker.pkg.dev:443',
      'https://europe-west1-docker.pkg.dev/v2/proj/repo/image/manifests/1.0',
    ],
    ['gcr.io', 'gcr.io', 'https://gcr.io/v2/proj/repo/image/manifests/1.0'],
    [
      'Docker Hub, through its API host',
      'docker.io',
      'https://registry-1.docker.io/v2/proj/repo/image/manifests/1.0',
    ],
    [
      'an IP literal configured exactly, over HTTPS',
      '10.1.2.3:5000',
      'https://10.1.2.3:5000/v2/proj/repo/image/manifests/1.0',
    ],
  ])('contacts %s over HTTPS', async (_name, host, url) => {
    const client = createRegistryClient({
      ...policy,
      allowlist: [...policy.allowlist, '10.1.2.3:5000'],
      fetch: stubFetch,
      timeoutMs: 500,
    });
    const error = await failureOf(client.resolveDigest(targetAt(host, 'proj/repo/image', '1.0')));
    expect(error.code).toBe('UPSTREAM_ERROR');
    expect(fetchCalls[0]).toBe(url);
  });
});

describe('challenges and redirects', () => {
  const target = () => targetAt(registry.host, 'team/app', '1.0');

  it.each([
    ['the tripwire', () => `http://${tripwire.host}/token`],
    ['localhost', () => `http://localhost:${tripwire.port}/token`],
    [
      'the metadata server',
      () => 'http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token',
    ],
    ['an allowlisted host over plain HTTP', () => 'http://us-docker.pkg.dev/v2/token'],
    ['a look-alike host', () => 'https://us-docker.pkg.dev.evil.example/v2/token'],
  ])('refuses a challenge whose realm is %s', async (_name, realm) => {
    registry.setHandler((_request, response) =>
      response
        .writeHead(401, { 'www-authenticate': `Bearer realm="${realm()}",service="x"` })
        .end(),
    );
    const error = await failureOf(clientFor().resolveDigest(target()));
    expect(error.code).toBe('REGISTRY_NOT_ALLOWED');
    expect(detailOf(error)).toContain('token service');
    expect(fetchCalls).toEqual([`http://${registry.host}/v2/team/app/manifests/1.0`]);
  });

  it('refuses a redirect to the tripwire', async () => {
    registry.setHandler((_request, response) =>
      response
        .writeHead(307, { location: `http://${tripwire.host}/v2/team/app/manifests/1.0` })
        .end(),
    );
    const error = await failureOf(clientFor().resolveDigest(target()));
    expect(error.code).toBe('REGISTRY_NOT_ALLOWED');
    expect(error.extensions.host).toBe(tripwire.host);
    expect(fetchCalls).toHaveLength(1);
  });

  it('follows a redirect to another allowlisted host without forwarding the credentials', async () => {
    const body = Buffer.from(
      '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{},"layers":[]}',
    );
    registry.setHandler((request, response) => {
      if (request.url?.startsWith('/token'))
        return void response.writeHead(200).end('{"token":"registry-bearer"}');
      if (request.headers.authorization !== 'Bearer registry-bearer') {
        return void response
          .writeHead(401, {
            'www-authenticate': `Bearer realm="http://${registry.host}/token",service="s"`,
          })
          .end();
      }
      response.writeHead(307, { location: `http://${other.host}/blob-store/manifest` }).end();
    });
    other.setHandler((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/vnd.oci.image.manifest.v1+json',
        'docker-content-digest': 'sha256:' + 'a'.repeat(64),
      });
      response.end(body);
    });
    const client = clientFor({ googleCredentialHosts: [registry.host] });
    const answer = await client.resolveDigest(target());
    expect(answer.digest).toBe(`sha256:${'a'.repeat(64)}`);
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]?.headers.authorization).toBeUndefined();
    const tokenRequest = registry.requests.find((request) => request.path.startsWith('/token'));
    expect(tokenRequest?.headers.authorization).toMatch(/^Basic /);
  });

  it('never sends Google credentials to an allowlisted realm that is not a Google host', async () => {
    registry.setHandler((_request, response) =>
      response
        .writeHead(401, {
          'www-authenticate': `Bearer realm="http://${other.host}/token",service="s"`,
        })
        .end(),
    );
    const error = await failureOf(
      clientFor({ googleCredentialHosts: [registry.host] }).resolveDigest(target()),
    );
    expect(error.code).toBe('REGISTRY_NOT_ALLOWED');
    expect(other.requests).toHaveLength(0);
  });

  it('strips credentials when a token realm redirects to another host', async () => {
    registry.setHandler((request, response) => {
      if (request.url?.startsWith('/token'))
        return void response.writeHead(302, { location: `http://${other.host}/token` }).end();
      response
        .writeHead(401, {
          'www-authenticate': `Bearer realm="http://${registry.host}/token",service="s"`,
        })
        .end();
    });
    other.setHandler((_request, response) => response.writeHead(401).end());
    const error = await failureOf(
      clientFor({ googleCredentialHosts: [registry.host] }).resolveDigest(target()),
    );
    expect(error.code).toBe('REGISTRY_PERMISSION_DENIED');
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]?.headers.authorization).toBeUndefined();
  });
});
