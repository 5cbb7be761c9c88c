import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { SharedTierDown, type SharedTier } from "../shared-tier/tier";

/**
 * Per-client token buckets kept in this process's memory (TokenBucketLimiter), or, with several
 * replicas, one budget per client for all of them in Redis (SharedRateLimiter; docs/replicas.md).
 */

export interface TokenBucketOptions {
  /** Burst size: requests a fresh client may make at once. */
  capacity: number;
  /** Sustained rate: tokens added per second. */
  refillPerSecond: number;
  /** Most clients remembered; the least recently seen is forgotten first. */
  maxClients?: number;
}

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/** What proxy.ts asks: one request from `client` at `nowMs`, allowed or not. */
export interface RateLimiter {
  take(client: string, nowMs: number): RateDecision | Promise<RateDecision>;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
}

export class TokenBucketLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxClients: number;

  constructor(private readonly options: TokenBucketOptions) {
    if (!(options.capacity >= 1 && options.refillPerSecond > 0)) throw new RangeError("capacity >= 1 and refillPerSecond > 0 required");
    this.maxClients = options.maxClients ?? 10_000;
  }

  /** Takes one token for `client` at `nowMs`; refuses with the wait until the next token. */
  take(client: string, nowMs: number): RateDecision {
    const { capacity, refillPerSecond } = this.options;
    const previous = this.buckets.get(client);
    let tokens = capacity;
    if (previous) {
      const elapsed = Math.max(0, nowMs - previous.updatedMs) / 1000;
      tokens = Math.min(capacity, previous.tokens + elapsed * refillPerSecond);
      this.buckets.delete(client); // re-insert below: Map order doubles as recency order
    } else if (this.buckets.size >= this.maxClients) {
      const oldest = this.buckets.keys().next();
      if (!oldest.done) this.buckets.delete(oldest.value);
    }
    if (tokens < 1) {
      this.buckets.set(client, { tokens, updatedMs: nowMs });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerSecond)) };
    }
    this.buckets.set(client, { tokens: tokens - 1, updatedMs: nowMs });
    return { allowed: true, remaining: Math.floor(tokens - 1) };
  }

  get size(): number {
    return this.buckets.size;
  }
}

/** Which request header names the client's address (RATE_LIMIT_CLIENT_HEADER; docs/security.md "Access and security"). */
export type ClientAddressHeader = "x-forwarded-for" | "x-real-ip";

/**
 * This replica's share of a per-client budget held for every replica, as the gateway shares the
 * identity's query limits: burst ÷ the replicas it last saw in the heartbeat set (at least 1), and rate ÷ them.
 */
function localRateShare(options: TokenBucketOptions, tier: SharedTier): TokenBucketOptions {
  return { ...options, capacity: tier.share(options.capacity), refillPerSecond: tier.shareOfRate(options.refillPerSecond) };
}

/**
 * The per-client budget held in Redis for every replica (rate-limiter-flexible's atomic Redis
 * limiter). It counts `capacity` requests per `capacity / refillPerSecond` seconds, a fixed window
 * with the same burst and the same sustained rate as the token bucket. While Redis is unavailable
 * each replica falls back to its own token bucket holding its share of the budget (÷ the replicas it
 * last saw): a client spread evenly over the replicas then gets about the budget it has with Redis,
 * not N times it (a client that sticks to one replica gets 1/N of it meanwhile: the safe side).
 */
export class SharedRateLimiter implements RateLimiter {
  private readonly shared: RateLimiterRedis;
  private local: TokenBucketLimiter;
  /** The replica count `local` was sized for. */
  private localReplicas: number;

  constructor(
    private readonly tier: SharedTier,
    private readonly options: TokenBucketOptions,
  ) {
    this.localReplicas = tier.replicas;
    this.local = new TokenBucketLimiter(localRateShare(options, tier));
    this.shared = new RateLimiterRedis({
      storeClient: tier.client,
      keyPrefix: tier.key("ratelimit"),
      points: options.capacity,
      duration: Math.max(1, Math.round(options.capacity / options.refillPerSecond)),
      rejectIfRedisNotReady: true,
    });
  }

  async take(client: string, nowMs: number): Promise<RateDecision> {
    if (this.tier.healthy) {
      try {
        // A refusal (RateLimiterRes) is an answer, not an outage: keep it apart from Redis errors.
        const res = await this.tier.op(() =>
          this.shared.consume(client).then(
            (ok) => ({ ok }),
            (no: unknown) => (no instanceof RateLimiterRes ? { no } : Promise.reject(no)),
          ),
        );
        if ("ok" in res) return { allowed: true, remaining: res.ok.remainingPoints };
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(res.no.msBeforeNext / 1000)) };
      } catch (err) {
        if (!(err instanceof SharedTierDown)) throw err;
      }
    }
    if (this.tier.replicas !== this.localReplicas) {
      // Resized for the replicas last seen; buckets start full again, as a replica's do at start.
      this.localReplicas = this.tier.replicas;
      this.local = new TokenBucketLimiter(localRateShare(this.options, this.tier));
    }
    return this.local.take(client, nowMs);
  }
}

/**
 * Who is asking, for the limiter: the signed-in user or kiosk link when known, else the client
 * address from the one header the operator said their fronting proxy sets: the first
 * X-Forwarded-For hop by default (`next start` fills it with the socket address when absent), or
 * X-Real-IP when configured. The other header is ignored, so a client cannot pick its bucket with it.
 */
export function rateLimitKey(principal: { kind: string; id?: string }, headers: Headers, clientHeader: ClientAddressHeader = "x-forwarded-for"): string {
  if (principal.id) return `${principal.kind}:${principal.id}`;
  const address = clientHeader === "x-real-ip" ? headers.get("x-real-ip")?.trim() : headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return `ip:${address || "unknown"}`;
}
