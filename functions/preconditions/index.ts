/** Preconditions: will GKE nodes pull this image, and what exactly must change if not. */
import type { AppDependencies } from '../dependencies';
import type { ApiApp } from '../http/env';
import { evaluate } from './handler';
import { evaluatePreconditionsRoute } from './route';

export function registerPreconditionsRoutes(app: ApiApp, deps: AppDependencies): void {
  app.openapi(evaluatePreconditionsRoute, async (c) => {
    const answer = await evaluate(c, deps.services, c.req.valid('json'));
    c.header('content-language', c.get('language'));
    return c.json(answer, 200);
  });
}
