import { describe, expect, it } from "vitest";
import { binSecondsFor, binStart, binStarts } from "@/lib/charts/bins";
import { PRESET_MS, TIME_RANGE_PRESETS } from "@/lib/params/time-range";

describe("binSecondsFor", () => {
  it.each(TIME_RANGE_PRESETS.flatMap((p) => [200, 800, 1200].map((w) => [p, w] as const)))(
    "range %s at %i px yields no more bins than pixels",
    (preset, width) => {
      const bin = binSecondsFor(PRESET_MS[preset], width);
      expect(PRESET_MS[preset] / 1000 / bin).toBeLessThanOrEqual(width);
    },
  );

  it("picks the finest nice bin that fits", () => {
    expect(binSecondsFor(15 * 60_000, 1200)).toBe(10);
    expect(binSecondsFor(60 * 60_000, 1200)).toBe(10);
    expect(binSecondsFor(24 * 3600_000, 1200)).toBe(120);
    expect(binSecondsFor(30 * 86400_000, 1200)).toBe(3600);
  });

  it("never goes below the minimum and falls back to an exact size past a day", () => {
    expect(binSecondsFor(60_000, 4000, 30)).toBe(30);
    expect(binSecondsFor(90 * 86400_000, 60)).toBe(Math.ceil((90 * 86400) / 60));
  });
});

describe("bin alignment", () => {
  it("floors like KQL bin() and lists every bin of a range", () => {
    const t = Date.parse("2026-01-31T08:00:47Z");
    expect(new Date(binStart(t, 30)).toISOString()).toBe("2026-01-31T08:00:30.000Z");
    const starts = binStarts(Date.parse("2026-01-31T08:00:05Z"), Date.parse("2026-01-31T08:02:00Z"), 60);
    expect(starts.map((s) => new Date(s).toISOString().slice(11, 19))).toEqual(["08:00:00", "08:01:00"]);
  });
});
