import { describe, expect, it } from "vitest";
import { sliOfMinutes, todayStatus, todayWindow } from "@/lib/wall/today";

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
