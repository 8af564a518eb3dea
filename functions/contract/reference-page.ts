import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { entityTagFor } from '../http/cache';

/**
 * `/docs/reference`: the interactive reference, Swagger UI (https://github.com/swagger-api/swagger-ui)
 * rendering `/openapi.yaml`, with "Try it out" sending real requests to this same origin (the
 * document's first server is the relative `/`). Its files are served from the `swagger-ui-dist`
 * npm package installed with the service, never from a CDN, and read on first request only, so
 * they cost the cold start nothing.
 *
 * Its Content-Security-Policy is relaxed from the service's `default-src 'none'` only as far as
 * Swagger UI needs, on this page alone:
 * - `script-src 'self'`: the Swagger UI bundle and the few lines that start it, both files of this
 *   origin (no inline script, no `eval`);
 * - `style-src 'self'`: its stylesheet;
 * - `img-src 'self' data:`: its icons are `data:` images inside its stylesheet;
 * - `connect-src 'self'`: it fetches `/openapi.yaml` and sends the "Try it out" requests here.
 * `/docs` stays the script-free page the problem `type` URIs point to.
 */

export const REFERENCE_PAGE_PATH = '/docs/reference';

export const REFERENCE_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The Swagger UI options (https://swagger.io/docs/open-source-tools/swagger-ui/usage/configuration/). */
const START_SCRIPT = `// Starts Swagger UI on this service's own contract.
window.ui = SwaggerUIBundle({
  url: '/openapi.yaml',
  dom_id: '#swagger-ui',
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
  deepLinking: true,
  docExpansion: 'list',
  defaultModelsExpandDepth: 0,
  displayOperationId: true,
  displayRequestDuration: true,
  showExtensions: true,
  // No call to the public swagger.io validator: this page talks to its own origin only.
  validatorUrl: null,
  // Options in the page's query string are ignored, so a link cannot point the page elsewhere.
  queryConfigEnabled: false,
});
`;

const PAGE_STYLE = `.reference-links{font-family:sans-serif;font-size:14px;max-width:1460px;margin:0 auto;padding:12px 20px 0;color:#3b4151}
.reference-links a{color:#4990e2}
`;

const JAVASCRIPT = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

type AssetSource = { package: 'swagger-ui-dist'; file: string } | { text: string };

/** Every file the page loads; nothing outside this table is ever read from disk. */
const ASSETS = {
  'swagger-ui-bundle.js': {
    contentType: JAVASCRIPT,
    source: { package: 'swagger-ui-dist', file: 'swagger-ui-bundle.js' },
  },
  'swagger-ui.css': {
    contentType: CSS,
    source: { package: 'swagger-ui-dist', file: 'swagger-ui.css' },
  },
  'start.js': { contentType: JAVASCRIPT, source: { text: START_SCRIPT } },
  'page.css': { contentType: CSS, source: { text: PAGE_STYLE } },
} as const satisfies Record<string, { contentType: string; source: AssetSource }>;

export type ReferenceAssetName = keyof typeof ASSETS;
export const REFERENCE_ASSET_NAMES = Object.keys(ASSETS) as [
  ReferenceAssetName,
  ...ReferenceAssetName[],
];

export interface ReferenceAsset {
  contentType: string;
  identity: { body: Buffer; etag: string };
  gzip: { body: Buffer; etag: string };
}

/**
 * The package's folder, resolved from wherever this code runs: the TypeScript sources, the
 * esbuild bundle in `dist/` (node_modules is found walking up from it, also in the container
 * image, whose production dependencies include swagger-ui-dist).
 */
function packageFolder(name: string): string {
  return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
}

/** node:zlib is loaded with the first asset, not with every cold start of the service. */
async function gzipped(body: Buffer): Promise<Buffer> {
  const { gzip } = await import('node:zlib');
  return promisify(gzip)(body);
}

async function loadAsset(name: ReferenceAssetName): Promise<ReferenceAsset> {
  const { contentType, source } = ASSETS[name] as { contentType: string; source: AssetSource };
  const body =
    'text' in source
      ? Buffer.from(source.text)
      : await readFile(join(packageFolder(source.package), source.file));
  const compressed = await gzipped(body);
  return {
    contentType,
    identity: { body, etag: entityTagFor(body) },
    gzip: { body: compressed, etag: entityTagFor(compressed) },
  };
}

/** Loads each asset once, on its first request; a failed read is retried on the next one. */
export function createReferenceAssets(): (name: ReferenceAssetName) => Promise<ReferenceAsset> {
  const loaded = new Map<ReferenceAssetName, Promise<ReferenceAsset>>();
  return (name) => {
    let pending = loaded.get(name);
    if (!pending) {
      pending = loadAsset(name);
      pending.catch(() => loaded.delete(name));
      loaded.set(name, pending);
    }
    return pending;
  };
}

/** Whether `Accept-Encoding` takes gzip (RFC 9110 §12.5.3): listed, or `*`, without `q=0`. */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding
    .slice(0, 1024)
    .split(',')
    .some((part) => {
      const [coding = '', ...params] = part.trim().toLowerCase().split(';');
      if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return q === undefined || Number(q.slice(2)) > 0;
    });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The page: Swagger UI's own files and a link back to the plain `/docs` page. */
export function renderReferencePage(info: { title: string; version: string }): string {
  const asset = (name: ReferenceAssetName) => `${REFERENCE_PAGE_PATH}/${name}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)} ${escapeHtml(info.version)} — interactive API reference</title>
<link rel="stylesheet" href="${asset('swagger-ui.css')}">
<link rel="stylesheet" href="${asset('page.css')}">
</head>
<body>
<nav class="reference-links">Interactive reference (Swagger UI) · <a href="/docs">Plain reference page and problem codes</a> · <a href="/openapi.yaml">openapi.yaml</a> · <a href="/openapi.json">openapi.json</a></nav>
<div id="swagger-ui"></div>
<script src="${asset('swagger-ui-bundle.js')}"></script>
<script src="${asset('start.js')}"></script>
</body></html>
`;
}
