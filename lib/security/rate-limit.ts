/**
 * Per-client token buckets kept in this process's memory. Enough for one dashboard instance;
 * several instances each enforce their own budget (documented in docs/security.md).
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

interface Bucket {
  tokens: number;
  updatedMs: number;
}

export class TokenBucketLimiter {
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

/**
 * Who is asking, for the limiter: the signed-in user or kiosk link when known, else the client
 * address as the fronting proxy reports it (the first X-Forwarded-For hop; trust it only behind one).
 */
export function rateLimitKey(principal: { kind: string; id?: string }, headers: Headers): string {
  if (principal.id) return `${principal.kind}:${principal.id}`;
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return `ip:${forwarded || headers.get("x-real-ip") || "unknown"}`;
}
