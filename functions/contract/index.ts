/**
 * The contract served by the service itself: `/openapi.yaml` (byte for byte the committed file,
 * since both come from `renderOpenApiYaml`), `/openapi.json`, the plain `/docs` page (no scripts:
 * the problem `type` URIs point at its `#problem-CODE` anchors) and the interactive
 * `/docs/reference` (Swagger UI). Everything is built or read on first request, not at start-up,
 * to keep cold starts short, and is cacheable (ETag, 304) since it changes only with a deploy.
 */
import { AppError } from '../../shared/problems';
import type { Context } from 'hono';
import { cacheableResponse, entityTagFor } from '../http/cache';
import type { ApiApp, AppEnv } from '../http/env';
import { DOCS_PAGE_CSP, renderDocsPage } from './docs-page';
import { buildOpenApiDocument, renderOpenApiYaml } from './openapi-document';
import {
  acceptsGzip,
  createReferenceAssets,
  REFERENCE_PAGE_CSP,
  renderReferencePage,
} from './reference-page';
import {
  getDocsPageRoute,
  getOpenApiJsonRoute,
  getOpenApiYamlRoute,
  getReferenceAssetRoute,
  getReferencePageRoute,
} from './route';

export { buildOpenApiDocument, renderOpenApiYaml, API_VERSION } from './openapi-document';

type Page = 'yaml' | 'json' | 'docs' | 'reference';
type Documents = Record<Page, { body: string; etag: string }>;

/**
 * `completeApp` is the app with every route registered, in the contract's order: the running app
 * registers its route groups as requests first reach them, in whatever order they come.
 */
export function registerDocumentRoutes(app: ApiApp, completeApp: () => Promise<ApiApp>): void {
  let cached: Promise<Documents> | undefined;
  const documents = (): Promise<Documents> => {
    cached ??= completeApp().then((complete) => {
      const document = buildOpenApiDocument(complete);
      const bodies: Record<Page, string> = {
        yaml: renderOpenApiYaml(document),
        json: JSON.stringify(document, null, 2),
        docs: renderDocsPage(document),
        reference: renderReferencePage(document.info as { title: string; version: string }),
      };
      return Object.fromEntries(
        Object.entries(bodies).map(([page, body]) => [page, { body, etag: entityTagFor(body) }]),
      ) as Documents;
    });
    cached.catch(() => {
      cached = undefined;
    });
    return cached;
  };
  // The contract and its pages are written in English only, whatever Accept-Language asks.
  const serve = async (c: Context<AppEnv>, page: Page, contentType: string, csp?: string) =>
    cacheableResponse(c, {
      ...(await documents())[page],
      contentType,
      headers: {
        'content-language': 'en',
        ...(csp ? { 'content-security-policy': csp } : {}),
      },
    });

  app.openapi(getOpenApiYamlRoute, (c) => serve(c, 'yaml', 'application/yaml; charset=utf-8'));
  app.openapi(getOpenApiJsonRoute, (c) => serve(c, 'json', 'application/json; charset=utf-8'));
  app.openapi(getDocsPageRoute, (c) => serve(c, 'docs', 'text/html; charset=utf-8', DOCS_PAGE_CSP));
  app.openapi(getReferencePageRoute, (c) =>
    serve(c, 'reference', 'text/html; charset=utf-8', REFERENCE_PAGE_CSP),
  );

  const assets = createReferenceAssets();
  app.openapi(
    getReferenceAssetRoute,
    async (c) => {
      const asset = await assets(c.req.valid('param').asset);
      const gzip = acceptsGzip(c.req.header('accept-encoding'));
      const variant = gzip ? asset.gzip : asset.identity;
      return cacheableResponse(c, {
        body: variant.body,
        etag: variant.etag,
        contentType: asset.contentType,
        vary: 'Accept-Encoding',
        ...(gzip ? { contentEncoding: 'gzip' } : {}),
      });
    },
    // A name outside the page's own files is simply not there.
    (result, c) => {
      if (!result.success)
        throw new AppError('NOT_FOUND', {
          id: 'http.notFound',
          params: { path: c.req.path.slice(0, 200) },
        });
      return undefined;
    },
  );
}
