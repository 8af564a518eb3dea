/**
 * Concurrency: bounded fan-out. `mapBounded` works over many items with at most `limit` in
 * flight (results in input order); `createConcurrencyLimit` bounds work in flight across callers
 * (one instance's live look-ups); `checkLiveLookupBudget` refuses a request that asks for more
 * live look-ups than one request may make. Every fan-out of the service goes through these, so
 * each bound is stated once.
 */
import { AppError, type FieldPath } from '../problems';

/** Runs `work` on every item, at most `limit` at a time; the results keep the items' order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T, index);
    }
  };
  const workers = Math.max(1, Math.min(limit, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}

/** A bound on work in flight across callers: `run` waits for a free slot, then runs `work`. */
export interface ConcurrencyLimit {
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Work running now, and work waiting for a slot. */
  readonly active: number;
  readonly waiting: number;
}

/** At most `limit` pieces of work at once; the others start in arrival order as slots free up. */
export function createConcurrencyLimit(limit: number): ConcurrencyLimit {
  let active = 0;
  const queue: Array<() => void> = [];
  const release = (): void => {
    const next = queue.shift();
    if (next) next();
    else active -= 1;
  };
  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (active < limit) active += 1;
      else await new Promise<void>((resolve) => queue.push(resolve));
      try {
        return await work();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}

/**
 * One request may ask for at most `limit` live look-ups (MAX_LIVE_LOOKUPS): a request asking for
 * more is refused whole, before any is made, with TOO_MANY_LIVE_LOOKUPS at `path`.
 */
export function checkLiveLookupBudget(
  requested: number,
  limit: number,
  what: 'batch' | 'manifest',
  path: FieldPath,
): void {
  if (requested <= limit) return;
  throw new AppError(
    'TOO_MANY_LIVE_LOOKUPS',
    { id: 'lookups.tooMany', params: { requested, limit, what: { id: `lookups.what.${what}` } } },
    { path, extensions: { limit: 'liveLookups', maximum: limit, requested } },
  );
}
