import { describe, expect, it } from "vitest";
import { survivorHeadroom } from "@/lib/review/headroom";
import type { MinuteSample } from "@/lib/signals/saturation/evaluate";

const m = (t: number, cpuPercent: number | null, ruPercent: number | null, throttled429 = 0): MinuteSample => ({ t: t * 60_000, cpuPercent, ruPercent, throttled429 });

describe("survivorHeadroom", () => {
  it("holds when the survivor stays under 100 % and never throttles; the failed region's own load is not a survivor", () => {
    const h = survivorHeadroom(
      [
        { id: "a", capacity: 1, minutes: [m(0, 99, 10)] },
        { id: "b", capacity: 1, minutes: [m(0, 40, 55), m(1, 80, 60)] },
      ],
      "a",
    );
    // minute 0: projection 99 + 55 = 154 % while a still reported → b could not have carried both.
    expect(h.peakRegion).toBe("b");
    expect(h.peakPercent).toBeCloseTo(154, 6);
    expect(h.ranOut).toBe(true);
  });

  it("after the failed region stopped reporting, the survivor's actual utilisation decides", () => {
    const h = survivorHeadroom(
      [
        { id: "a", capacity: 1, minutes: [] },
        { id: "b", capacity: 2, minutes: [m(0, 70, 80), m(1, 95, 60)] },
      ],
      "a",
    );
    expect(h.peakPercent).toBe(95);
    expect(h.ranOut).toBe(false);
    expect(h.throttled429).toBe(0);
  });

  it("a 429 on the survivor counts as running out even below 100 %", () => {
    const h = survivorHeadroom(
      [
        { id: "a", capacity: 1, minutes: [] },
        { id: "b", capacity: 1, minutes: [m(0, 50, 50, 3)] },
      ],
      "a",
    );
    expect(h.throttled429).toBe(3);
    expect(h.ranOut).toBe(true);
  });

  it("no survivor samples: unknown, not fine", () => {
    const h = survivorHeadroom([{ id: "a", capacity: 1, minutes: [m(0, 99, 99)] }, { id: "b", capacity: 1, minutes: [] }], "a");
    expect(h).toEqual({ peakPercent: null, peakRegion: null, throttled429: 0, ranOut: null });
  });
});
