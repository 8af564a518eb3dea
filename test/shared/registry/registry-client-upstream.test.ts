import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/problems';
import { createRegistryClient, type RegistryClientOptions } from '../../../shared/registry';
import {
  startScriptedServer,
  type ScriptedHandler,
  type ScriptedServer,
} from '../../fakes/registry';
import { failureOf, targetAt } from './support';

/** How upstream misbehaviour maps to problems, against scripted registries on 127.0.0.1. */

const INDEX = 'application/vnd.oci.image.index.v1+json';
const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const manifestBody = Buffer.from(
  JSON.stringify({ schemaVersion: 2, mediaType: MANIFEST, config: {}, layers: [] }),
);
const digestOf = (body: Buffer | string): string =>
  `sha256:${createHash('sha256').update(body).digest('hex')}`;

let server: ScriptedServer;

beforeAll(async () => {
  server = await startScriptedServer((_request, response) => response.end());
});
afterAll(() => server?.stop());
beforeEach(() => {
  server.requests.length = 0;
});

function serve(handler: ScriptedHandler): void {
  server.setHandler(handler);
}

function clientFor(overrides: Partial<RegistryClientOptions> = {}) {
  return createRegistryClient({
    allowlist: [],
    insecureHosts: [server.host],
    googleCredentialHosts: [],
    ...overrides,
  });
}

const target = () => targetAt(server.host, 'team/app', '1.0');

function ok(
  response: ServerResponse,
  mediaType: string,
  body: Buffer,
  headers: Record<string, string> = {},
  head = false,
): void {
  response.writeHead(200, {
    'content-type': mediaType,
    'content-length': String(body.length),
    ...headers,
  });
  response.end(head ? undefined : body);
}

