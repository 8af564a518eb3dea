import type { AppDependencies } from '../dependencies';
import type { ApiApp } from './env';

export type RegisterRoutes = (app: ApiApp, deps: AppDependencies) => void;

/** Endpoints registered together, on the first request to any of them. */
export interface RouteGroup {
  /**
   * Every route of the group is this path or under it (`/v1/images` serves `/v1/images/resolve`),
   * and no other group's is: a request is routed only after the group of its path is registered.
   */
  prefix: string;
  /** The group's registration, from its module, which is evaluated on this first call. */
  load(): Promise<RegisterRoutes>;
}

export interface RouteGroupLoader {
  /**
   * Settles once the group `path` belongs to is registered on the app; `undefined` when there is
   * nothing to wait for (no group has that path, or its group is registered already).
   */
  readyFor(path: string): Promise<void> | undefined;
}

interface WaitingGroup {
  group: RouteGroup;
  /** The prefix as the start of a longer path. */
  under: string;
  /** The registration under way, once a request asked for it. */
  loading: Promise<void> | undefined;
}

/** Registers each group on `app` when a request first names a path of it. */
export function createRouteGroupLoader(
  app: ApiApp,
  deps: AppDependencies,
  groups: readonly RouteGroup[],
): RouteGroupLoader {
  let waiting: WaitingGroup[] = groups.map((group) => ({
    group,
    under: `${group.prefix}/`,
    loading: undefined,
  }));

  function load(entry: WaitingGroup): Promise<void> {
    entry.loading ??= entry.group.load().then(
      (register) => {
        register(app, deps);
        waiting = waiting.filter((other) => other !== entry);
      },
      (error: unknown) => {
        // The next request to the group tries again.
        entry.loading = undefined;
        throw error;
      },
    );
    return entry.loading;
  }

  return {
    readyFor(path) {
      for (const entry of waiting)
        if (path === entry.group.prefix || path.startsWith(entry.under)) return load(entry);
      return undefined;
    },
  };
}

/** Every group's registration, in the groups' order (their modules evaluated now). */
export function loadRegistrations(groups: readonly RouteGroup[]): Promise<RegisterRoutes[]> {
  return Promise.all(groups.map((group) => group.load()));
}
