import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  createLogger,
  formatLatency,
  parseTraceContext,
  redact,
  redactString,
} from '../../../shared/log';

describe('redaction', () => {
  it.each([
    {
      name: 'a Bearer credential',
      input: 'Authorization: Bearer abc.def-123',
      secret: 'abc.def-123',
    },
    {
      name: 'a Basic credential',
      input: 'basic b2F1dGgyYWNjZXNzdG9rZW46eWEyOS5h',
      secret: 'b2F1dGgyYWNjZXNzdG9rZW46eWEyOS5h',
    },
    {
      name: 'a Google access token',
      input: 'token ya29.a0AfH6SMBx-verysecret_value',
      secret: 'ya29.a0AfH6SMBx-verysecret_value',
    },
    {
      name: 'a JWT',
      input: 'id eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl end',
      secret: 'eyJzdWIiOiIxIn0',
    },
    {
      name: 'a crictl credential pair',
      input: 'crictl pull --creds oauth2accesstoken:s3cr3t-token image',
      secret: 's3cr3t-token',
    },
    {
      name: 'a private key',
      input: '-----BEGIN PRIVATE KEY-----\nMIIEv\n-----END PRIVATE KEY-----',
      secret: 'MIIEv',
    },
  ])('removes $name from strings', ({ input, secret }) => {
    expect(redactString(input)).not.toContain(secret);
    expect(redactString(input)).toContain('[REDACTED]');
  });

  it.each([
    'authorization',
    'Authorization',
    'access_token',
    'accessToken',
    'password',
    'crictlCreds',
    'dockerConfigJson',
    'x-goog-api-key',
    'serviceAccountToken',
  ])('replaces a member named %s whole', (name) => {
    expect(redact({ nested: [{ [name]: { anything: 'plain' } }] })).toEqual({
      nested: [{ [name]: '[REDACTED]' }],
    });
  });

  it('keeps ordinary values and survives cycles', () => {
    const value: Record<string, unknown> = { image: 'us-docker.pkg.dev/p/r/i:1', count: 3 };
    value.self = value;
    expect(redact(value)).toMatchObject({
      image: 'us-docker.pkg.dev/p/r/i:1',
      count: 3,
      self: '[…]',
    });
  });

  it('redacts error messages and causes', () => {
    const error = new Error('failed with Bearer ya29.secret', {
      cause: new Error('ya29.other-secret'),
    });
    expect(JSON.stringify(redact({ error }))).not.toMatch(/ya29\.(secret|other)/);
  });
});

describe('trace context', () => {
  it.each([
    {
      name: 'a sampled traceparent',
      headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
      expected: {
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
        spanId: '00f067aa0ba902b7',
        sampled: true,
      },
    },
    {
      name: 'an unsampled traceparent',
      headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00' },
      expected: {
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
        spanId: '00f067aa0ba902b7',
        sampled: false,
      },
    },
    {
      name: 'X-Cloud-Trace-Context with a decimal span',
      headers: { cloudTraceContext: '105445AA7843BC8BF206B12000100000/255;o=0' },
      expected: {
        traceId: '105445aa7843bc8bf206b12000100000',
        spanId: '00000000000000ff',
        sampled: false,
      },
    },
    {
      name: 'X-Cloud-Trace-Context with a trace only',
      headers: { cloudTraceContext: '105445aa7843bc8bf206b12000100000' },
      expected: { traceId: '105445aa7843bc8bf206b12000100000' },
    },
  ])('reads $name', ({ headers, expected }) => {
    expect(parseTraceContext(headers)).toEqual(expected);
  });

  it.each([
    'garbage',
    '00-00000000000000000000000000000000-00f067aa0ba902b7-01',
    'x'.repeat(10_000),
  ])('ignores an invalid header %#', (value) => {
    expect(parseTraceContext({ traceparent: value, cloudTraceContext: value })).toBeUndefined();
  });
});

describe('Cloud Logging entry shape', () => {
  it('formats latency as a protobuf Duration string', () => {
    expect(formatLatency(12.5)).toBe('0.0125s');
    expect(formatLatency(1500)).toBe('1.5s');
    expect(formatLatency(0)).toBe('0s');
  });

  it('uses the same special fields as @google-cloud/logging LogSync', async () => {
    const { Logging } = await import('@google-cloud/logging');
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logSync = new Logging({ projectId: 'p' }).logSync('run', sink);
    logSync.write(
      logSync.entry(
        {
          severity: 'INFO',
          httpRequest: {
            requestMethod: 'GET',
            requestUrl: '/healthz',
            status: 200,
            latency: { seconds: 1, nanos: 500_000_000 },
          },
          trace: 'projects/p/traces/4bf92f3577b34da6a3ce929d0e0e4736',
          spanId: '00f067aa0ba902b7',
          traceSampled: true,
        },
        'GET /healthz 200',
      ),
    );
    const reference = JSON.parse(lines[0] as string) as Record<string, unknown>;

    const ours: string[] = [];
    createLogger({ level: 'INFO', projectId: 'p', write: (line) => ours.push(line) }).info(
      'GET /healthz 200',
      {
        httpRequest: {
          requestMethod: 'GET',
          requestUrl: '/healthz',
          status: 200,
          latency: formatLatency(1500),
        },
        trace: {
          traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
          spanId: '00f067aa0ba902b7',
          sampled: true,
        },
      },
    );
    const entry = JSON.parse(ours[0] as string) as Record<string, unknown>;
    for (const field of [
      'severity',
      'message',
      'logging.googleapis.com/trace',
      'logging.googleapis.com/spanId',
      'logging.googleapis.com/trace_sampled',
    ]) {
      expect(entry[field], field).toEqual(reference[field]);
    }
    const { latency: referenceLatency, ...referenceRequest } = reference.httpRequest as {
      latency: { seconds: number; nanos: number };
    };
    const { latency, ...request } = entry.httpRequest as { latency: string };
    expect(request).toEqual(referenceRequest);
    expect(latency).toBe(`${referenceLatency.seconds + referenceLatency.nanos / 1e9}s`);
  });

  it('never writes a secret passed in fields or message', () => {
    const lines: string[] = [];
    createLogger({ level: 'DEBUG', write: (line) => lines.push(line) }).error(
      'login failed for Bearer ya29.topsecret',
      {
        headers: { authorization: 'Bearer ya29.topsecret' },
        body: { accessToken: 'ya29.topsecret' },
      },
    );
    expect(lines.join('')).not.toContain('topsecret');
  });
});
