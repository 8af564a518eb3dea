/** Images: resolve one reference (POST or GET) or a batch of up to 1000. */
import type { AppDependencies } from '../dependencies';
import type { ApiApp } from '../http/env';
import { resolveMany, resolveOne } from './handler';
import { resolveImageBatchRoute, resolveImageGetRoute, resolveImagePostRoute } from './route';

export function registerImageRoutes(app: ApiApp, deps: AppDependencies): void {
  app.openapi(resolveImagePostRoute, async (c) =>
    c.json(await resolveOne(c, deps, c.req.valid('json')), 200),
  );
  app.openapi(resolveImageGetRoute, async (c) =>
    c.json(await resolveOne(c, deps, c.req.valid('query')), 200),
  );
  app.openapi(resolveImageBatchRoute, async (c) =>
    c.json({ results: await resolveMany(c, deps, c.req.valid('json')) }, 200),
  );
}