describe('upstream failures', () => {
  it('answers UPSTREAM_TIMEOUT within the configured bound when the registry never answers', async () => {
    serve(() => undefined);
    const started = performance.now();
    const error = await failureOf(clientFor({ timeoutMs: 300 }).resolveDigest(target()));
    const elapsed = performance.now() - started;
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    expect(error.status).toBe(504);
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(1500);
    expect(server.requests).toHaveLength(1);
  });

  it.each([[500], [502], [503], [504]])(
    'answers UPSTREAM_ERROR for a persistent %i after exactly one retry',
    async (status) => {
      serve((_request, response) => response.writeHead(status).end());
      const error = await failureOf(clientFor().resolveDigest(target()));
      expect(error.code).toBe('UPSTREAM_ERROR');
      expect(error.status).toBe(502);
      expect(server.requests).toHaveLength(2);
    },
  );

  it('succeeds when the one retry after a 503 succeeds', async () => {
    serve((request, response, index) => {
      if (index === 0) response.writeHead(503).end();
      else
        ok(
          response,
          MANIFEST,
          manifestBody,
          { 'docker-content-digest': digestOf(manifestBody) },
          request.method === 'HEAD',
        );
    });
    const answer = await clientFor().resolveDigest(target());
    expect(answer.digest).toBe(digestOf(manifestBody));
  });

  it('retries once after the connection is reset', async () => {
    serve((request, response, index) => {
      if (index === 0) request.socket.destroy();
      else
        ok(
          response,
          MANIFEST,
          manifestBody,
          { 'docker-content-digest': digestOf(manifestBody) },
          request.method === 'HEAD',
        );
    });
    const answer = await clientFor().resolveDigest(target());
    expect(answer.digest).toBe(digestOf(manifestBody));
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    ['propagates the registry Retry-After', '17', '17'],
    ['defaults Retry-After to 30 seconds when the registry gives none', undefined, '30'],
  ])('answers UPSTREAM_RATE_LIMITED for 429 and %s', async (_name, upstream, expected) => {
    serve((_request, response) =>
      response.writeHead(429, upstream === undefined ? {} : { 'retry-after': upstream }).end(),
    );
    const error = await failureOf(clientFor().resolveDigest(target()));
    expect(error.code).toBe('UPSTREAM_RATE_LIMITED');
    expect(error.status).toBe(503);
    expect(error.headers['Retry-After']).toBe(expected);
    expect(server.requests).toHaveLength(1);
  });

  it('answers MANIFEST_UNKNOWN for a 404', async () => {
    serve((_request, response) =>
      response
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}'),
    );
    const error = await failureOf(clientFor().resolveDigest(target()));
    expect(error.code).toBe('MANIFEST_UNKNOWN');
  });

  it('falls back to GET when HEAD gives no digest, and computes the digest from the body', async () => {
    serve((request, response) =>
      ok(response, MANIFEST, manifestBody, {}, request.method === 'HEAD'),
    );
    const answer = await clientFor().resolveDigest(target());
    expect(answer.digest).toBe(digestOf(manifestBody));
    expect(server.requests.map((request) => request.method)).toEqual(['HEAD', 'GET']);
  });

  it('falls back to GET when HEAD is not allowed (405)', async () => {
    serve((request, response) => {
      if (request.method === 'HEAD') response.writeHead(405).end();
      else
        ok(response, MANIFEST, manifestBody, { 'docker-content-digest': digestOf(manifestBody) });
    });
    const answer = await clientFor().resolveDigest(target());
    expect(answer.digest).toBe(digestOf(manifestBody));
  });

  const garbage: Array<[string, (request: IncomingMessage, response: ServerResponse) => void]> = [
    [
      'a manifest that is not JSON',
      (request, response) =>
        ok(response, MANIFEST, Buffer.from('<html>oops</html>'), {}, request.method === 'HEAD'),
    ],
    [
      'a content type that is not a manifest type',
      (request, response) =>
        ok(response, 'text/html', Buffer.from('<html></html>'), {}, request.method === 'HEAD'),
    ],
    [
      'a body whose sha256 differs from Docker-Content-Digest',
      (request, response) => {
        if (request.method === 'HEAD') return void response.writeHead(405).end();
        ok(response, MANIFEST, manifestBody, {
          'docker-content-digest': digestOf('something else'),
        });
      },
    ],
    [
      'an index body whose sha256 differs from its digest',
      (request, response) => {
        const index = Buffer.from(
          JSON.stringify({ schemaVersion: 2, mediaType: INDEX, manifests: [] }),
        );
        if (request.method === 'HEAD')
          ok(response, INDEX, index, { 'docker-content-digest': digestOf('another index') }, true);
        else ok(response, INDEX, index);
      },
    ],
    [
      'an index with a malformed entry',
      (request, response) => {
        const index = Buffer.from(
          JSON.stringify({
            schemaVersion: 2,
            mediaType: INDEX,
            manifests: [{ digest: 'md5:abc', size: -1 }],
          }),
        );
        ok(
          response,
          INDEX,
          index,
          { 'docker-content-digest': digestOf(index) },
          request.method === 'HEAD',
        );
      },
    ],
    [
      'a body that declares another media type than it is served as',
      (request, response) => ok(response, INDEX, manifestBody, {}, request.method === 'HEAD'),
    ],
    [
      'a body larger than the cap without a Content-Length',
      (request, response) => {
        if (request.method === 'HEAD') return void response.writeHead(405).end();
        response.writeHead(200, { 'content-type': MANIFEST });
        response.end(Buffer.alloc(5 * 1024 * 1024, 0x20));
      },
    ],
  ];

  it.each(garbage)('answers UPSTREAM_ERROR for %s', async (_name, handler) => {
    serve(handler);
    const error = await failureOf(clientFor().resolveDigest(target()));
    expect(error.code).toBe('UPSTREAM_ERROR');
    expect(error.status).toBe(502);
  });

  it('verifies a manifest pinned by a sha384 digest, an algorithm the reference grammar accepts', async () => {
    const sha384 = `sha384:${createHash('sha384').update(manifestBody).digest('hex')}`;
    serve((request, response) => {
      if (request.method === 'HEAD') return void response.writeHead(405).end();
      ok(response, MANIFEST, manifestBody);
    });
    const answer = await clientFor().resolveDigest(targetAt(server.host, 'team/app', sha384));
    expect(answer.digest).toBe(sha384);
    serve((request, response) => {
      if (request.method === 'HEAD') return void response.writeHead(405).end();
      ok(response, MANIFEST, Buffer.from(`${manifestBody.toString()} `));
    });
    const error = await failureOf(
      clientFor().resolveDigest(targetAt(server.host, 'team/app', sha384)),
    );
    expect(error.code).toBe('UPSTREAM_ERROR');
  });

  it('answers UPSTREAM_ERROR when a pinned digest does not match what the registry reports', async () => {
    serve((request, response) =>
      ok(
        response,
        MANIFEST,
        manifestBody,
        { 'docker-content-digest': digestOf(manifestBody) },
        request.method === 'HEAD',
      ),
    );
    const error = await failureOf(
      clientFor().resolveDigest(targetAt(server.host, 'team/app', digestOf('pinned elsewhere'))),
    );
    expect(error.code).toBe('UPSTREAM_ERROR');
  });

  it('never copies upstream error text into the detail', async () => {
    serve((_request, response) =>
      response
        .writeHead(403, { 'content-type': 'application/json' })
        .end('{"errors":[{"code":"DENIED","message":"secret ya29.LEAKED"}]}'),
    );
    const error = await failureOf(clientFor().resolveDigest(target()));
    expect(error.code).toBe('REGISTRY_PERMISSION_DENIED');
    expect(JSON.stringify({ detail: error.detail, extensions: error.extensions })).not.toContain(
      'LEAKED',
    );
  });
});

