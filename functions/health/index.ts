/** Health: a liveness probe for Cloud Run and load balancers. */
import type { ApiApp } from '../http/env';
import { getHealthRoute } from './route';

export function registerHealthRoutes(app: ApiApp): void {
  app.openapi(getHealthRoute, (c) => c.json({ status: 'ok' as const }, 200));
}
