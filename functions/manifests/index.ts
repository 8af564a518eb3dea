/** Manifests: every image of a Kubernetes manifest, checked against one cluster before apply. */
import type { AppDependencies } from '../dependencies';
import type { ApiApp } from '../http/env';
import { checkManifest, inputFromJson, inputFromYaml, pointAtQuery } from './handler';
import { checkManifestRoute, YAML_MEDIA_TYPES } from './route';

function isYaml(contentType: string | undefined): boolean {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return (YAML_MEDIA_TYPES as readonly string[]).includes(essence);
}

export function registerManifestRoutes(app: ApiApp, deps: AppDependencies): void {
  app.openapi(checkManifestRoute, async (c) => {
    const language = c.get('language');
    const query = c.req.valid('query');
    let answer: Uint8Array<ArrayBuffer>;
    if (isYaml(c.req.header('content-type'))) {
      const input = inputFromYaml(await c.req.text(), query);
      try {
        answer = await checkManifest(input, language, deps.services);
      } catch (error) {
        throw pointAtQuery(error);
      }
    } else {
      answer = await checkManifest(
        inputFromJson(c.req.valid('json'), query),
        language,
        deps.services,
      );
    }
    c.header('content-language', language);
    // Already JSON (a ManifestCheckResult), encoded on the worker thread that built it;
    // the route's typed-response check only knows answers built with c.json.
    return c.body(answer, 200, { 'content-type': 'application/json' }) as never;
  });
}
