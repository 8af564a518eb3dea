// End to end through the real entry points as deployed: the esbuild bundle started by Node (Cloud
// Run) and by the functions-framework CLI (Cloud Functions), each a separate process.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
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

  it('resolves a reference offline without Google credentials', async () => {
    const response = await fetch(`${running().baseUrl}/v1/images/resolve?reference=nginx`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ normalized: 'docker.io/library/nginx:latest' });
  });
});

describe('the Cloud Run entry', () => {
  it('refuses oversized headers with a problem document', async () => {
    const response = await fetch(`${cloudRun.baseUrl}/healthz`, {
      headers: { 'x-big': 'a'.repeat(20_000) },
    });
    expect(response.status).toBe(431);
    expect(await response.json()).toMatchObject({ code: 'HEADERS_TOO_LARGE' });
  });

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
