import type { Clock } from "./clock";
import { SingleFlight } from "./single-flight";
import { TtlCache } from "./ttl-cache";

/**
 * Single-flight plus a short TTL for any async computation keyed by its inputs, e.g. the snapshot of
 * one (snapped range, region): with it, N viewers cost one evaluation per refresh, not N.
 */
export class Memo<V> {
  private readonly flights = new SingleFlight<V>();
  private readonly cache: TtlCache<V>;

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs: number,
    maxEntries = 200,
  ) {
    this.cache = new TtlCache(maxEntries);
  }

  async get(key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.cache.get(key, this.clock.now());
    if (hit) return hit.value;
    return this.flights.run(key, async () => {
      const value = await compute();
      const now = this.clock.now();
      this.cache.set(key, { value, fetchedAt: now, expiresAt: now + this.ttlMs });
      return value;
    });
  }
}
