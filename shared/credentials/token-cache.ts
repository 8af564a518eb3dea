/** A minted access token as kept in memory. */
export interface CachedToken {
  accessToken: string;
  expiresAtMs: number;
}

/** At most this many tokens are kept per (identity, scopes); the ones closest to expiry go first. */
const ENTRIES_PER_KEY = 4;

/**
 * Tokens per (identity, scopes), and single-flight of identical mints.
 *
 * Reuse rule: a cached token is returned only while MORE than `marginMs` remain (so the caller
 * always gets a usable window) AND its remaining life is NOT LONGER than the lifetime now asked
 * (plus `toleranceMs` for clock differences with IAM). The second condition keeps the policy's
 * lifetime bound: a token minted for a 1-hour grant is never handed to a caller bounded to 10
 * minutes. Several tokens per key are kept so callers with different lifetimes do not evict each
 * other.
 */
export class TokenCache {
  readonly #entries = new Map<string, CachedToken[]>();
  readonly #flights = new Map<string, Promise<CachedToken>>();

  constructor(
    private readonly marginMs: number,
    private readonly toleranceMs: number,
  ) {}

  find(key: string, nowMs: number, lifetimeMs: number): CachedToken | undefined {
    const live = (this.#entries.get(key) ?? []).filter(
      (entry) => entry.expiresAtMs - nowMs > this.marginMs,
    );
    if (live.length === 0) this.#entries.delete(key);
    else this.#entries.set(key, live);
    // Longest-lived acceptable token: the fewest refreshes for the caller.
    return live
      .filter((entry) => entry.expiresAtMs - nowMs <= lifetimeMs + this.toleranceMs)
      .sort((a, b) => b.expiresAtMs - a.expiresAtMs)[0];
  }

  store(key: string, token: CachedToken): void {
    const entries = [...(this.#entries.get(key) ?? []), token]
      .sort((a, b) => b.expiresAtMs - a.expiresAtMs)
      .slice(0, ENTRIES_PER_KEY);
    this.#entries.set(key, entries);
  }

  /** Runs `mint` unless an identical one is in flight, in which case its promise is shared. */
  singleFlight(flightKey: string, mint: () => Promise<CachedToken>): Promise<CachedToken> {
    const pending = this.#flights.get(flightKey);
    if (pending !== undefined) return pending;
    const flight = mint().finally(() => this.#flights.delete(flightKey));
    this.#flights.set(flightKey, flight);
    return flight;
  }
}
