import { describe, expect, it } from "vitest";
import { parseTodayAt, sliOfMinutes, todayStatus, todayWindow } from "@/lib/wall/today";

describe("availability today", () => {
  it("runs from midnight UTC to asOf", () => {
    const w = todayWindow(new Date("2026-11-22T18:30:00Z"));
    expect(w.from.toISOString()).toBe("2026-11-22T00:00:00.000Z");
    expect(w.to.toISOString()).toBe("2026-11-22T18:30:00.000Z");
  });

  it("keeps at least five minutes just after midnight", () => {
    expect(todayWindow(new Date("2026-11-22T00:01:00Z")).from.toISOString()).toBe("2026-11-21T23:56:00.000Z");
  });

  it("weights each minute by its requests and skips minutes without a ratio", () => {
    const sli = sliOfMinutes([
      { t: 1, requests: 1000, errorRatio: 0 },
      { t: 2, requests: 1000, errorRatio: 0.01 },
      { t: 3, requests: 500, errorRatio: null },
    ]);
    expect(sli).toBeCloseTo(1 - 10 / 2000, 10);
    expect(sliOfMinutes([{ t: 1, requests: 0, errorRatio: 0 }])).toBeNull();
    expect(sliOfMinutes([])).toBeNull();
  });

  it("is no-data without traffic, never ok", () => {
    expect(todayStatus(null, 0.9995)).toBe("no-data");
    expect(todayStatus(0.9996, 0.9995)).toBe("ok");
    expect(todayStatus(0.999, 0.9995)).toBe("breach");
  });
});

// Before: /api/wall/today?at=2015-01-01T00:00:00Z answered 200 "no-data" where /api/snapshot refused it.
describe("parseTodayAt", () => {
  const now = new Date("2026-11-22T18:30:00Z");
  const dataStart = new Date("2026-10-23T18:00:00Z");
  it("refuses an at before the data's first moment, naming it", () => {
    const r = parseTodayAt(new URLSearchParams("at=2015-01-01T00:00:00Z"), now, dataStart);
    expect(r).toEqual({ ok: false, error: { parameter: "at", message: "2015-01-01T00:00:00.000Z is before the data", allowed: expect.stringContaining("at or after 2026-10-23T18:00:00.000Z") } });
  });
  it("takes an at inside the data, and defaults to now", () => {
    expect(parseTodayAt(new URLSearchParams("at=2026-11-01T00:00:00Z"), now, dataStart)).toEqual({ ok: true, value: new Date("2026-11-01T00:00:00Z") });
    expect(parseTodayAt(new URLSearchParams(""), now, dataStart)).toEqual({ ok: true, value: now });
    expect(parseTodayAt(new URLSearchParams("at=2015-01-01T00:00:00Z"), now, null).ok).toBe(true);
  });
});
