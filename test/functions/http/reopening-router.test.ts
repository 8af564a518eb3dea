import { describe, expect, it } from 'vitest';
import { ReopeningRouter } from '../../../functions/http/reopening-router';

/** The handlers a match returns, in order, with their path parameters. */
function matched(router: ReopeningRouter<string>, method: string, path: string) {
  const [handlers, stash] = router.match(method, path);
  return handlers.map(([handler, params]) => {
    const values: Record<string, string | undefined> = {};
    for (const [name, at] of Object.entries(params))
      values[name] = stash ? stash[at as number] : (at as string);
    return { handler, params: values };
  });
}

describe('the router that takes routes after matching', () => {
  it('matches as Hono routes do: middleware and handlers in the order they were added', () => {
    const router = new ReopeningRouter<string>();
    router.add('ALL', '*', 'context');
    router.add('GET', '/healthz', 'health');
    expect(matched(router, 'GET', '/healthz').map((entry) => entry.handler)).toEqual([
      'context',
      'health',
    ]);
    expect(matched(router, 'POST', '/healthz').map((entry) => entry.handler)).toEqual(['context']);
  });

  it('serves a route added after its first match, keeping the earlier ones and their order', () => {
    const router = new ReopeningRouter<string>();
    router.add('ALL', '*', 'context');
    router.add('GET', '/healthz', 'health');
    expect(matched(router, 'GET', '/v1/gke/versions/1.30')).toHaveLength(1);

    router.add('GET', '/v1/gke/versions/:version', 'describe');
    router.add('POST', '/v1/images/resolve', 'resolve');

    expect(matched(router, 'GET', '/v1/gke/versions/1.30')).toEqual([
      { handler: 'context', params: {} },
      { handler: 'describe', params: { version: '1.30' } },
    ]);
    expect(matched(router, 'POST', '/v1/images/resolve').map((entry) => entry.handler)).toEqual([
      'context',
      'resolve',
    ]);
    expect(matched(router, 'GET', '/healthz').map((entry) => entry.handler)).toEqual([
      'context',
      'health',
    ]);
  });
});
