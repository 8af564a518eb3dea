// Builds the two entry points with esbuild.
// - Cloud Run (`dist/server.js`): everything bundled, packages included, with lazily imported
//   modules (google-auth-library, jose) split into their own chunks. Measured by `npm run bench`:
//   this halves the cold start compared with resolving packages from node_modules at start-up.
// - Cloud Functions (`dist/index.js`): our code bundled, packages left in node_modules, because
//   the functions-framework CLI that loads this file must share its function registry with it.
// - The manifest worker (`dist/manifest-check-worker.js`), beside both entries, which start it on
//   a worker thread: everything bundled, so it loads the same way under either entry.
// `node scripts/build.mjs [outdir]` (default `dist`; the directory must sit inside the project so
// that node_modules resolves for the functions entry).
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
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
    entryPoints: { server: 'functions/server.ts' },
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [englishOnlyZodLocales],
    // Bundled CommonJS packages call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  await build({
    ...common,
    entryPoints: { index: 'functions/index.ts' },
    outdir,
    packages: 'external',
  });
  await build({
    ...common,
    entryPoints: { 'manifest-check-worker': 'functions/manifests/check-worker.ts' },
    outdir,
    plugins: [englishOnlyZodLocales],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildEntries(process.argv[2]);
