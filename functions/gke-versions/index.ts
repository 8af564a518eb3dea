/** GKE versions: the parsed version and the pull-related facts of the version table. */
import { cacheableJson } from '../http/cache';
import type { ApiApp } from '../http/env';
import { describeVersion } from './handler';
import { describeGkeVersionRoute } from './route';

export function registerGkeVersionRoutes(app: ApiApp): void {
  app.openapi(describeGkeVersionRoute, (c) =>
    cacheableJson(c, describeVersion(c.req.valid('param').version), 'Accept-Language'),
  );
}
