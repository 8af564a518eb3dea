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
  app.openapi(resolveImageBatchRoute, async (c) =>
    c.json({ results: await resolveMany(c, deps, c.req.valid('json')) }, 200),
  );
}
