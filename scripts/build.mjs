// Bundles the two entry points with esbuild. Our own code becomes one file per entry; packages
// stay in node_modules (loaded by Node as usual, heavy ones only when first needed).
// `node scripts/build.mjs [outdir]` (default `dist`; the directory must sit inside the project so
// that node_modules resolves).
import { build } from 'esbuild';

export async function buildEntries(outdir = 'dist') {
  await build({
    entryPoints: { server: 'functions/server.ts', index: 'functions/index.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildEntries(process.argv[2]);
