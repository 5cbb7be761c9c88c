import { randomUUID } from "node:crypto";
import { LUA_NOW, type SharedTier } from "../shared-tier/tier";
import type { Clock } from "./clock";
import { LOG_ANALYTICS_LIMITS, type LimiterOptions } from "./limiter";

/**
 * One FIFO semaphore for all replicas, in one Lua script (atomic on the server, on the server's
 * clock): a waiter takes a ticket, and starts only when it is among the first (free slots) tickets,
 * fewer than `maxPerWindow` starts fall in the last window, and no 429 pause is on. Holders have a
 * lease (renewed while their query runs), waiters a short keep-alive (renewed by polling): a replica
 * that dies leaks neither a slot nor a place in the queue for longer than that.
 * Returns {1, 0} when started, else {0, ms worth waiting}.
 */
const ACQUIRE = `${LUA_NOW}
local holders, queue, alive, starts, pause, ticket = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6]
local token, max, perWindow, windowMs, leaseMs, aliveMs = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
redis.call('ZREMRANGEBYSCORE', holders, '-inf', now)
for _, gone in ipairs(redis.call('ZRANGEBYSCORE', alive, '-inf', now)) do redis.call('ZREM', queue, gone) end
redis.call('ZREMRANGEBYSCORE', alive, '-inf', now)
redis.call('ZREMRANGEBYSCORE', starts, '-inf', now - windowMs)
if not redis.call('ZSCORE', queue, token) then redis.call('ZADD', queue, redis.call('INCR', ticket), token) end
redis.call('ZADD', alive, now + aliveMs, token)
for _, k in ipairs(KEYS) do redis.call('PEXPIRE', k, 600000) end
local wait = 0
local pausedUntil = tonumber(redis.call('GET', pause) or '0')
if pausedUntil > now then wait = pausedUntil - now end
if redis.call('ZCARD', starts) >= perWindow then
  local oldest = redis.call('ZRANGE', starts, 0, 0, 'WITHSCORES')
  wait = math.max(wait, tonumber(oldest[2]) + windowMs - now)
end
if wait > 0 then return {0, wait} end
local rank = redis.call('ZRANK', queue, token)
if rank < max - redis.call('ZCARD', holders) then
  redis.call('ZREM', queue, token)
  redis.call('ZREM', alive, token)
  redis.call('ZADD', holders, now + leaseMs, token)
  redis.call('ZADD', starts, now, token)
  return {1, 0}
end
return {0, 0}`;

const RENEW = `${LUA_NOW}
return redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[2]), ARGV[1])`;

const PAUSE = `${LUA_NOW}
local untilMs = now + tonumber(ARGV[1])
if untilMs > tonumber(redis.call('GET', KEYS[1]) or '0') then redis.call('SET', KEYS[1], untilMs, 'PX', tonumber(ARGV[1])) end
return untilMs`;

export interface SharedLimiterOptions extends LimiterOptions {
  leaseMs: number;
  pollMs: number;
}

/** The identity's limits (5 at once, 200 per 30 s, the 429 pause) held in Redis for every replica. */
export class SharedLimiter {
  private readonly options: SharedLimiterOptions;
  private started = 0;

  constructor(
    private readonly tier: SharedTier,
    private readonly clock: Clock,
    options: Partial<SharedLimiterOptions> = {},
  ) {
    this.options = { ...LOG_ANALYTICS_LIMITS, leaseMs: 30_000, pollMs: 25, ...options };
  }

  private keys(): string[] {
    // One hash tag: a multi-key script must find all its keys in one slot on a clustered Redis (Azure Managed Redis).
    return ["holders", "queue", "alive", "starts", "pause", "ticket"].map((k) => this.tier.key(`{${this.tier.prefix}-limiter}`, k));
  }

  /** Runs `fn` inside a shared slot; throws SharedTierDown when Redis fails while waiting (never once running). */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const token = `${this.tier.replicaId}:${randomUUID()}`;
    const { maxConcurrent, maxPerWindow, windowMs, leaseMs, pollMs } = this.options;
    const aliveMs = Math.max(2000, pollMs * 40);
    for (;;) {
      const [ok, waitMs] = await this.tier.op(
        (r) => r.eval(ACQUIRE, 6, ...this.keys(), token, maxConcurrent, maxPerWindow, windowMs, leaseMs, aliveMs) as Promise<[number, number]>,
      );
      if (ok === 1) break;
      await this.clock.sleep(Math.min(Math.max(pollMs, Number(waitMs)), 1000));
    }
    this.started++;
    const holders = this.keys()[0];
    const renew = setInterval(() => void this.tier.bestEffort((r) => r.eval(RENEW, 1, holders, token, leaseMs)), leaseMs / 3);
    renew.unref();
    try {
      return await fn();
    } finally {
      clearInterval(renew);
      await this.tier.bestEffort((r) => r.zrem(holders, token));
    }
  }

  /** After a 429 the whole identity is throttled: every replica pauses its starts. */
  async pauseFor(ms: number): Promise<void> {
    await this.tier.bestEffort((r) => r.eval(PAUSE, 1, this.keys()[4], Math.max(1, Math.round(ms))));
  }

  get stats(): { started: number } {
    return { started: this.started };
  }
}
