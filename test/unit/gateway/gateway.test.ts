import { describe, expect, it } from "vitest";
import { QueryGateway } from "@/lib/gateway/gateway";
import { flushMicrotasks, ManualClock } from "@/lib/gateway/manual-clock";
import { UpstreamError } from "@/lib/gateway/upstream-error";
import { ControlledSource } from "./fake-source";

const start = Date.UTC(2025, 0, 1, 12, 0, 5);

function setup(options: ConstructorParameters<typeof QueryGateway>[1] = {}) {
  const clock = new ManualClock(start);
  const source = new ControlledSource();
  const gateway = new QueryGateway(source, { clock, random: () => 0, ...options });
  const lastHour = () => ({ from: new Date(clock.now() - 3_600_000), to: new Date(clock.now()) });
  const ask = (kql = "T | count") => gateway.query(kql, lastHour(), { binSeconds: 60, refreshSeconds: 10 });
  return { clock, source, gateway, ask };
}

describe("QueryGateway", () => {
  it("sends one upstream query however many viewers ask at once", async () => {
    const { source, gateway, ask } = setup();
    const viewers = Array.from({ length: 200 }, () => ask());
    await flushMicrotasks();
    expect(source.pending).toBe(1);
    source.answer([[42]]);
    const results = await Promise.all(viewers);
    expect(results.every((r) => r.table.rows[0][0] === 42)).toBe(true);
    expect(gateway.stats.upstreamQueries).toBe(1);
    expect(gateway.stats.coalesced).toBe(199);
  });

  it("queries upstream with the snapped window", async () => {
    const { source, ask } = setup();
    const pending = ask();
    await flushMicrotasks();
    expect(source.calls[0].window.to.toISOString()).toBe("2025-01-01T12:01:00.000Z");
    expect(source.calls[0].window.from.toISOString()).toBe("2025-01-01T11:01:00.000Z");
    source.answer();
    expect((await pending).window?.to.toISOString()).toBe("2025-01-01T12:01:00.000Z");
  });

  it("serves from cache for the refresh interval, with the result's age, then asks again", async () => {
    const { clock, source, gateway, ask } = setup();
    const first = ask();
    await flushMicrotasks();
    source.answer([[1]]);
    expect((await first).cacheAgeSeconds).toBe(0);
    await clock.advance(7_000);
    const cached = await ask();
    expect(cached.cacheAgeSeconds).toBe(7);
    expect(gateway.stats.upstreamQueries).toBe(1);
    await clock.advance(3_000);
    const refreshed = ask();
    await flushMicrotasks();
    expect(source.pending).toBe(1);
    source.answer([[2]]);
    expect((await refreshed).table.rows).toEqual([[2]]);
  });

  it("keeps different queries apart", async () => {
    const { source, ask } = setup();
    const a = ask("A | count");
    const b = ask("B | count");
    await flushMicrotasks();
    expect(source.calls.map((c) => c.kql)).toEqual(["A | count", "B | count"]);
    source.answer([["a"]]);
    source.answer([["b"]]);
    expect((await a).table.rows).toEqual([["a"]]);
    expect((await b).table.rows).toEqual([["b"]]);
  });

  it("retries a 429 after its Retry-After and pauses other upstream starts meanwhile", async () => {
    const { clock, source, ask } = setup();
    const pending = ask("A");
    await flushMicrotasks();
    source.fail(new UpstreamError("throttled", "HTTP 429", { status: 429, retryAfterMs: 20_000 }));
    await flushMicrotasks();
    const other = ask("B");
    await clock.advance(19_999);
    expect(source.calls.length).toBe(1);
    await clock.advance(1);
    // B has waited since the throttle; A's retry re-enters the queue behind it (first come, first served).
    expect(source.calls.map((c) => c.kql)).toEqual(["A", "B", "A"]);
    source.answer([["b"]]);
    source.answer([["a"]]);
    expect((await pending).table.rows).toEqual([["a"]]);
    expect((await other).table.rows).toEqual([["b"]]);
  });

  it("retries 5xx with backoff and throws once attempts are spent and nothing good is known", async () => {
    const { clock, source, ask } = setup({ retry: { maxAttempts: 3, baseDelayMs: 1000 } });
    const pending = ask();
    const outcome = pending.then(() => "resolved", (e: Error) => e.message);
    for (let i = 0; i < 3; i++) {
      await flushMicrotasks();
      source.fail(new UpstreamError("server", `HTTP 500 #${i}`, { status: 500 }));
      await clock.advance(10_000);
    }
    expect(source.calls.length).toBe(3);
    expect(await outcome).toBe("HTTP 500 #2");
  });

  it("serves the last good result, marked stale with its age and the error, and recovers by itself", async () => {
    const { clock, source, ask } = setup({ retry: { maxAttempts: 1 } });
    const first = ask();
    await flushMicrotasks();
    source.answer([[1]]);
    await first;

    await clock.advance(120_000); // a later window: a new key, but the same series
    const failing = ask();
    await flushMicrotasks();
    source.fail(new UpstreamError("timeout", "HTTP 504 gateway timeout", { status: 504 }));
    const stale = await failing;
    expect(stale.table.rows).toEqual([[1]]);
    expect(stale.stale).toEqual({ since: "2025-01-01T12:00:05.000Z", error: "HTTP 504 gateway timeout" });
    expect(stale.cacheAgeSeconds).toBe(120);
    expect(stale.warnings.join()).toMatch(/last good result .*\(120 s old\): HTTP 504/);

    const recovering = ask();
    await flushMicrotasks();
    source.answer([[2]]);
    const fresh = await recovering;
    expect(fresh.stale).toBeUndefined();
    expect(fresh.table.rows).toEqual([[2]]);
  });

  it("answers with the last good result after answerWithinMs while retries continue, then caches the fresh one", async () => {
    const { clock, source, gateway, ask } = setup({ answerWithinMs: 5_000 });
    const first = ask();
    await flushMicrotasks();
    source.answer([[1]]);
    await first;
    await clock.advance(60_000);

    const waiting = ask();
    await flushMicrotasks();
    source.fail(new UpstreamError("throttled", "HTTP 429", { retryAfterMs: 30_000 }));
    await clock.advance(5_000);
    const early = await waiting;
    expect(early.stale?.error).toMatch(/within 5 s/);
    expect(early.table.rows).toEqual([[1]]);

    await clock.advance(30_000);
    source.answer([[3]]);
    await flushMicrotasks();
    const next = await ask();
    expect(next.table.rows).toEqual([[3]]);
    expect(gateway.stats.upstreamQueries).toBe(3);
  });

  it("never remembers a partial result as the last good one", async () => {
    const { clock, source, ask } = setup({ retry: { maxAttempts: 1 } });
    const complete = ask();
    await flushMicrotasks();
    source.answer([[1]]);
    await complete;
    await clock.advance(60_000);
    const partial = ask();
    await flushMicrotasks();
    source.answer([[9]], { partial: true, warnings: ["PartialError: result truncated"] });
    expect((await partial).warnings).toContain("PartialError: result truncated");
    await clock.advance(60_000);
    const failing = ask();
    await flushMicrotasks();
    source.fail(new UpstreamError("server", "HTTP 500"));
    const stale = await failing;
    expect(stale.table.rows).toEqual([[1]]);
    expect(stale.partial).toBe(false);
  });

  it("does not retry a query error and passes it on when nothing good is known", async () => {
    const { source, ask } = setup();
    const pending = ask();
    await flushMicrotasks();
    source.fail(new UpstreamError("query", "Failed to resolve table 'Nope'"));
    await expect(pending).rejects.toThrow(/Nope/);
    expect(source.calls.length).toBe(1);
  });

  it("lets a viewer stop waiting without cancelling the shared query", async () => {
    const { source, ask, gateway } = setup();
    const controller = new AbortController();
    const leaving = gateway.query("T | count", { from: new Date(start - 3_600_000), to: new Date(start) }, {
      binSeconds: 60,
      signal: controller.signal,
    });
    const staying = ask();
    await flushMicrotasks();
    controller.abort(new Error("viewer left"));
    await expect(leaving).rejects.toThrow("viewer left");
    source.answer([[5]]);
    expect((await staying).table.rows).toEqual([[5]]);
  });
});
