import { describe, expect, it } from "vitest";
import { UpstreamLimiter } from "@/lib/gateway/limiter";
import { flushMicrotasks, ManualClock } from "@/lib/gateway/manual-clock";

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("UpstreamLimiter", () => {
  it("runs at most maxConcurrent at once and starts the rest first come, first served", async () => {
    const limiter = new UpstreamLimiter(new ManualClock(), { maxConcurrent: 2, maxPerWindow: 100, windowMs: 30_000 });
    const order: number[] = [];
    const gates = [0, 1, 2, 3].map(() => deferred());
    const runs = gates.map((g, i) => limiter.run(async () => { order.push(i); await g.promise; }));
    await flushMicrotasks();
    expect(order).toEqual([0, 1]);
    expect(limiter.stats).toMatchObject({ active: 2, queued: 2 });
    gates[1].resolve();
    await flushMicrotasks();
    expect(order).toEqual([0, 1, 2]);
    gates[0].resolve();
    gates[2].resolve();
    gates[3].resolve();
    await Promise.all(runs);
    expect(order).toEqual([0, 1, 2, 3]);
    expect(limiter.stats).toMatchObject({ active: 0, queued: 0, started: 4 });
  });

  it("holds starts beyond the per-window budget until the window slides", async () => {
    const clock = new ManualClock();
    const limiter = new UpstreamLimiter(clock, { maxConcurrent: 5, maxPerWindow: 3, windowMs: 30_000 });
    let started = 0;
    const runs = Array.from({ length: 4 }, () => limiter.run(async () => void started++));
    await flushMicrotasks();
    expect(started).toBe(3);
    await clock.advance(29_999);
    expect(started).toBe(3);
    await clock.advance(1);
    expect(started).toBe(4);
    await Promise.all(runs);
  });

  it("pauses every start after a throttle", async () => {
    const clock = new ManualClock();
    const limiter = new UpstreamLimiter(clock);
    limiter.pauseFor(10_000);
    let ran = false;
    const run = limiter.run(async () => void (ran = true));
    await clock.advance(9_000);
    expect(ran).toBe(false);
    await clock.advance(1_000);
    expect(ran).toBe(true);
    await run;
  });

  it("releases the slot when the work throws", async () => {
    const limiter = new UpstreamLimiter(new ManualClock(), { maxConcurrent: 1, maxPerWindow: 100, windowMs: 30_000 });
    await expect(limiter.run(async () => { throw new Error("boom"); })).rejects.toThrow("boom");
    await expect(limiter.run(async () => 7)).resolves.toBe(7);
  });
});
