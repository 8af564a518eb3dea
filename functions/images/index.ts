/** Images: resolve one reference (POST or GET) or a batch of up to 1000. */
import type { AppDependencies } from '../dependencies';
import type { ApiApp } from '../http/env';
import { instanceFor } from '../http/problem-response';
import { resolveBatch, resolveImage } from './handler';
import { resolveImageBatchRoute, resolveImageGetRoute, resolveImagePostRoute } from './route';

export function registerImageRoutes(app: ApiApp, deps: AppDependencies): void {
  app.openapi(resolveImagePostRoute, async (c) =>
    c.json(await resolveImage(c.req.valid('json'), deps.services, '/reference'), 200),
  );
  app.openapi(resolveImageGetRoute, async (c) =>
    c.json(await resolveImage(c.req.valid('query'), deps.services, '/reference'), 200),
  );
  app.openapi(resolveImageBatchRoute, async (c) => {
    const results = await resolveBatch(
      c.req.valid('json'),
      deps.services,
      instanceFor(c.get('requestId')),
      (error) =>
        c.get('logger').error('Batch item failed', { requestId: c.get('requestId'), error }),
    );
    return c.json({ results }, 200);
  });
}
