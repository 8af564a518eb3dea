/** GKE versions: the parsed version and the pull-related facts of the version table. */
import type { ApiApp } from '../http/env';
import { describeVersion } from './handler';
import { describeGkeVersionRoute } from './route';

export function registerGkeVersionRoutes(app: ApiApp): void {
  app.openapi(describeGkeVersionRoute, (c) =>
    c.json(describeVersion(c.req.valid('param').version), 200),
  );
}
