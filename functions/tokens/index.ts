/** Credentials: POST /v1/tokens mints a short-lived, least-privilege registry credential. */
import type { AppDependencies } from '../dependencies';
import type { ApiApp } from '../http/env';
import { answerCredential, authenticateCaller } from './handler';
import { mintTokenRoute } from './route';

export function registerTokenRoutes(app: ApiApp, deps: AppDependencies): void {
  app.openapi(
    { ...mintTokenRoute, middleware: [authenticateCaller(deps.services)] as const },
    (c) => answerCredential(c, deps.services, deps.config, c.req.valid('json')),
  );
}
