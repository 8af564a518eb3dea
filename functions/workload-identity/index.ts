/** Workload Identity Federation: the procedure for a cluster outside Google Cloud (JSON, Markdown, bash). */
import type { AppDependencies } from '../dependencies';
import type { ApiApp } from '../http/env';
import { answerFederationPlan } from './handler';
import { createFederationPlanRoute } from './route';

export function registerWorkloadIdentityRoutes(app: ApiApp, _deps: AppDependencies): void {
  app.openapi(createFederationPlanRoute, (c) =>
    answerFederationPlan(c, c.req.valid('json'), c.req.valid('query').format),
  );
}
