import { createHash, randomUUID } from "node:crypto";
import { decode, encode } from "../shared-tier/codec";
import { SharedTierDown, type SharedTier } from "../shared-tier/tier";
import type { Clock } from "./clock";

/** A value with the moments it was produced and stops being fresh (ms since the epoch). */
export interface Timed<V> {
  value: V;
  fetchedAt: number;
  expiresAt: number;
}

/** The value was too large to share (codec.ts size rule): the caller computes it locally. */
export const NOT_SHARED = Symbol("not-shared");

export interface SharedFlightOptions<V> {
  /** How long a lock holder owns the work before another replica may take over (renewed while it runs). */
  leaseMs?: number;
  pollMs?: number;
  /** Turn a failure into something the waiting replicas rethrow; undefined: they try again themselves. */
  failure?: { share: (err: unknown) => string | undefined; rebuild: (shared: string) => Error; ttlMs: number };
  /** Restores what JSON cannot carry (e.g. Dates) in a value read from Redis. */
  revive?: (value: V) => V;
  /** Called with every value read from or written to Redis (e.g. to fill a local cache). */
  seen?: (entry: Timed<V>) => void;
}

const RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";
const RENEW = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0";

export const hashKey = (key: string) => createHash("sha256").update(key).digest("base64url").slice(0, 32);

/**
 * Single-flight across replicas: the value under `key` from Redis while fresh; else one replica
 * (the one whose SET NX wins the lock) computes it and stores it, and the others poll until it
 * appears, its failure appears, or the lock goes (holder died or failed: try again). Throws
 * SharedTierDown when Redis fails; the caller then does the work locally.
 */
export async function sharedOnce<V>(
  tier: SharedTier,
  clock: Clock,
  namespace: string,
  key: string,
  compute: () => Promise<Timed<V>>,
  options: SharedFlightOptions<V> = {},
): Promise<Timed<V> | typeof NOT_SHARED> {
  const base = tier.key(namespace, hashKey(key));
  const [valueKey, lockKey, failKey] = [base, `${base}:lock`, `${base}:fail`];
  const leaseMs = options.leaseMs ?? 30_000;
  const pollMs = options.pollMs ?? 25;

  const look = async (): Promise<{ entry?: Timed<V>; failed?: string; locked: boolean }> => {
    const [[, packed], [, failed], [, locked]] = (await tier.op((r) => r.pipeline().getBuffer(valueKey).get(failKey).exists(lockKey).exec())) as [
      [unknown, Buffer | null], [unknown, string | null], [unknown, number],
    ];
    const decoded = packed ? decode<Timed<V>>(packed) : undefined;
    const entry = decoded && options.revive ? { ...decoded, value: options.revive(decoded.value) } : decoded;
    if (entry && entry.expiresAt > clock.now()) {
      options.seen?.(entry);
      return { entry, locked: locked === 1 };
    }
    return { failed: failed ?? undefined, locked: locked === 1 };
  };

  for (;;) {
    const state = await look();
    if (state.entry) return state.entry;
    if (state.failed === "not-shared") return NOT_SHARED;
    if (state.failed && options.failure) throw options.failure.rebuild(state.failed);
    const token = randomUUID();
    if (!state.locked && (await tier.op((r) => r.set(lockKey, token, "PX", leaseMs, "NX"))) === "OK") {
      return await holdAndCompute(token);
    }
    // Another replica is on it: wait for its value (or failure), or for the lock to go.
    for (;;) {
      await clock.sleep(pollMs);
      const next = await look();
      if (next.entry) return next.entry;
      if (next.failed === "not-shared") return NOT_SHARED;
      if (next.failed && options.failure) throw options.failure.rebuild(next.failed);
      if (!next.locked) break;
    }
  }

  async function holdAndCompute(token: string): Promise<Timed<V>> {
    const renew = setInterval(() => void tier.bestEffort((r) => r.eval(RENEW, 1, lockKey, token, leaseMs)), leaseMs / 3);
    renew.unref();
    try {
      const entry = await compute();
      const packed = encode(entry);
      const ttl = Math.round(entry.expiresAt - clock.now());
      if (!packed) await tier.bestEffort((r) => r.set(failKey, "not-shared", "PX", Math.max(1000, ttl)));
      else if (ttl > 0) await tier.bestEffort((r) => r.set(valueKey, packed, "PX", ttl));
      options.seen?.(entry);
      return entry;
    } catch (err) {
      const shared = err instanceof SharedTierDown ? undefined : options.failure?.share(err);
      if (shared !== undefined && options.failure) {
        await tier.bestEffort((r) => r.set(failKey, shared, "PX", options.failure?.ttlMs ?? 2000));
      }
      throw err;
    } finally {
      clearInterval(renew);
      await tier.bestEffort((r) => r.eval(RELEASE, 1, lockKey, token));
    }
  }
}
