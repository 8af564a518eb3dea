/**
 * Which methods a path accepts, from the routes the app registered: a 405 names them in `Allow`,
 * a 404 is answered only when no route matches the path at all.
 */
export interface RegisteredRoute {
  method: string;
  path: string;
}

/** A route path (`/v1/x/:id` or OpenAPI's `/v1/x/{id}`) as an anchored regular expression. */
function pathPattern(path: string): RegExp {
  const segments = path
    .split('/')
    .map((segment) =>
      segment.startsWith(':') || /^\{[^}]+\}$/.test(segment)
        ? '[^/]+'
        : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    );
  return new RegExp(`^${segments.join('/')}/?$`);
}

/**
 * `derive(items())`, computed again only when more items were registered: routes are only ever
 * added, a group at a time (route-groups.ts), so the count says whether the table is current.
 */
function derivedFrom<Item, Table>(
  items: () => readonly Item[],
  derive: (items: readonly Item[]) => Table,
): () => Table {
  let table: Table | undefined;
  let derivedCount = -1;
  return () => {
    const current = items();
    if (table === undefined || current.length !== derivedCount) {
      table = derive(current);
      derivedCount = current.length;
    }
    return table;
  };
}

interface PathMatcher {
  pattern: RegExp;
  methods: Set<string>;
}

export function createMethodTable(routes: () => RegisteredRoute[]) {
  const tableOf = derivedFrom(routes, (registered) => {
    const byPath = new Map<string, Set<string>>();
    for (const route of registered) {
      if (route.method === 'ALL' || route.path.includes('*')) continue;
      const methods = byPath.get(route.path) ?? new Set<string>();
      methods.add(route.method.toUpperCase());
      if (route.method.toUpperCase() === 'GET') methods.add('HEAD');
      byPath.set(route.path, methods);
    }
    const matchers: PathMatcher[] = [...byPath].map(([path, methods]) => ({
      pattern: pathPattern(path),
      methods,
    }));
    const scan = (path: string): string[] => {
      const allowed = new Set<string>();
      for (const matcher of matchers) {
        if (matcher.pattern.test(path)) for (const method of matcher.methods) allowed.add(method);
      }
      return [...allowed].sort();
    };
    /** Answers for the routes' own literal paths (most requests), computed once. */
    const literal = new Map<string, string[]>();
    for (const route of registered) {
      if (!/[:{*]/.test(route.path)) literal.set(route.path, scan(route.path));
    }
    return { scan, literal };
  });

  /** The methods allowed on `path`, sorted; empty when the path is unknown. */
  return function allowedMethods(path: string): string[] {
    const { scan, literal } = tableOf();
    return [...(literal.get(path) ?? scan(path))];
  };
}

/**
 * The route template a path belongs to, in the contract's form (`/v1/gke/versions/{version}`), or
 * null when no route has it: what the request log writes instead of the path, which may hold
 * anything a client sent (a token included). A literal route wins over a templated one.
 */
export function createRouteTemplates(routes: () => RegisteredRoute[]) {
  const templatesOf = derivedFrom(routes, (registered) =>
    [
      ...new Set(
        registered
          .filter((route) => route.method !== 'ALL' && !route.path.includes('*'))
          .map((route) => route.path),
      ),
    ]
      .map((route) => ({
        template: route.replace(/\/:([^/]+)/g, '/{$1}'),
        pattern: pathPattern(route),
        literal: !/\/[:{]/.test(route),
      }))
      .sort((a, b) => Number(b.literal) - Number(a.literal)),
  );
  return function templateOf(path: string): string | null {
    return templatesOf().find((entry) => entry.pattern.test(path))?.template ?? null;
  };
}

interface RouteDefinition {
  type: string;
  route?: {
    method: string;
    path: string;
    request?: { body?: { content?: Record<string, unknown> } };
  };
}

/** The request media types each operation declares, for a 415 that says what to send instead. */
export function createMediaTypeTable(definitions: () => readonly unknown[]) {
  const tableOf = derivedFrom(definitions, (registered) =>
    (registered as RouteDefinition[])
      .filter(
        (definition) => definition.type === 'route' && definition.route?.request?.body?.content,
      )
      .map(({ route }) => ({
        method: (route?.method ?? '').toUpperCase(),
        pattern: pathPattern(route?.path ?? ''),
        types: Object.keys(route?.request?.body?.content ?? {}),
      })),
  );
  return function acceptedMediaTypes(method: string, path: string): string[] {
    return (
      tableOf().find((entry) => entry.method === method.toUpperCase() && entry.pattern.test(path))
        ?.types ?? []
    );
  };
}
