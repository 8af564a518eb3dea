import type { Result, Router } from 'hono/router';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { SmartRouter } from 'hono/router/smart-router';
import { TrieRouter } from 'hono/router/trie-router';

/**
 * Hono's default router (a SmartRouter that settles on RegExpRouter, or TrieRouter for paths
 * RegExpRouter cannot take), except that it still takes routes after it has matched: the app
 * registers a group of routes when the group's first request arrives (route-groups.ts), and
 * Hono's own routers refuse a route once their matcher is built
 * (https://hono.dev/docs/api/routing#routing-priority keeps holding: routes match in the order
 * they were added). A route added late drops the built matcher, and the next match builds a new
 * one from every route so far: a cost paid once per group, on its first request.
 */
export class ReopeningRouter<T> implements Router<T> {
  name = 'ReopeningRouter';
  readonly #routes: Array<[method: string, path: string, handler: T]> = [];
  #built: Router<T> | undefined;

  add(method: string, path: string, handler: T): void {
    this.#routes.push([method, path, handler]);
    this.#built = undefined;
  }

  match(method: string, path: string): Result<T> {
    if (this.#built === undefined) {
      const router = new SmartRouter<T>({ routers: [new RegExpRouter(), new TrieRouter()] });
      for (const [routeMethod, routePath, handler] of this.#routes)
        router.add(routeMethod, routePath, handler);
      this.#built = router;
    }
    return this.#built.match(method, path);
  }
}
