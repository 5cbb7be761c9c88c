import type { Clock } from "./clock";

interface Sleeper {
  at: number;
  resolve: () => void;
}

/** A clock that only moves when told to: deterministic tests and time-compressed benches. */
export class ManualClock implements Clock {
  private sleepers: Sleeper[] = [];

  constructor(private time = Date.UTC(2025, 0, 1)) {}

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const sleeper: Sleeper = { at: this.time + Math.max(0, ms), resolve };
      this.sleepers.push(sleeper);
      signal?.addEventListener(
        "abort",
        () => {
          this.sleepers = this.sleepers.filter((s) => s !== sleeper);
          resolve();
        },
        { once: true },
      );
    });
  }

  /** Pending sleeps, e.g. to assert that a retry is waiting. */
  get pendingSleeps(): number {
    return this.sleepers.length;
  }

  /** Moves time forward, waking sleepers in time order and letting their continuations run. */
  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
    await flushMicrotasks();
    for (;;) {
      const next = this.sleepers.filter((s) => s.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.time = Math.max(this.time, next.at);
      this.sleepers = this.sleepers.filter((s) => s !== next);
      next.resolve();
      await flushMicrotasks();
    }
    this.time = target;
    await flushMicrotasks();
  }
}

/** Lets pending promise continuations (several hops deep) run before time moves again. */
export async function flushMicrotasks(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}
