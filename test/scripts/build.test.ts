import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without type declarations
import { buildEntries } from '../../scripts/build.mjs';
import { freePort } from '../support/ports';

// `npm run build` as the container's build stage runs it: the Cloud Run entry is one bundle that
// dist/server.js compiles with the V8 code cache the build wrote for the Node.js that built it.
const outdir = `.test-build/build-${process.pid}`;

beforeAll(async () => {
  await buildEntries(outdir);
}, 60_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const wrap = (source: string) =>
  `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

async function firstAnswer(): Promise<{ status: number; ms: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [`${outdir}/server.js`], {
    env: { PATH: process.env.PATH, PORT: String(port), LOG_LEVEL: 'ERROR' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`);
        return { status: response.status, ms: performance.now() - started };
      } catch {
        if (performance.now() - started > 15_000) throw new Error('the entry did not start');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
  } finally {
    child.kill('SIGKILL');
  }
}

describe('the Cloud Run build', () => {
  it('writes a code cache that this Node.js accepts for the bundle', () => {
    const source = readFileSync(`${outdir}/server-app.cjs`, 'utf8');
    const script = new Script(wrap(source), {
      filename: 'server-app.cjs',
      cachedData: readFileSync(`${outdir}/server-app.cjs.v8-cache`),
    });
    expect(script.cachedDataRejected).toBe(false);
  });

  it('starts without a code cache, or with one that does not match, and answers', async () => {
    const cache = `${outdir}/server-app.cjs.v8-cache`;
    const saved = readFileSync(cache);
    try {
      writeFileSync(cache, Buffer.from('not a code cache'));
      expect((await firstAnswer()).status).toBe(200);
      rmSync(cache);
      expect(existsSync(cache)).toBe(false);
      expect((await firstAnswer()).status).toBe(200);
    } finally {
      writeFileSync(cache, saved);
    }
  });

  it('keeps the lazily loaded Google packages out of the bundle', () => {
    const source = readFileSync(`${outdir}/server-app.cjs`, 'utf8');
    expect(source).toContain('require("google-auth-library")');
    expect(source).toContain('require("jose")');
    expect(source).not.toContain('class GoogleAuth');
  });
});
