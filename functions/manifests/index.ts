/** Manifests: every image of a Kubernetes manifest, checked against one cluster before apply. */
import type { AppDependencies } from '../dependencies';
import type { ApiApp } from '../http/env';
import { locatorIn } from '../http/problem-response';
import { check, inputFromJson, inputFromYaml, inYamlForm, refuseQueryWithJson } from './handler';
import { checkManifestRoute, YAML_MEDIA_TYPES } from './route';

function isYaml(contentType: string | undefined): boolean {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return (YAML_MEDIA_TYPES as readonly string[]).includes(essence);
}

export function registerManifestRoutes(app: ApiApp, deps: AppDependencies): void {
  app.openapi(checkManifestRoute, async (c) => {
    const query = c.req.valid('query');
    let input;
    if (isYaml(c.req.header('content-type'))) {
      c.set('fieldLocator', inYamlForm);
      input = inputFromYaml(await c.req.text(), query);
    } else {
      c.set('fieldLocator', locatorIn('query'));
      refuseQueryWithJson(query);
      c.set('fieldLocator', undefined);
      input = inputFromJson(c.req.valid('json'));
    }
    const answer = await check(c, deps, input);
    c.header('content-language', c.get('language'));
    // Already JSON (a ManifestCheckResult), encoded on the worker thread that built it; the
    // route's typed-response check only knows answers built with c.json.
    return c.body(answer, 200, { 'content-type': 'application/json' }) as never;
  });
}
