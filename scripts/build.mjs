// Builds the two entry points with esbuild.
// - Cloud Run (`dist/server.js`): everything bundled, packages included, into one CommonJS file
//   (`dist/server-app.cjs`) that `dist/server.js` (functions/server-loader.ts) compiles with a V8
//   code cache. The build then starts the entry once, asks it a few requests and writes that
//   cache (`dist/server-app.cjs.v8-cache`) for the Node.js that ran the build: the container's
//   build stage uses the same Node.js as its runtime. Measured by `npm run bench`: bundling halves
//   the cold start compared with resolving packages from node_modules at start-up, and the code
//   cache takes a fifth off the rest.
// - Cloud Functions (`dist/index.js`): our code bundled, packages left in node_modules, because
//   the functions-framework CLI that loads this file must share its function registry with it.
// - The off-thread worker (`dist/worker.js`), beside both entries, which start it on
//   a worker thread: everything bundled, so it loads the same way under either entry.
// `node scripts/build.mjs [outdir]` (default `dist`; the directory must sit inside the project so
// that node_modules resolves for the functions entry).
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

/**
 * zod re-exports every locale through its `locales` namespace, so a bundle would carry all of
 * them (most of zod's weight) though the service only ever uses English messages. This keeps
 * the namespace with `en` alone.
 */
const englishOnlyZodLocales = {
  name: 'zod-english-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
};

export async function buildEntries(outdir = 'dist') {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    ...common,
    format: 'cjs',
    entryPoints: { 'server-app': 'functions/server.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    plugins: [englishOnlyZodLocales],
    // The packages imported lazily, on the first call that needs Google's credentials or a
    // caller's ID token, are not needed to start: they stay in node_modules (production
    // dependencies, in the container too) and are required on first use. A third of the bundle.
    external: ['google-auth-library', 'jose'],
    supported: { 'dynamic-import': false },
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  await build({
    ...common,
    entryPoints: { server: 'functions/server-loader.ts' },
    outdir,
  });
  await writeServerCodeCache(outdir);
  await build({
    ...common,
    entryPoints: { index: 'functions/index.ts' },
    outdir,
    packages: 'external',
  });
  await build({
    ...common,
    entryPoints: { worker: 'functions/worker.ts' },
    outdir,
    plugins: [englishOnlyZodLocales],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the built Cloud Run entry with WRITE_CODE_CACHE=1, asks it what a new instance is asked
 * first (the health check, an offline resolve by GET and by POST), and stops it: on exit it
 * writes the code cache of everything that ran. Offline requests only: no network is needed.
 * A cache that cannot be written leaves a working build (the entry compiles without one).
 */
async function writeServerCodeCache(outdir) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(outdir, 'server.js')], {
    env: { PATH: process.env.PATH, PORT: String(port), LOG_LEVEL: 'ERROR', WRITE_CODE_CACHE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  const reference = 'us-docker.pkg.dev/my-project/my-repo/team/app:1.4.2';
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        if ((await fetch(`${base}/healthz`)).ok) break;
      } catch {
        // not listening yet
      }
      if (attempt > 500 || child.exitCode !== null) throw new Error('the entry did not start');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await (
      await fetch(`${base}/v1/images/resolve?reference=${encodeURIComponent(reference)}`)
    ).text();
    await (
      await fetch(`${base}/v1/images/resolve`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reference }),
      })
    ).text();
  } catch (error) {
    console.warn(`build: no code cache for dist/server.js (${error.message})`);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
  if (!existsSync(join(outdir, 'server-app.cjs.v8-cache'))) {
    console.warn('build: the Cloud Run entry wrote no code cache; it will compile at start-up');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await buildEntries(process.argv[2]);
