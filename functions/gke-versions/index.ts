/** GKE versions: the parsed version and the pull-related facts of the version table. */
import type { ApiApp } from '../http/env';
import { locatorIn } from '../http/problem-response';
import { describeVersion } from './handler';
import { describeGkeVersionRoute } from './route';

export function registerGkeVersionRoutes(app: ApiApp): void {
  app.openapi(describeGkeVersionRoute, (c) => {
    c.set('fieldLocator', locatorIn('path'));
    return c.json(describeVersion(c.req.valid('param').version), 200);
  });
}
