import { describe, expect, it, vi } from "vitest";
import demo from "@/config/demo.json";
import { parseConfig } from "@/lib/config/load";
import { ManualClock } from "@/lib/gateway/manual-clock";
import { answerSnapshot, LIVE_STALE_MS, snapLiveRange } from "@/lib/catalog/serve-snapshot";
import type { Snapshot } from "@/lib/snapshot/types";
import type { LogsSource, QueryOptions, QueryResult } from "@/lib/workspace/types";

const config = parseConfig(demo);

/** Answers every query with an empty table, counting queries and recording the options it got. */
class CountingSource implements LogsSource {
  readonly kind = "embedded" as const;
  queries = 0;
  options: QueryOptions[] = [];
  async query(_kql: string, _window: unknown, options: QueryOptions = {}): Promise<QueryResult> {
    this.queries++;
    this.options.push(options);
    return { table: { columns: [], rows: [] }, warnings: [], partial: false };
  }
}

function asker(source: LogsSource, clock: ManualClock) {
  return (q: string, now: Date, signal?: AbortSignal) =>
    answerSnapshot(new URLSearchParams(q), { config, now, dataStart: null, source: () => source, clock, signal });
}

// Before: `{error}` alone, while the 400s (and the parameters' own "at most 90 days apart") name what is allowed.
describe("answerSnapshot refusing a replay too long", () => {
  it("answers 422 naming the parameter and the snapshot's span", async () => {
    const answer = await asker(new CountingSource(), new ManualClock(0))("from=2026-09-01T00:00:00Z&to=2026-11-10T00:00:00Z", new Date("2026-11-22T18:00:00Z"));
    expect(answer).toEqual({
      status: 422,
      body: {
        error: "a 70.0-day replay is more work than one request may ask (at most 62 days); use a shorter range",
        parameter: "from",
        allowed: "from and to at most 62 days apart for a snapshot (charts and rows take up to 90)",
      },
    });
  });
});

describe("answerSnapshot memo", () => {
  it("live viewers within one 10 s refresh bin share one evaluation; the next bin recomputes", async () => {
    const source = new CountingSource();
    const clock = new ManualClock(Date.parse("2026-11-22T18:00:03Z"));
    const ask = asker(source, clock);
    const first = await ask("range=1h", new Date("2026-11-22T18:00:03Z"));
    const perSnapshot = source.queries;
    expect(perSnapshot).toBeGreaterThan(5);
    expect((first.body as Snapshot).asOf).toBe("2026-11-22T18:00:00.000Z");
    await clock.advance(4000);
    const second = await ask("range=1h", new Date("2026-11-22T18:00:07Z"));
    expect(source.queries).toBe(perSnapshot);
    expect(second.body).toBe(first.body);
    // Concurrent viewers of a new bin: one evaluation between them (single flight); meanwhile they
    // get the previous bin's snapshot at once (stale-while-revalidate), and the next viewer the new one.
    await clock.advance(5000);
    const [a, b] = await Promise.all([ask("range=1h", new Date("2026-11-22T18:00:12Z")), ask("range=1h", new Date("2026-11-22T18:00:13Z"))]);
    expect(a.body).toBe(first.body);
    expect(b.body).toBe(first.body);
    // The background evaluation settles: waited for, not slept on (a busy CI machine took longer than 10 ms).
    await vi.waitFor(() => expect(source.queries).toBe(2 * perSnapshot), { timeout: 10_000 });
    const c = await ask("range=1h", new Date("2026-11-22T18:00:14Z"));
    expect((c.body as Snapshot).asOf).toBe("2026-11-22T18:00:10.000Z");
    expect(source.queries).toBe(2 * perSnapshot);
  });

  it("a live view waits for the new snapshot when the previous one is older than LIVE_STALE_MS", async () => {
    const source = new CountingSource();
    const clock = new ManualClock(Date.parse("2026-11-22T18:00:03Z"));
    const ask = asker(source, clock);
    await ask("range=6h", new Date("2026-11-22T18:00:03Z"));
    await clock.advance(LIVE_STALE_MS + 10_000);
    const later = await ask("range=6h", new Date("2026-11-22T18:01:13Z"));
    expect((later.body as Snapshot).asOf).toBe("2026-11-22T18:01:10.000Z");
  });

  it("keys on the region and on an explicit moment, which is not snapped", async () => {
    const source = new CountingSource();
    const clock = new ManualClock(Date.parse("2026-11-22T18:00:03Z"));
    const ask = asker(source, clock);
    const now = new Date("2026-11-22T18:00:03Z");
    await ask("range=1h", now);
    const per = source.queries;
    await ask("range=1h&region=uksouth", now);
    expect(source.queries).toBe(2 * per);
    const replay = await ask("range=1h&at=2026-11-22T12:00:07Z", now);
    expect((replay.body as Snapshot).asOf).toBe("2026-11-22T12:00:07.000Z");
    await ask("range=1h&at=2026-11-22T12:00:07Z", now);
    expect(source.queries).toBe(3 * per);
  });

  it("passes the refresh interval to the source with every query", async () => {
    const source = new CountingSource();
    const clock = new ManualClock(Date.parse("2026-11-22T18:00:03Z"));
    await answerSnapshot(new URLSearchParams("range=1h"), {
      config,
      now: new Date("2026-11-22T18:00:03Z"),
      dataStart: null,
      source: () => source,
      clock,
      refreshSeconds: 30,
    });
    expect(source.options.length).toBeGreaterThan(0);
    expect(source.options.every((o) => o.refreshSeconds === 30)).toBe(true);
  });

  it("snapLiveRange moves a range back to the start of its refresh bin, keeping its length", () => {
    const r = snapLiveRange({ from: new Date("2026-11-22T17:00:07Z"), to: new Date("2026-11-22T18:00:07Z") }, 10);
    expect(r).toEqual({ from: new Date("2026-11-22T17:00:00Z"), to: new Date("2026-11-22T18:00:00Z") });
  });
});
