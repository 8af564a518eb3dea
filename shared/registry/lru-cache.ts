/**
 * A bounded least-recently-used map with an optional expiry per entry. Map iteration order is
 * insertion order, so re-inserting on read keeps the oldest entry first for eviction.
 */
export class LruCache<V> {
  readonly #entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number,
  ) {}

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#entries.delete(key);
    if (entry.expiresAt <= this.now()) return undefined;
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** `ttlMs` omitted: kept until evicted. A TTL of 0 or less stores nothing. */
  set(key: string, value: V, ttlMs?: number): void {
    if (this.maxEntries <= 0 || (ttlMs !== undefined && ttlMs <= 0)) return;
    this.#entries.delete(key);
    this.#entries.set(key, {
      value,
      expiresAt: ttlMs === undefined ? Infinity : this.now() + ttlMs,
    });
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done === true) break;
      this.#entries.delete(oldest.value);
    }
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
