/**
 * A cap on page renders running at once in this process, with a bounded line of renders waiting for
 * a slot. Why: a render is React on the server's one JavaScript thread, and 200 hard reloads at once
 * (the crowd bench's uncached phase) queued 200 renders, each holding its tree, streams and young
 * garbage: the process's resident set rose past 1 GB although the renders could only take turns on
 * the thread anyway. Renders past the cap wait their turn; past the line, the caller says "busy"
 * (the page cache answers 503 with Retry-After) instead of queueing without bound.
 */

export interface RenderLimitOptions {
  /** Renders running at once. */
  concurrency: number;
  /** Renders waiting for a slot; one more is refused. */
  maxQueued: number;
}

export class RenderLimiter {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly options: RenderLimitOptions) {
    if (!(options.concurrency >= 1) || !(options.maxQueued >= 0)) throw new Error("RenderLimiter: concurrency ≥ 1 and maxQueued ≥ 0");
  }

  get load(): { running: number; queued: number } {
    return { running: this.running, queued: this.waiting.length };
  }

  /**
   * A slot: resolves, first come first served, with the function that frees it once one is free;
   * null, at once, when `maxQueued` renders are already waiting.
   */
  acquire(): Promise<() => void> | null {
    if (this.running < this.options.concurrency) {
      this.running++;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.options.maxQueued) return null;
    return new Promise((resolve) => this.waiting.push(() => resolve(this.releaser())));
  }

  /** Frees the slot once, handing it straight to the first in line (so a newcomer cannot overtake it). */
  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    };
  }
}
