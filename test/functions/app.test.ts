import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, httpTargets } from '../support/app';
import { call } from '../support/call';

const testApp = createTestApp();
const targets = httpTargets(testApp.app);

afterAll(() => {
  for (const target of targets) target.server.close();
});

describe.each(targets)('the foundation through the $name entry', (target) => {
  it('answers the health probe', async () => {
    const response = await call(target, 'get', '/healthz');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it.each([
    {
      name: 'an unknown path is NOT_FOUND',
      method: 'get' as const,
      path: '/v1/nothing-here',
      status: 404,
      code: 'NOT_FOUND',
    },
    {
      name: 'a wrong method is METHOD_NOT_ALLOWED',
      method: 'delete' as const,
      path: '/healthz',
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
    },
    {
      name: 'POST on a GET-only path is METHOD_NOT_ALLOWED',
      method: 'post' as const,
      path: '/healthz',
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
    },
  ])('$name', async ({ method, path, status, code }) => {
    const response = await call(target, method, path);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status, code, type: `/docs#problem-${code}` });
    expect(response.body.instance).toBe(`urn:uuid:${response.headers['x-request-id']}`);
  });

  it('names the allowed methods in Allow on a 405', async () => {
    const response = await call(target, 'put', '/healthz');
    expect(response.headers.allow).toBe('GET, HEAD');
    expect(response.body.detail).toContain('GET, HEAD');
  });

  it('answers OPTIONS with the allowed methods', async () => {
    const response = await call(target, 'options', '/healthz');
    expect(response.status).toBe(204);
    expect(response.headers.allow).toBe('GET, HEAD, OPTIONS');
  });

  it('answers a body sent to a GET-only path with 405 without reading it', async () => {
    const response = await call(target, 'post', '/healthz', {
      raw: '{"x":',
      contentType: 'application/json',
    });
    expect(response.status).toBe(405);
    expect(response.body.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('refuses a 1 MiB body with PAYLOAD_TOO_LARGE and stays up', async () => {
    const response = await call(target, 'post', '/v1/images/resolve', {
      raw: 'x'.repeat(1024 * 1024),
      contentType: 'application/json',
    });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await call(target, 'get', '/healthz')).status).toBe(200);
  });

  it('sends the security headers on every answer', async () => {
    for (const path of ['/healthz', '/nothing']) {
      const response = await call(target, 'get', path);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-powered-by']).toBeUndefined();
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });
});

describe('request logging', () => {
  it('writes one Cloud Logging line per request with httpRequest and trace correlation', async () => {
    const { app, logs } = createTestApp();
    const before = logs.length;
    await app.request('/healthz', {
      headers: {
        traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
        'user-agent': 'curl/8.5.0',
      },
    });
    const lines = logs.slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      severity: 'INFO',
      httpRequest: {
        requestMethod: 'GET',
        requestUrl: '/healthz',
        status: 200,
        userAgent: 'curl/8.5.0',
      },
      'logging.googleapis.com/trace':
        'projects/test-project/traces/4bf92f3577b34da6a3ce929d0e0e4736',
      'logging.googleapis.com/spanId': '00f067aa0ba902b7',
      'logging.googleapis.com/trace_sampled': true,
    });
    expect(lines[0]?.httpRequest).toMatchObject({
      latency: expect.stringMatching(/^\d+(\.\d+)?s$/),
    });
  });

  it('takes the trace from X-Cloud-Trace-Context, converting the decimal span id', async () => {
    const { app, logs } = createTestApp();
    await app.request('/healthz', {
      headers: { 'x-cloud-trace-context': '105445aa7843bc8bf206b12000100000/1;o=1' },
    });
    expect(logs.at(-1)).toMatchObject({
      'logging.googleapis.com/trace':
        'projects/test-project/traces/105445aa7843bc8bf206b12000100000',
      'logging.googleapis.com/spanId': '0000000000000001',
    });
  });

  it('leaves no trace of an Authorization header value in the logs', async () => {
    const { app, rawLogs } = createTestApp();
    await app.request('/healthz', { headers: { authorization: 'Bearer secret-value-123' } });
    await app.request('/v1/nothing?token=secret-value-123', {
      method: 'POST',
      headers: { authorization: 'Bearer secret-value-123', 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'secret-value-123' }),
    });
    expect(rawLogs.length).toBeGreaterThanOrEqual(2);
    expect(rawLogs.join('\n')).not.toContain('secret-value-123');
  });

  it.each([
    {
      name: 'a path parameter holding a token glued to letters',
      path: '/v1/gke/versions/x_ya29.a0AfH6SMBsecretvalue',
      route: '/v1/gke/versions/{version}',
      secret: 'a0AfH6SMBsecretvalue',
    },
    {
      name: 'an unknown path holding a JWT glued to a word',
      path: '/v1/token_eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzZWNyZXQtc3ViIn0.c2lnbmF0dXJl',
      route: '(no route)',
      secret: 'eyJzdWIiOiJzZWNyZXQtc3ViIn0',
    },
  ])('logs the route template, not $name', async ({ path, route, secret }) => {
    const own = createTestApp();
    const [served] = httpTargets(own.app);
    await call(served!, 'get', path);
    served?.server.close();
    expect(own.logs.at(-1)).toMatchObject({
      message: `GET ${route} ${path.startsWith('/v1/gke') ? 400 : 404}`,
      httpRequest: { requestMethod: 'GET', requestUrl: route },
    });
    expect(own.rawLogs.join('\n')).not.toContain(secret);
  });

  it('redacts tokens glued to letters or "_" wherever a log line carries client text', async () => {
    const own = createTestApp();
    const [served] = httpTargets(own.app);
    const glued = [
      'x_ya29.a0AfH6SMBgluedaccesstoken',
      'token_eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJnbHVlZC1zdWIifQ.c2lnbmF0dXJl',
      'id-eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkYXNoZWQtc3ViIn0.c2lnbmF0dXJl',
    ];
    await call(served!, 'get', '/healthz', {
      headers: { 'user-agent': `curl/8 ${glued.join(' ')}` },
    });
    served?.server.close();
    const log = own.rawLogs.join('\n');
    for (const secret of [
      'a0AfH6SMBgluedaccesstoken',
      'eyJzdWIiOiJnbHVlZC1zdWIifQ',
      'eyJzdWIiOiJkYXNoZWQtc3ViIn0',
    ])
      expect(log).not.toContain(secret);
    expect(log).toContain('curl/8 x_[REDACTED] token_[REDACTED] id-[REDACTED]');
  });

  it('honours LOG_LEVEL', async () => {
    const { app, logs } = createTestApp({ env: { LOG_LEVEL: 'WARNING' } });
    await app.request('/healthz');
    expect(logs).toHaveLength(0);
  });
});
