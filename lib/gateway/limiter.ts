import type { Clock } from "./clock";

export interface LimiterOptions {
  /** Log Analytics runs 5 queries per identity at once and queues the rest (up to 3 min, then 429). */
  maxConcurrent: number;
  /** …and accepts 200 requests per 30 s per identity. */
  maxPerWindow: number;
  windowMs: number;
}

export const LOG_ANALYTICS_LIMITS: LimiterOptions = { maxConcurrent: 5, maxPerWindow: 200, windowMs: 30_000 };

interface Waiter {
  start: () => void;
}

/**
 * Keeps upstream load inside the identity's limits. Waiters are served first come, first served
 * (retries re-enter at the back, so one failing query cannot hold a slot while it backs off).
 * `pauseFor` stops new starts after a 429, since the whole identity is throttled, not one query.
 */
export class UpstreamLimiter {
  private active = 0;
  private queue: Waiter[] = [];
  private starts: number[] = [];
  private pausedUntil = 0;
  private wakeScheduled = false;
  private started = 0;

  constructor(
    private readonly clock: Clock,
    private options: LimiterOptions = LOG_ANALYTICS_LIMITS,
  ) {}

  /** New limits from now on (a replica's share changes as replicas come and go); running queries finish. */
  resize(options: LimiterOptions): void {
    this.options = options;
    this.pump();
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    await new Promise<void>((start) => {
      this.queue.push({ start });
      this.pump();
    });
    try {
      return await fn();
    } finally {
      this.active--;
      this.pump();
    }
  }

  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
  }

  get stats(): { active: number; queued: number; started: number } {
    return { active: this.active, queued: this.queue.length, started: this.started };
  }

  private pump(): void {
    while (this.active < this.options.maxConcurrent && this.queue.length > 0) {
      const now = this.clock.now();
      this.starts = this.starts.filter((t) => t > now - this.options.windowMs);
      const waitMs = Math.max(
        this.pausedUntil - now,
        this.starts.length >= this.options.maxPerWindow ? this.starts[0] + this.options.windowMs - now : 0,
      );
      if (waitMs > 0) return this.wakeAfter(waitMs);
      const next = this.queue.shift();
      if (!next) return;
      this.active++;
      this.started++;
      this.starts.push(now);
      next.start();
    }
  }

  private wakeAfter(ms: number): void {
    if (this.wakeScheduled) return;
    this.wakeScheduled = true;
    void this.clock.sleep(ms).then(() => {
      this.wakeScheduled = false;
      this.pump();
    });
  }
}
