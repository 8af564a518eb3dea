// Bundles the two entry points with esbuild. Our own code becomes one file per entry; packages
// stay in node_modules (loaded by Node as usual, heavy ones only when first needed).
import { build } from 'esbuild';

await build({
  entryPoints: { server: 'functions/server.ts', index: 'functions/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  outExtension: { '.js': '.js' },
});
