import { describe, expect, it } from "vitest";
import { allowedDowntimeMinutes, burnAlerts, burnRate, evaluateAvailability, type MetricMinute } from "@/lib/signals/availability/evaluate";

const asOf = new Date("2026-01-31T00:00:00Z");
const minutesBack = (n: number, f: (i: number) => Partial<MetricMinute>): MetricMinute[] =>
  Array.from({ length: n }, (_, i) => ({ t: asOf.getTime() - (n - i) * 60_000, requests: 1000, errorRatio: 0, ...f(i) }));
const quiet = { "5m": { total: 100, bad: 0 }, "30m": { total: 600, bad: 0 }, "1h": { total: 1200, bad: 0 }, "6h": { total: 7200, bad: 0 } };

describe("availability (SIGNALS 3.7)", () => {
  it("allowed downtime: 99.9 % → 43.2 min and 99.95 % → 21.6 min per 30 days", () => {
    expect(allowedDowntimeMinutes(0.999, 30)).toBeCloseTo(43.2, 9);
    expect(allowedDowntimeMinutes(0.9995, 30)).toBeCloseTo(21.6, 9);
  });

  it("burn rate = error ratio / (1 − target); null without traffic", () => {
    expect(burnRate({ total: 1000, bad: 1 }, 0.999)).toBeCloseTo(1);
    expect(burnRate({ total: 0, bad: 0 }, 0.999)).toBeNull();
  });

  it("multi-window alert matrix", () => {
    const b = (v: Partial<Record<"5m" | "30m" | "1h" | "6h" | "3d", number>>) => ({ "5m": 0, "30m": 0, "1h": 0, "6h": 0, "3d": 0, ...v });
    expect(burnAlerts(b({ "1h": 15, "5m": 15 })).map((a) => a.severity)).toEqual(["page"]);
    expect(burnAlerts(b({ "1h": 15, "5m": 14 }))).toEqual([]);
    expect(burnAlerts(b({ "1h": 14, "5m": 20 }))).toEqual([]);
    expect(burnAlerts(b({ "6h": 7, "30m": 7 })).map((a) => a.rule)).toEqual(["burn(6h) > 6 and burn(30m) > 6"]);
    expect(burnAlerts(b({ "6h": 7, "30m": 5 }))).toEqual([]);
    expect(burnAlerts(b({ "3d": 1.5, "6h": 1.5 })).map((a) => a.severity)).toEqual(["ticket"]);
    expect(burnAlerts(b({ "3d": 1.5, "6h": 0.5 }))).toEqual([]);
    expect(burnAlerts(b({ "3d": 2, "6h": 7, "30m": 7, "1h": 20, "5m": 20 })).map((a) => a.severity)).toEqual(["page", "page", "ticket"]);
  });

  it("SLI, budget, downtime minutes from per-minute metrics; budget negative when overspent", () => {
    // 30 days of 1000 req/min; 60 minutes at 5 % errors (down), 100 minutes at 0.5 % (not down).
    const minutes = minutesBack(30 * 1440, (i) => (i < 60 ? { errorRatio: 0.05 } : i < 160 ? { errorRatio: 0.005 } : {}));
    const e = evaluateAvailability({ target: 0.999, windowDays: 30, asOf, minutes, short: quiet });
    const badRatio = (60 * 50 + 100 * 5) / (30 * 1440 * 1000);
    expect(e.sli).toBeCloseTo(1 - badRatio, 12);
    expect(e.errorBudgetRemainingRatio).toBeCloseTo(1 - badRatio / 0.001, 9);
    expect(e.downtimeMinutes).toBe(60);
    // Request budget intact (70 % left) but 60 down minutes against 43.2 allowed: warn, not ok.
    expect(e.allowedDowntimeMinutes).toBeCloseTo(43.2, 9);
    expect(e.status).toBe("warn");
    const within = evaluateAvailability({ target: 0.999, windowDays: 30, asOf, minutes: minutes.slice(20), short: quiet });
    expect(within.downtimeMinutes).toBe(40);
    expect(within.status).toBe("ok");
    const overspent = evaluateAvailability({ target: 0.99995, windowDays: 30, asOf, minutes, short: quiet });
    expect(overspent.errorBudgetRemainingRatio).toBeLessThan(0);
    expect(overspent.status).toBe("breach");
  });

  it("3d burn from the last three days of metrics; page from the short windows", () => {
    const minutes = minutesBack(4 * 1440, (i) => (i >= 1440 ? { errorRatio: 0.002 } : {}));
    const short = { "5m": { total: 100, bad: 2 }, "30m": { total: 600, bad: 1 }, "1h": { total: 1200, bad: 20 }, "6h": { total: 7200, bad: 15 } };
    const e = evaluateAvailability({ target: 0.999, windowDays: 30, asOf, minutes, short });
    expect(e.burnRates["3d"]).toBeCloseTo(2);
    expect(e.burnRates["5m"]).toBeCloseTo(20);
    expect(e.burnRates["1h"]).toBeCloseTo(16.67, 1);
    expect(e.alerts).toEqual([
      { severity: "page", rule: "burn(1h) > 14.4 and burn(5m) > 14.4" },
      { severity: "ticket", rule: "burn(3d) > 1 and burn(6h) > 1" },
    ]);
    expect(e.status).toBe("breach");
  });

  it("no metrics or no edge traffic → no-data", () => {
    expect(evaluateAvailability({ target: 0.999, windowDays: 30, asOf, minutes: [], short: quiet }).status).toBe("no-data");
    const minutes = minutesBack(60, () => ({}));
    const noEdge = { ...quiet, "6h": null };
    expect(evaluateAvailability({ target: 0.999, windowDays: 30, asOf, minutes, short: noEdge }).status).toBe("no-data");
  });
});
