/** Images: resolve one reference (POST or GET) or a batch of up to 1000. */
import type { AppDependencies } from '../dependencies';
import { cacheableJson } from '../http/cache';
import type { ApiApp } from '../http/env';
import { instanceFor } from '../http/problem-response';
import { resolveBatch, resolveImage } from './handler';
import { resolveImageBatchRoute, resolveImageGetRoute, resolveImagePostRoute } from './route';

export function registerImageRoutes(app: ApiApp, deps: AppDependencies): void {
  app.openapi(resolveImagePostRoute, async (c) =>
    c.json(await resolveImage(c.req.valid('json'), deps.services, '/reference'), 200),
  );
  app.openapi(resolveImageGetRoute, async (c) => {
    const input = c.req.valid('query');
    const image = await resolveImage(input, deps.services, '/reference');
    // Offline, the answer is a pure function of the request: cacheable. A live look-up is not.
    return input.resolveDigest ? c.json(image, 200) : cacheableJson(c, image, 'Accept-Language');
  });
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
