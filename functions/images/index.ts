/** Images: resolve one reference (POST or GET) or a batch of up to 1000. */
import type { AppDependencies } from '../dependencies';
import { cacheableJson } from '../http/cache';
import type { ApiApp } from '../http/env';
import { resolveMany, resolveOne } from './handler';
import { resolveImageBatchRoute, resolveImageGetRoute, resolveImagePostRoute } from './route';

export function registerImageRoutes(app: ApiApp, deps: AppDependencies): void {
  app.openapi(resolveImagePostRoute, async (c) =>
    c.json(await resolveOne(c, deps, c.req.valid('json')), 200),
  );
  app.openapi(resolveImageGetRoute, async (c) => {
    const input = c.req.valid('query');
    const image = await resolveOne(c, deps, input);
    // Offline, the answer is a pure function of the request (and its language): cacheable. A
    // live look-up is not.
    return input.resolveDigest ? c.json(image, 200) : cacheableJson(c, image, 'Accept-Language');
  });
  app.openapi(resolveImageBatchRoute, async (c) => {
    const answer = await resolveMany(c, deps, c.req.valid('json'));
    if (!(answer instanceof Uint8Array)) return c.json(answer, 200);
    // Already JSON, encoded on the worker thread that built it; the route's typed-response check
    // only knows answers built with c.json.
    c.header('content-language', c.get('language'));
    return c.body(answer, 200, { 'content-type': 'application/json' }) as never;
  });
}
