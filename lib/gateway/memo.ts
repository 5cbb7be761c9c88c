import { SharedTierDown, type SharedTier } from "../shared-tier/tier";
import type { Clock } from "./clock";
import { NOT_SHARED, sharedOnce } from "./shared-flight";
import { SingleFlight } from "./single-flight";
import { TtlCache } from "./ttl-cache";

/**
 * Single-flight plus a short TTL for any async computation keyed by its inputs, e.g. the snapshot of
 * one (snapped range, region): with it, N viewers cost one evaluation per refresh, not N. With a
 * shared tier, N viewers over several replicas cost one evaluation: the value (JSON) lives in Redis
 * for the TTL, and while Redis is unavailable each replica computes its own.
 */
export class Memo<V> {
  private readonly flights = new SingleFlight<V>();
  private readonly cache: TtlCache<V>;

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs: number,
    maxEntries = 200,
    private readonly shared?: { tier: SharedTier; namespace: string },
    /** Approximate bytes of values kept (lib/gateway/byte-size.ts); unbounded when omitted. */
    maxBytes = Number.POSITIVE_INFINITY,
  ) {
    this.cache = new TtlCache(maxEntries, maxBytes);
  }

  /** True when `key` has a fresh value (a get would not compute). */
  has(key: string): boolean {
    return this.cache.get(key, this.clock.now()) !== undefined;
  }

  /** Approximate bytes held (0 without a byte budget). */
  get bytes(): number {
    return this.cache.bytes;
  }

  async get(key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.cache.get(key, this.clock.now());
    if (hit) return hit.value;
    return this.flights.run(key, async () => {
      const timed = async () => {
        const value = await compute();
        const now = this.clock.now();
        return { value, fetchedAt: now, expiresAt: now + this.ttlMs };
      };
      const entry = (await this.sharedGet(key, timed)) ?? (await timed());
      this.cache.set(key, entry);
      return entry.value;
    });
  }

  private async sharedGet(key: string, timed: () => Promise<{ value: V; fetchedAt: number; expiresAt: number }>) {
    if (!this.shared?.tier.healthy) return undefined;
    try {
      const entry = await sharedOnce(this.shared.tier, this.clock, this.shared.namespace, key, timed);
      return entry === NOT_SHARED ? undefined : entry;
    } catch (err) {
      if (err instanceof SharedTierDown) return undefined;
      throw err;
    }
  }
}
