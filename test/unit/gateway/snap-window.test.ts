import { describe, expect, it } from "vitest";
import { cacheKey, seriesKey, snapWindow } from "@/lib/gateway/snap-window";

const at = (iso: string) => new Date(iso);

describe("snapWindow", () => {
  it("gives viewers who open the dashboard seconds apart the same window", () => {
    const a = snapWindow({ from: at("2025-01-01T11:00:03Z"), to: at("2025-01-01T12:00:03Z") }, 60);
    const b = snapWindow({ from: at("2025-01-01T11:00:41Z"), to: at("2025-01-01T12:00:41Z") }, 60);
    expect(a).toEqual(b);
    expect(a).toEqual({ from: at("2025-01-01T11:01:00Z"), to: at("2025-01-01T12:01:00Z") });
  });

  it("keeps an already aligned window and the window length across bins", () => {
    const aligned = { from: at("2025-01-01T11:00:00Z"), to: at("2025-01-01T12:00:00Z") };
    expect(snapWindow(aligned, 300)).toEqual(aligned);
    const later = snapWindow({ from: at("2025-01-01T11:07:00Z"), to: at("2025-01-01T12:07:00Z") }, 300);
    expect(later.to.getTime() - later.from.getTime()).toBe(3_600_000);
    expect(seriesKey("q", later)).toBe(seriesKey("q", aligned));
    expect(cacheKey("q", later)).not.toBe(cacheKey("q", aligned));
  });

  it("rounds a window shorter than a bin up to one bin", () => {
    const w = snapWindow({ from: at("2025-01-01T12:00:10Z"), to: at("2025-01-01T12:00:20Z") }, 60);
    expect(w).toEqual({ from: at("2025-01-01T12:00:00Z"), to: at("2025-01-01T12:01:00Z") });
  });

  it("rejects a bad bin or an inverted window", () => {
    const w = { from: at("2025-01-01T11:00:00Z"), to: at("2025-01-01T12:00:00Z") };
    expect(() => snapWindow(w, 0)).toThrow(/binSeconds/);
    expect(() => snapWindow(w, Number.NaN)).toThrow(/binSeconds/);
    expect(() => snapWindow({ from: w.to, to: w.from }, 60)).toThrow(/from <= to/);
  });
});

describe("Memo", async () => {
  const { Memo } = await import("@/lib/gateway/memo");
  const { ManualClock, flushMicrotasks } = await import("@/lib/gateway/manual-clock");
  it("computes once per key for concurrent callers and again after the TTL", async () => {
    const clock = new ManualClock();
    const memo = new Memo<number>(clock, 10_000);
    let runs = 0;
    const compute = async () => ++runs;
    const all = await Promise.all(Array.from({ length: 50 }, () => memo.get("k", compute)));
    expect(new Set(all)).toEqual(new Set([1]));
    await clock.advance(9_999);
    expect(await memo.get("k", compute)).toBe(1);
    await clock.advance(1);
    await flushMicrotasks();
    expect(await memo.get("k", compute)).toBe(2);
    expect(await memo.get("other", compute)).toBe(3);
  });

  it("keeps historical windows exact so a replay never sees rows from after its moment", () => {
    const replay = { from: at("2025-01-01T11:00:41Z"), to: at("2025-01-01T12:00:41Z") };
    expect(snapWindow(replay, 60, at("2025-01-01T12:05:00Z").getTime())).toEqual(replay);
    const live = snapWindow(replay, 60, at("2025-01-01T12:00:50Z").getTime());
    expect(live.to).toEqual(at("2025-01-01T12:01:00Z"));
  });
});
