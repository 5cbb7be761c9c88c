import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timeAxis, valueAxis } from "@/lib/charts/ticks";

/** A step a reader finds round: 1, 2 or 5 × 10^k (and 15 s / 30 s / minutes / hours on time axes). */
function roundStep(ticks: number[]): number {
  const step = +(ticks[1] - ticks[0]).toPrecision(10);
  for (let i = 1; i < ticks.length; i++) expect(+(ticks[i] - ticks[i - 1]).toPrecision(10)).toBe(step);
  return step;
}

describe("value axes", () => {
  it.each([
    ["a 0–1 count of failed probe slots", 1, "count", ["0", "1"]],
    ["a 0–3 count", 3, "count", ["0", "1", "2", "3"]],
    ["an error ratio up to 50.3 %", 0.503, "ratio", ["0 %", "20 %", "40 %", "60 %"]],
    ["an RPO budget of 5 s (+10 %)", 5.5, "seconds", ["0", "2 s", "4 s", "6 s"]],
    ["lag up to 7 min", 420, "seconds", ["0", "2 min", "4 min", "6 min", "8 min"]],
    ["CPU up to 93 %", 93, "percent", ["0 %", "20 %", "40 %", "60 %", "80 %", "100 %"]],
    ["an error ratio of 1 %", 0.011, "ratio", ["0 %", "0.5 %", "1.0 %", "1.5 %"]],
    ["an empty axis", 0, "count", ["0", "1"]],
  ] as const)("%s reads %j", (_what, max, unit, labels) => {
    const axis = valueAxis(max, unit);
    expect(axis.ticks.map(axis.label)).toEqual(labels);
    expect(axis.max).toBeGreaterThanOrEqual(max);
  });

  it("always has distinct labels, round steps, and ends on the first tick at or above the data", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom("count", "ratio", "percent", "seconds", "multiple" as const), (max, unit) => {
        const value = unit === "ratio" ? Math.min(max, 1) : max;
        const axis = valueAxis(value, unit);
        const labels = axis.ticks.map(axis.label);
        expect(new Set(labels).size).toBe(labels.length);
        expect(axis.ticks[0]).toBe(0);
        expect(axis.max).toBeGreaterThanOrEqual(value);
        expect(axis.ticks.length).toBeLessThanOrEqual(7);
        const step = roundStep(axis.ticks);
        if (unit === "count") expect(Number.isInteger(step)).toBe(true);
        if (unit !== "seconds") expect(String(+(step * (unit === "ratio" ? 100 : 1)).toExponential().split("e")[0])).toMatch(/^[125]$/);
        // The axis ends within one step of the data: no 0–1000 axis for a value of 10.
        expect(axis.max - value).toBeLessThanOrEqual(step + 1e-9);
      }),
    );
  });
});

describe("time axes", () => {
  const at = Date.parse("2026-12-04T21:32:17Z");
  it.each([
    ["15 min on a 300 px chart", 15 * 60_000, 300, ["21:20", "21:25", "21:30"]],
    ["1 h on a 600 px chart", 3600_000, 600, ["20:40", "20:50", "21:00", "21:10", "21:20", "21:30"]],
  ] as const)("%s", (_what, span, width, labels) => {
    const axis = timeAxis(at - span, at, width);
    expect(axis.ticks.map(axis.label)).toEqual(labels);
  });

  it("labels are distinct, on round UTC times, and fit the width", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse("2026-12-31T00:00:00Z") }),
        fc.constantFrom(15, 60, 360, 1440, 7 * 1440, 30 * 1440),
        fc.integer({ min: 200, max: 1600 }),
        (to, minutes, width) => {
          const axis = timeAxis(to - minutes * 60_000, to, width);
          const labels = axis.ticks.map(axis.label);
          expect(new Set(labels).size).toBe(labels.length);
          expect(axis.ticks.length).toBeGreaterThanOrEqual(1);
          expect(axis.ticks.length * 64).toBeLessThanOrEqual(Math.max(2 * 112, width) + 64);
          for (const t of axis.ticks) expect(t % 60_000).toBe(0);
          if (axis.ticks.length > 1) roundStep(axis.ticks);
        },
      ),
    );
  });
});
