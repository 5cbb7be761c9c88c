import { SharedTierDown, type SharedTier } from "../shared-tier/tier";
import type { Clock } from "./clock";
import { UpstreamLimiter, type LimiterOptions } from "./limiter";
import { SharedLimiter } from "./shared-limiter";

/** The longest a replica going local waits for queries started under the shared limits to finish. */
const MAX_DRAIN_MS = 5000;
const RECENT = 50;
/**
 * The longest recent query is this replica's past, not a bound on the others' queries running now (one
 * started just before Redis went is as long as any, and slower on a loaded host): twice it, still at most
 * 5 s. With the bare figure, three replicas under load briefly ran 7 queries against the 5 allowed.
 */
const DRAIN_MARGIN = 2;

/**
 * The identity's limits for one gateway: the shared limiter while Redis answers, else the local
 * limiter sized to this replica's share (limit ÷ replicas, at least 1). Switching to local, the
 * replica first lets the queries already running settle: its own (counted) and, as far as it can
 * tell, the other replicas' (it waits twice as long as the longest recent upstream query, at most 5 s),
 * since Redis can no longer say how many they run.
 */
export class TieredLimiter {
  readonly local: UpstreamLimiter;
  readonly shared?: SharedLimiter;
  private sharedRunning = 0;
  private recentMs: number[] = [];
  private drainUntil = 0;

  constructor(
    private readonly clock: Clock,
    private readonly limits: LimiterOptions,
    private readonly tier?: SharedTier,
  ) {
    this.local = new UpstreamLimiter(clock, limits);
    if (!tier) return;
    this.shared = new SharedLimiter(tier, clock, limits);
    const onChange = () => {
      this.local.resize(this.localShare());
      if (!tier.healthy) this.drainUntil = this.clock.now() + Math.min(MAX_DRAIN_MS, DRAIN_MARGIN * Math.max(0, ...this.recentMs));
    };
    onChange();
    tier.onChange(onChange);
  }

  /** All the limits alone; this replica's share of them with a shared tier. */
  localShare(): LimiterOptions {
    const tier = this.tier;
    if (!tier) return this.limits;
    return { ...this.limits, maxConcurrent: tier.share(this.limits.maxConcurrent), maxPerWindow: tier.share(this.limits.maxPerWindow) };
  }

  /** Runs one upstream attempt inside the limits; `onFallback` is told when Redis failed and the local share took it. */
  async run<T>(fn: () => Promise<T>, onFallback?: () => void): Promise<T> {
    if (this.shared && this.tier?.healthy) {
      let started = false;
      try {
        return await this.shared.run(() => {
          started = true;
          return this.timed(fn, true);
        });
      } catch (err) {
        if (started || !(err instanceof SharedTierDown)) throw err;
        onFallback?.();
      }
    }
    return this.local.run(async () => {
      await this.drained();
      return this.timed(fn, false);
    });
  }

  /** After a 429 the whole identity is throttled: pause here and, through Redis, every replica. */
  async pauseFor(ms: number): Promise<void> {
    this.local.pauseFor(ms);
    await this.shared?.pauseFor(ms);
  }

  /** Inside a local slot: go once this replica's shared queries leave room in its share, and the drain time is over. */
  private async drained(): Promise<void> {
    while (this.sharedRunning + this.local.stats.active > this.localShare().maxConcurrent || this.clock.now() < this.drainUntil) {
      await this.clock.sleep(Math.max(10, Math.min(100, this.drainUntil - this.clock.now())));
    }
  }

  private async timed<T>(fn: () => Promise<T>, shared: boolean): Promise<T> {
    const started = this.clock.now();
    if (shared) this.sharedRunning++;
    try {
      return await fn();
    } finally {
      if (shared) this.sharedRunning--;
      if (this.tier) {
        this.recentMs.push(this.clock.now() - started);
        if (this.recentMs.length > RECENT) this.recentMs.shift();
      }
    }
  }
}
