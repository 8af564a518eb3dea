/**
 * Concurrency: work over many items with at most `limit` in flight, results in input order. One
 * helper for every fan-out (a batch of live look-ups, a manifest's images), so each bound is
 * stated once, where the work starts.
 */

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