describe('the token dance with scripted registries', () => {
  /** A registry that is its own realm (like Artifact Registry): `/token` issues, `/v2/` wants a bearer. */
  function selfRealm(tokenAnswer: (response: ServerResponse) => void): ScriptedHandler {
    return (request, response) => {
      if (request.url?.startsWith('/token')) return tokenAnswer(response);
      if (request.headers.authorization !== 'Bearer issued-token') {
        response
          .writeHead(401, {
            'www-authenticate': `Bearer realm="http://${server.host}/token",service="scripted"`,
          })
          .end();
        return;
      }
      ok(
        response,
        MANIFEST,
        manifestBody,
        { 'docker-content-digest': digestOf(manifestBody) },
        request.method === 'HEAD',
      );
    };
  }

  it('accepts an issuer answer that only has access_token', async () => {
    serve(
      selfRealm((response) =>
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end('{"access_token":"issued-token"}'),
      ),
    );
    const answer = await clientFor().resolveDigest(target());
    expect(answer.digest).toBe(digestOf(manifestBody));
    const tokenRequest = server.requests.find((request) => request.path.startsWith('/token'));
    const query = new URL(tokenRequest?.path ?? '', 'http://x').searchParams;
    expect(query.get('service')).toBe('scripted');
    expect(query.get('scope')).toBe('repository:team/app:pull');
  });

  it('asks for a token without service when the challenge names none (Artifact Registry multi-regions)', async () => {
    serve((request, response) => {
      if (request.url?.startsWith('/token'))
        return void response.writeHead(200).end('{"token":"issued-token"}');
      if (request.headers.authorization !== 'Bearer issued-token') {
        return void response
          .writeHead(401, { 'www-authenticate': `Bearer realm="http://${server.host}/token"` })
          .end();
      }
      ok(
        response,
        MANIFEST,
        manifestBody,
        { 'docker-content-digest': digestOf(manifestBody) },
        request.method === 'HEAD',
      );
    });
    const answer = await clientFor().resolveDigest(target());
    expect(answer.digest).toBe(digestOf(manifestBody));
    const tokenRequest = server.requests.find((request) => request.path.startsWith('/token'));
    const query = new URL(tokenRequest?.path ?? '', 'http://x').searchParams;
    expect(query.has('service')).toBe(false);
    expect(query.get('scope')).toBe('repository:team/app:pull');
  });

  it.each([
    [
      'an answer that is not JSON',
      (response: ServerResponse) => response.writeHead(200).end('not json'),
    ],
    [
      'an answer without a token',
      (response: ServerResponse) => response.writeHead(200).end('{"expires_in":60}'),
    ],
    ['a 500 from the token service', (response: ServerResponse) => response.writeHead(500).end()],
  ])('answers UPSTREAM_ERROR for %s', async (_name, answer) => {
    serve(selfRealm(answer));
    const error = await failureOf(clientFor().resolveDigest(target()));
    expect(error.code).toBe('UPSTREAM_ERROR');
  });

  it('answers UPSTREAM_ERROR for a malformed challenge', async () => {
    serve((_request, response) =>
      response.writeHead(401, { 'www-authenticate': 'Bearer realm="unterminated' }).end(),
    );
    const error = await failureOf(clientFor().resolveDigest(target()));
    expect(error.code).toBe('UPSTREAM_ERROR');
  });

  it('answers REGISTRY_PERMISSION_DENIED when a 401 carries no challenge', async () => {
    serve((_request, response) => response.writeHead(401).end());
    const error = await failureOf(clientFor().resolveDigest(target()));
    expect(error.code).toBe('REGISTRY_PERMISSION_DENIED');
  });
});

describe('Google credentials', () => {
  const googleClient = (overrides: Partial<RegistryClientOptions>) =>
    clientFor({ googleCredentialHosts: [server.host], ...overrides });
  const challengeOnly: ScriptedHandler = (_request, response) =>
    void response
      .writeHead(401, {
        'www-authenticate': `Bearer realm="http://${server.host}/token",service="scripted"`,
      })
      .end();

  it('answers NO_CREDENTIALS when a Google registry challenges and no token source is configured', async () => {
    serve(challengeOnly);
    const error = await failureOf(googleClient({}).resolveDigest(target()));
    expect(error.code).toBe('NO_CREDENTIALS');
    expect(error.status).toBe(503);
  });

  it('passes the token source NO_CREDENTIALS through unchanged', async () => {
    serve(challengeOnly);
    const thrown = new AppError('NO_CREDENTIALS', { id: 'serviceIdentity.noCredentials' });
    const error = await failureOf(
      googleClient({
        googleTokenSource: { getAccessToken: () => Promise.reject(thrown) },
      }).resolveDigest(target()),
    );
    expect(error).toBe(thrown);
  });

  it('turns a failing token source into NO_CREDENTIALS with the original as cause', async () => {
    serve(challengeOnly);
    const original = new Error('Could not load the default credentials');
    const error = await failureOf(
      googleClient({
        googleTokenSource: { getAccessToken: () => Promise.reject(original) },
      }).resolveDigest(target()),
    );
    expect(error.code).toBe('NO_CREDENTIALS');
    expect(error.cause).toBe(original);
  });

  it('answers UPSTREAM_TIMEOUT when the token source hangs past the deadline', async () => {
    serve(challengeOnly);
    const hanging = { getAccessToken: () => new Promise<never>(() => undefined) };
    const error = await failureOf(
      googleClient({ googleTokenSource: hanging, timeoutMs: 200 }).resolveDigest(target()),
    );
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
  });
});
