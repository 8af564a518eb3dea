// End to end through the real entry points as deployed: the esbuild bundle started by Node (Cloud
// Run) and by the functions-framework CLI (Cloud Functions), each a separate process.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without type declarations
import { buildEntries } from '../../scripts/build.mjs';
import { startFakeMetadataServer } from '../fakes/gce-metadata-server';
import { startTestRegistry } from '../fakes/registry';
import { freePort } from '../support/ports';

const outdir = `.test-build/entries-${process.pid}`;

interface Running {
  process: ChildProcess;
  baseUrl: string;
  output: () => string;
}

async function start(
  command: string,
  args: string[],
  env: Record<string, string>,
  port: number,
): Promise<Running> {
  let output = '';
  const child = spawn(command, args, {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`${command} did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { process: child, baseUrl, output: () => output };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A raw connection to 127.0.0.1:port, to write requests byte by byte and see when it closes. */
async function rawConnection(port: number): Promise<{
  socket: Socket;
  received: () => string;
  closed: (withinMs: number) => Promise<boolean>;
}> {
  const socket = connect(port, '127.0.0.1');
  await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let data = '';
  let ended = false;
  const ending = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('data', (chunk) => (data += String(chunk)));
  socket.on('error', () => undefined);
  void ending.then(() => (ended = true));
  return {
    socket,
    received: () => data,
    closed: async (withinMs) => {
      await Promise.race([ending, pause(withinMs)]);
      return ended;
    },
  };
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', resolve));
}

let cloudRun: Running;
let cloudFunction: Running;

beforeAll(async () => {
  await buildEntries(outdir);
  const [runPort, functionPort] = await Promise.all([freePort(), freePort()]);
  cloudRun = await start(process.execPath, [`${outdir}/server.js`], {}, runPort);
  cloudFunction = await start(
    process.execPath,
    [
      'node_modules/@google-cloud/functions-framework/build/src/main.js',
      '--target=api',
      `--source=${outdir}/index.js`,
      `--port=${functionPort}`,
    ],
    { NODE_ENV: 'development' },
    functionPort,
  );
}, 60_000);

afterAll(async () => {
  for (const running of [cloudRun, cloudFunction]) running?.process.kill('SIGKILL');
  rmSync(outdir, { recursive: true, force: true });
});

describe.each([
  { name: 'Cloud Run entry (node dist/server.js)', running: () => cloudRun },
  {
    name: 'Cloud Functions entry (functions-framework --target=api)',
    running: () => cloudFunction,
  },
])('the $name', ({ running }) => {
  it('serves health, the contract and the reference page', async () => {
    const { baseUrl } = running();
    expect(await (await fetch(`${baseUrl}/healthz`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${baseUrl}/openapi.yaml`)).headers.get('content-type')).toMatch(/yaml/);
    expect((await fetch(`${baseUrl}/docs`)).status).toBe(200);
  });

  it("finds Swagger UI's files in node_modules from the bundle, for the interactive reference", async () => {
    const { baseUrl } = running();
    expect((await fetch(`${baseUrl}/docs/reference`)).status).toBe(200);
    for (const [file, type] of [
      ['swagger-ui-bundle.js', /^text\/javascript/],
      ['swagger-ui.css', /^text\/css/],
    ] as const) {
      const response = await fetch(`${baseUrl}/docs/reference/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type')).toMatch(type);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    }
  });

  it('answers malformed JSON with a problem document and no stack trace', async () => {
    const response = await fetch(`${running().baseUrl}/v1/images/resolve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"x":',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ code: 'MALFORMED_JSON', status: 400 });
    expect(text).not.toMatch(/<html|at .*\.js:\d+/i);
  });

  it('checks a manifest on its worker thread, bundled beside the entry', async () => {
    const response = await fetch(
      `${running().baseUrl}/v1/manifests/check?version=1.30.5-gke.1014001`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/yaml' },
        body: 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: web, image: nginx:1.27}]\n',
      },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ summary: { images: 1 } });
  });

  it('resolves a reference offline without Google credentials', async () => {
    const response = await fetch(`${running().baseUrl}/v1/images/resolve?reference=nginx`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ normalized: 'docker.io/library/nginx:latest' });
  });
});

