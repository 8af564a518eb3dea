/** GKE versions: the parsed version and the pull-related facts of the version table. */
import { cacheableJson } from '../http/cache';
import type { ApiApp } from '../http/env';
import { locatorIn } from '../http/problem-response';
import { describeVersion } from './handler';
import { describeGkeVersionRoute } from './route';

export function registerGkeVersionRoutes(app: ApiApp): void {
  app.openapi(describeGkeVersionRoute, (c) => {
    c.set('fieldLocator', locatorIn('path'));
    // A pure function of the version and the service's code: cacheable.
    return cacheableJson(c, describeVersion(c.req.valid('param').version), 'Accept-Language');
  });
}
