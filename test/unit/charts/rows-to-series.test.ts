import { describe, expect, it } from "vitest";
import { mergeSeriesForChart, rowsToSeries } from "@/lib/charts/rows-to-series";

const rows = [
  { TimeGenerated: "2026-01-31T08:01:00Z", source: "uksouth", target: "westeurope", lagMs: 1500 },
  { TimeGenerated: "2026-01-31T08:00:00Z", source: "uksouth", target: "westeurope", lagMs: 500 },
  { TimeGenerated: "2026-01-31T08:00:00Z", source: "westeurope", target: "uksouth", lagMs: "250" },
  { TimeGenerated: null, source: "westeurope", target: "uksouth", lagMs: 1 },
];

describe("rowsToSeries", () => {
  it("groups by key, orders by time, scales values", () => {
    const series = rowsToSeries(rows, {
      timeColumn: "TimeGenerated",
      valueColumn: "lagMs",
      keyColumns: ["source", "target"],
      label: ([s, t]) => `${s} → ${t}`,
      scale: 0.001,
      unit: "seconds",
    });
    expect(series.map((s) => s.label)).toEqual(["uksouth → westeurope", "westeurope → uksouth"]);
    expect(series[0].points).toEqual([
      { t: Date.parse("2026-01-31T08:00:00Z"), v: 0.5 },
      { t: Date.parse("2026-01-31T08:01:00Z"), v: 1.5 },
    ]);
    expect(series[1].points).toEqual([{ t: Date.parse("2026-01-31T08:00:00Z"), v: 0.25 }]);
  });

  it("fills empty bins with gaps, never zero", () => {
    const [s] = rowsToSeries(rows.slice(0, 2), {
      timeColumn: "TimeGenerated",
      valueColumn: "lagMs",
      unit: "count",
      fill: { from: Date.parse("2026-01-31T07:59:00Z"), to: Date.parse("2026-01-31T08:03:00Z"), binSeconds: 60 },
    });
    expect(s.points.map((p) => p.v)).toEqual([null, 500, 1500, null]);
  });
});

describe("mergeSeriesForChart", () => {
  it("makes one row per time with a null where a series has no point", () => {
    const merged = mergeSeriesForChart([
      { key: "a", label: "a", unit: "count", points: [{ t: 2, v: 1 }, { t: 1, v: 3 }] },
      { key: "b", label: "b", unit: "count", points: [{ t: 2, v: 5 }] },
    ]);
    expect(merged).toEqual([
      { t: 1, a: 3, b: null },
      { t: 2, a: 1, b: 5 },
    ]);
  });
});
