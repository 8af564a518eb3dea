/**
 * The Cloud Run entry as built (`node dist/server.js`): runs the bundled server
 * (`dist/server-app.cjs`, built from server.ts) compiled with the V8 code cache that
 * `npm run build` wrote for it (`dist/server-app.cjs.v8-cache`, https://v8.dev/blog/code-caching-for-devs).
 * Compiling the ~2.4 MB bundle was the largest single cost of a cold start; with the cache V8
 * deserializes the functions the start and the first requests ran instead of compiling them.
 *
 * The cache is only an accelerator: V8 checks it against its own version, its flags and the
 * source, and a cache that does not match (another Node.js, a rebuilt bundle) or is missing is
 * ignored, and the bundle is compiled as usual. `WRITE_CODE_CACHE=1` writes the cache when the
 * process exits (the build does this after serving a few requests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const APP = new URL('./server-app.cjs', import.meta.url);
const CODE_CACHE = new URL('./server-app.cjs.v8-cache', import.meta.url);

function readCodeCache(): Buffer | undefined {
  try {
    return readFileSync(CODE_CACHE);
  } catch {
    return undefined;
  }
}

const filename = fileURLToPath(APP);
const script = new Script(
  // The wrapper Node.js gives every CommonJS module.
  `(function (exports, require, module, __filename, __dirname) {${readFileSync(APP, 'utf8')}\n})`,
  { filename, cachedData: readCodeCache() },
);
if (process.env.WRITE_CODE_CACHE === '1') {
  process.once('exit', () => writeFileSync(CODE_CACHE, script.createCachedData()));
}
const module = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(
  module.exports,
  createRequire(APP),
  module,
  filename,
  dirname(filename),
);
