import { decode, encode } from "../shared-tier/codec";
import type { SharedTier } from "../shared-tier/tier";
import { hashKey } from "./shared-flight";
import type { LastGood } from "./stale-store";

/** Last good results are kept a day in Redis: enough to bridge an outage, not a second archive. */
const LAST_GOOD_TTL_MS = 24 * 3_600_000;

// Keeps the newest: two replicas finishing the same series out of order must not go backwards.
const REMEMBER = `local current = tonumber(redis.call('HGET', KEYS[1], 't') or '0')
if tonumber(ARGV[1]) >= current then
  redis.call('HSET', KEYS[1], 't', ARGV[1], 'v', ARGV[2])
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
  return 1
end
return 0`;

/** The last-good store (stale-if-error) in Redis, so a replica that never ran a series can still serve it stale. */
export class SharedLastGood<V> {
  constructor(
    private readonly tier: SharedTier,
    /** Restores what JSON cannot carry (e.g. Dates) in a value read from Redis. */
    private readonly revive: (value: V) => V = (v) => v,
  ) {}

  private key(series: string): string {
    return this.tier.key("lastgood", hashKey(series));
  }

  async remember(series: string, value: V, fetchedAt: number): Promise<void> {
    const packed = encode(value);
    if (!packed) return;
    await this.tier.bestEffort((r) => r.eval(REMEMBER, 1, this.key(series), fetchedAt, packed, LAST_GOOD_TTL_MS));
  }

  /** Whether any replica holds a last good result of the series (cheap: no value is transferred). */
  async has(series: string): Promise<boolean> {
    if (!this.tier.healthy) return false;
    try {
      return (await this.tier.op((r) => r.hexists(this.key(series), "t"))) === 1;
    } catch {
      return false;
    }
  }

  /** The shared last good result, or undefined (also when Redis is down: the local store answers then). */
  async lastGood(series: string): Promise<LastGood<V> | undefined> {
    if (!this.tier.healthy) return undefined;
    try {
      const [t, v] = await this.tier.op((r) => r.hmgetBuffer(this.key(series), "t", "v"));
      if (!t || !v) return undefined;
      return { value: this.revive(decode<V>(v)), fetchedAt: Number(t.toString()) };
    } catch {
      return undefined;
    }
  }
}
