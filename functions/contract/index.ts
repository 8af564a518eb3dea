/**
 * The contract served by the service itself: `/openapi.yaml` (byte for byte the committed file,
 * since both come from `renderOpenApiYaml`), `/openapi.json` and a readable `/docs` page.
 * Built on first request, not at start-up, to keep cold starts short.
 */
import type { ApiApp } from '../http/env';
import { renderDocsPage } from './docs-page';
import { buildOpenApiDocument, renderOpenApiYaml } from './openapi-document';

export { buildOpenApiDocument, renderOpenApiYaml, API_VERSION } from './openapi-document';

export function registerDocumentRoutes(app: ApiApp): void {
  let cached:
    { document: Record<string, unknown>; yaml: string; json: string; html: string } | undefined;
  const documents = () => {
    if (!cached) {
      const document = buildOpenApiDocument(app);
      cached = {
        document,
        yaml: renderOpenApiYaml(document),
        json: JSON.stringify(document, null, 2),
        html: renderDocsPage(document),
      };
    }
    return cached;
  };
  // The contract is written in English only, whatever Accept-Language asks.
  const cacheable = { 'cache-control': 'public, max-age=300', 'content-language': 'en' };
  app.get('/openapi.yaml', (c) =>
    c.body(documents().yaml, 200, {
      ...cacheable,
      'content-type': 'application/yaml; charset=utf-8',
    }),
  );
  app.get('/openapi.json', (c) =>
    c.body(documents().json, 200, {
      ...cacheable,
      'content-type': 'application/json; charset=utf-8',
    }),
  );
  app.get('/docs', (c) =>
    c.body(documents().html, 200, {
      ...cacheable,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    }),
  );
}
