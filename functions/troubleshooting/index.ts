/** Troubleshooting: a pasted image-pull error in, a diagnosis and runnable plan out (JSON, Markdown, bash). */
import type { AppDependencies } from '../dependencies';
import type { ApiApp } from '../http/env';
import { answerPlan } from './handler';
import { createPlanRoute } from './route';

export function registerTroubleshootingRoutes(app: ApiApp, _deps: AppDependencies): void {
  app.openapi(createPlanRoute, (c) =>
    answerPlan(c, c.req.valid('json'), c.req.valid('query').format),
  );
}