describe('the Cloud Run entry', () => {
  it.each([
    {
      name: 'oversized headers',
      request: `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      status: 431,
      code: 'HEADERS_TOO_LARGE',
    },
    {
      name: 'ambiguous framing (Content-Length and Transfer-Encoding)',
      request:
        'POST /v1/images/resolve HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n',
      status: 400,
      code: 'INVALID_REQUEST',
    },
    {
      name: 'a request line that is not HTTP',
      request: 'HELLO\r\n\r\n',
      status: 400,
      code: 'INVALID_REQUEST',
    },
    {
      name: 'a request without Host',
      request: 'GET /healthz HTTP/1.1\r\n\r\n',
      status: 400,
      code: 'INVALID_REQUEST',
    },
  ])(
    'refuses $name with a problem document and the standard headers',
    async ({ request, status, code }) => {
      const connection = await rawConnection(Number(new URL(cloudRun.baseUrl).port));
      connection.socket.write(request);
      expect(await connection.closed(10_000)).toBe(true);
      const answer = connection.received();
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      expect(head).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      const headers = Object.fromEntries(
        head
          .split('\r\n')
          .slice(1)
          .map((line) => [
            line.slice(0, line.indexOf(':')).toLowerCase(),
            line.slice(line.indexOf(':') + 1).trim(),
          ]),
      );
      expect(headers).toMatchObject({
        'content-type': 'application/problem+json',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'DENY',
        'cache-control': 'no-store',
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      });
      expect(JSON.parse(body)).toMatchObject({ status, code });
    },
  );

  it('stops with a message naming the variable when the configuration is invalid', async () => {
    const child = spawn(process.execPath, [`${outdir}/server.js`], {
      env: { ...process.env, PORT: 'eighty' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    expect(await exited(child)).toBe(1);
    expect(stderr).toContain('PORT');
  });

  it('after SIGTERM closes each connection after its answer, serves nothing new on a kept-alive one, and exits when the last request ends', async () => {
    const port = await freePort();
    // A grace far longer than the test: exiting at the deadline would fail it.
    const own = await start(
      process.execPath,
      [`${outdir}/server.js`],
      { SHUTDOWN_GRACE_MS: '60000' },
      port,
    );
    const body = JSON.stringify({ reference: 'nginx' });
    // In flight: headers and part of the body sent before SIGTERM.
    const inFlight = await rawConnection(port);
    inFlight.socket.write(
      `POST /v1/images/resolve HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
    );
    // Kept alive: one request answered, then the start of the next one's headers.
    const keptAlive = await rawConnection(port);
    keptAlive.socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    for (let waited = 0; !keptAlive.received().includes('"ok"') && waited < 5000; waited += 20)
      await pause(20);
    expect(keptAlive.received()).toMatch(/^HTTP\/1\.1 200/);
    const firstAnswer = keptAlive.received();
    keptAlive.socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await pause(100);

    own.process.kill('SIGTERM');
    await pause(300);
    keptAlive.socket.write('\r\n');
    inFlight.socket.write(body.slice(5));

    expect(await inFlight.closed(10_000)).toBe(true);
    const answeredAt = performance.now();
    expect(inFlight.received()).toMatch(/^HTTP\/1\.1 200 /);
    expect(inFlight.received()).toMatch(/\r\nconnection: close\r\n/i);
    expect(inFlight.received()).toContain('docker.io/library/nginx:latest');
    expect(await keptAlive.closed(10_000)).toBe(true);
    expect(keptAlive.received()).toBe(firstAnswer);
    expect(await exited(own.process)).toBe(0);
    expect(performance.now() - answeredAt).toBeLessThan(5000);
  });

  it('finishes an in-flight request on SIGTERM, then exits 0', async () => {
    const port = await freePort();
    const own = await start(process.execPath, [`${outdir}/server.js`], {}, port);
    const references = Array.from(
      { length: 1000 },
      (_, i) => `us-docker.pkg.dev/proj-${100000 + i}/repo/app:${i}`,
    );
    // A request truly in flight: headers and half the body sent, then SIGTERM, then the rest.
    const body = Buffer.from(JSON.stringify({ references }));
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = httpRequest(
        `${own.baseUrl}/v1/images/resolve-batch`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': body.length },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      request.on('error', reject);
      request.write(body.subarray(0, body.length / 2));
      setTimeout(() => {
        own.process.kill('SIGTERM');
        setTimeout(() => request.end(body.subarray(body.length / 2)), 100);
      }, 100);
    });
    const response = await answer;
    expect(response.status).toBe(200);
    expect((JSON.parse(response.text) as { results: unknown[] }).results).toHaveLength(1000);
    expect(await exited(own.process)).toBe(0);
    expect(own.output()).toContain('SIGTERM');
  });
});

describe('the bundled Cloud Run entry with Google credentials', () => {
  it('loads google-auth-library from its chunk and resolves a digest against a real registry', async () => {
    const metadata = await startFakeMetadataServer({
      email: 'bundle@test-project.iam.gserviceaccount.com',
    });
    const registry = await startTestRegistry({
      authorize: ({ password }) =>
        password && metadata.lookupToken(password) ? 'grant' : 'deny-401',
    });
    const hosts = `${registry.host},${registry.issuerHost}`;
    const own = await start(
      process.execPath,
      [`${outdir}/server.js`],
      {
        GCE_METADATA_HOST: metadata.host,
        METADATA_SERVER_DETECTION: 'ping-only',
        REGISTRY_ALLOWLIST: hosts,
        REGISTRY_INSECURE_HOSTS: hosts,
        REGISTRY_GOOGLE_CREDENTIAL_HOSTS: hosts,
      },
      await freePort(),
    );
    try {
      const { single } = registry.images;
      const response = await fetch(`${own.baseUrl}/v1/images/resolve`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          reference: `${registry.host}/${single.repository}:${single.tag}`,
          resolveDigest: true,
        }),
      });
      const body = (await response.json()) as { digest: string; identity: string };
      expect(response.status, JSON.stringify(body)).toBe(200);
      expect(body).toMatchObject({
        digest: single.digest,
        identity: 'bundle@test-project.iam.gserviceaccount.com',
      });
    } finally {
      own.process.kill('SIGKILL');
      await Promise.all([registry.stop(), metadata.close()]);
    }
  });
});
