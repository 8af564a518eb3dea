/**
 * Which methods a path accepts, from the routes the app registered: a 405 names them in `Allow`,
 * a 404 is answered only when no route matches the path at all.
 */
export interface RegisteredRoute {
  method: string;
  path: string;
}

interface PathMatcher {
  pattern: RegExp;
  methods: Set<string>;
}

export function createMethodTable(routes: () => RegisteredRoute[]) {
  let matchers: PathMatcher[] | undefined;

  function build(): PathMatcher[] {
    const byPath = new Map<string, Set<string>>();
    for (const route of routes()) {
      if (route.method === 'ALL' || route.path.includes('*')) continue;
      const methods = byPath.get(route.path) ?? new Set<string>();
      methods.add(route.method.toUpperCase());
      if (route.method.toUpperCase() === 'GET') methods.add('HEAD');
      byPath.set(route.path, methods);
    }
    return [...byPath].map(([path, methods]) => ({
      pattern: new RegExp(
        '^' +
          path
            .split('/')
            .map((segment) =>
              segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
            )
            .join('/') +
          '/?$',
      ),
      methods,
    }));
  }

  /** The methods allowed on `path`, sorted; empty when the path is unknown. */
  return function allowedMethods(path: string): string[] {
    matchers ??= build();
    const allowed = new Set<string>();
    for (const matcher of matchers) {
      if (matcher.pattern.test(path)) for (const method of matcher.methods) allowed.add(method);
    }
    return [...allowed].sort();
  };
}
