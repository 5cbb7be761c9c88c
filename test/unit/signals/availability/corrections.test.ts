import { describe, expect, it } from "vitest";
import type { SloCorrection } from "@/lib/config/schema";
import { evaluateAvailability, type MetricMinute } from "@/lib/signals/availability/evaluate";
import { NO_DATA_FLAG } from "@/lib/signals/availability/corrections";

const asOf = new Date("2026-01-31T00:00:00Z");
const T0 = asOf.getTime() - 600 * 60_000;
/** 600 minutes; minutes 100–109 are a 30 % outage, 2,000 requests a minute there, 1,000 elsewhere. */
const minutes: MetricMinute[] = Array.from({ length: 600 }, (_, i) => ({
  t: T0 + i * 60_000,
  requests: i >= 100 && i < 110 ? 2000 : 1000,
  errorRatio: i >= 100 && i < 110 ? 0.3 : 0.0001,
}));
const quiet = { "5m": { total: 100, bad: 0 }, "30m": { total: 600, bad: 0 }, "1h": { total: 1200, bad: 0 }, "6h": { total: 7200, bad: 0 } };
const iso = (minute: number) => new Date(T0 + minute * 60_000).toISOString();
const correction = (from: number, to: number, extra: Partial<SloCorrection> = {}): SloCorrection => ({
  from: iso(from),
  to: iso(to),
  region: "uksouth",
  kind: "maintenance",
  reason: "planned SQL failover test",
  approvedBy: "jane@contoso.com",
  ...extra,
});
const run = (corrections: SloCorrection[]) => evaluateAvailability({ target: 0.999, windowDays: 1, asOf, minutes, short: quiet, corrections });

describe("SLO corrections (docs/slo-corrections.md)", () => {
  it("without corrections the corrected figures equal the raw ones and nothing is listed", () => {
    const a = run([]);
    expect(a.corrected.sli).toBe(a.sli);
    expect(a.corrected.downtimeMinutes).toBe(a.downtimeMinutes);
    expect(a.corrections).toEqual([]);
  });

  it("removes exactly the corrected minutes' requests from good and total, and lists the correction with its reason", () => {
    const a = run([correction(100, 110)]);
    // Hand-computed: 590 minutes × 1,000 requests at 0.01 % stay; 10 × 2,000 at 30 % leave.
    const keptTotal = 590 * 1000;
    const keptBad = 590 * 1000 * 0.0001;
    expect(a.corrected.removedRequests).toBe(20_000);
    expect(a.corrected.removedBadRequests).toBeCloseTo(6000, 9);
    expect(a.corrected.removedMinutes).toBe(10);
    expect(a.corrected.sli).toBeCloseTo(1 - keptBad / keptTotal, 12);
    const rawTotal = keptTotal + 20_000;
    expect(a.sli).toBeCloseTo(1 - (keptBad + 6000) / rawTotal, 12);
    expect(a.downtimeMinutes).toBe(10);
    expect(a.corrected.downtimeMinutes).toBe(0);
    expect(a.corrections).toEqual([
      expect.objectContaining({ reason: "planned SQL failover test", approvedBy: "jane@contoso.com", region: "uksouth", minutesWithData: 10, requests: 20_000, downMinutes: 10, flag: null }),
    ]);
    // The status judges the raw numbers: a correction never hides an alert or an overspent budget.
    expect(a.status).toBe(run([]).status);
  });

  it("a minute under two overlapping corrections leaves once", () => {
    const a = run([correction(100, 105), correction(103, 110, { region: "all" })]);
    expect(a.corrected.removedRequests).toBe(20_000);
    expect(a.corrections.map((c) => c.requests)).toEqual([10_000, 14_000]);
  });

  it("a correction that overlaps the window but no data is flagged, not ignored", () => {
    const gap = minutes.filter((m) => m.t < T0 + 200 * 60_000 || m.t >= T0 + 260 * 60_000);
    const a = evaluateAvailability({ target: 0.999, windowDays: 1, asOf, minutes: gap, short: quiet, corrections: [correction(210, 250)] });
    expect(a.corrections).toHaveLength(1);
    expect(a.corrections[0].flag).toBe(NO_DATA_FLAG);
    expect(a.corrections[0].minutesWithData).toBe(0);
    expect(a.corrected.removedRequests).toBe(0);
    expect(a.corrected.sli).toBe(a.sli);
  });

  it("a correction outside the window is not listed", () => {
    const before = correction(-3000, -2990);
    expect(run([before]).corrections).toEqual([]);
  });
});
