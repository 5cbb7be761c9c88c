import { describe, expect, it } from "vitest";
import { evaluateAvailability, type MetricMinute } from "@/lib/signals/availability/evaluate";
import { availabilityCoverage, coveredText, noDataCoverage } from "@/lib/snapshot/availability-coverage";
import { windowLabel } from "@/lib/wall/availability-lines";

const asOf = new Date("2026-11-20T12:00:00Z");
const DAY = 86_400_000;
const minutesBack = (n: number, f: (i: number) => Partial<MetricMinute> = () => ({})): MetricMinute[] =>
  Array.from({ length: n }, (_, i) => ({ t: asOf.getTime() - (n - i) * 60_000, requests: 1000, errorRatio: 0, ...f(i) }));
const quiet = { "5m": { total: 100, bad: 0 }, "30m": { total: 600, bad: 0 }, "1h": { total: 1200, bad: 0 }, "6h": { total: 7200, bad: 0 } };

describe("availability coverage: how much of the SLO window has data", () => {
  it("one hour of metrics in a 30-day window: measured from its first minute, '1 h of data', the status unchanged", () => {
    const e = evaluateAvailability({ target: 0.9995, windowDays: 30, asOf, minutes: minutesBack(60), short: quiet });
    expect(e.coverage).toEqual({
      measuredFrom: "2026-11-20T11:00:00.000Z",
      coveredDays: Math.round((1 / 24) * 1e4) / 1e4,
      coverageRatio: Math.round((1 / 24 / 30) * 1e6) / 1e6,
      short: true,
      note: "1 h of data",
      reason: "Only 1 h of the 30-day window has data: the SLI and budgets cover that.",
    });
    // docs/signals.md: a short window does not change the status (the figures are measured); every screen says the basis.
    expect(e.status).toBe("ok");
    expect(windowLabel(e)).toBe("30 days · 1 h of data");
    expect(windowLabel(e, "d")).toBe("30 d · 1 h of data");
  });

  it("a breach over a short window stays a breach, its range reason naming the basis", () => {
    const minutes = minutesBack(180, () => ({ errorRatio: 0.05 }));
    const e = evaluateAvailability({ target: 0.9995, windowDays: 30, asOf, minutes, short: quiet, rangeFrom: new Date(asOf.getTime() - 60_000) });
    expect(e.status).toBe("breach");
    expect(e.coverage?.note).toBe("3 h of data");
    // Silent minutes before the traffic starts do not count as covered: the first minute with requests does.
    const leading = [...minutesBack(3 * 1440, () => ({ requests: 0 })).slice(0, 3 * 1440 - 180), ...minutes];
    expect(evaluateAvailability({ target: 0.9995, windowDays: 30, asOf, minutes: leading, short: quiet }).coverage?.note).toBe("3 h of data");
  });

  it("the range reason says the window's basis when the status is the window's", () => {
    // 200 down minutes over 4 days, all before the range shown: warn from the window, none in the range.
    const minutes = minutesBack(4 * 1440, (i) => (i < 200 ? { errorRatio: 0.02 } : {}));
    const e = evaluateAvailability({ target: 0.999, windowDays: 30, asOf, minutes, short: quiet, rangeFrom: new Date(asOf.getTime() - 3600_000) });
    expect(e.status).toBe("warn");
    expect(e.rangeWorst.reason).toBe("No down minute in this range; the status is the 30-day SLO window's (4.0 days of data).");
  });

  it("a full window has no note; data older than the window is cut to the window", () => {
    const full = availabilityCoverage({ windowDays: 30, asOfMs: asOf.getTime(), firstDataMs: asOf.getTime() - 45 * DAY });
    expect(full).toMatchObject({ measuredFrom: new Date(asOf.getTime() - 30 * DAY).toISOString(), coveredDays: 30, coverageRatio: 1, short: false, note: null, reason: null });
    // 29.8 of 30 days (over 99 %) reads as the window; 29 days does not.
    expect(availabilityCoverage({ windowDays: 30, asOfMs: asOf.getTime(), firstDataMs: asOf.getTime() - 29.8 * DAY }).short).toBe(false);
    expect(availabilityCoverage({ windowDays: 30, asOfMs: asOf.getTime(), firstDataMs: asOf.getTime() - 29 * DAY }).note).toBe("29 days of data");
    expect(windowLabel({ windowDays: 30, coverage: full })).toBe("30 days");
    // Snapshots from before the field: the plain window.
    expect(windowLabel({ windowDays: 30 })).toBe("30 days");
  });

  it("no traffic in the window: nothing covered, and the label leaves NO DATA to the figures", () => {
    const e = evaluateAvailability({ target: 0.9995, windowDays: 30, asOf, minutes: minutesBack(60, () => ({ requests: 0 })), short: quiet });
    expect(e.coverage).toEqual(noDataCoverage(30));
    expect(windowLabel(e)).toBe("30 days");
  });

  it("covered text: minutes, hours up to two days, then days", () => {
    expect(coveredText(20 * 60_000)).toBe("20 min");
    expect(coveredText(3600_000)).toBe("1 h");
    expect(coveredText(47 * 3600_000)).toBe("47 h");
    expect(coveredText(3 * DAY)).toBe("3.0 days");
    expect(coveredText(12.4 * DAY)).toBe("12 days");
  });
});
