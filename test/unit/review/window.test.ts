import { describe, expect, it } from "vitest";
import { burnDown, burnDownForChart } from "@/lib/review/burn-down";
import { niceTicks } from "@/lib/review/ticks";
import { periodWindow } from "@/lib/review/window";
import type { MetricMinute } from "@/lib/signals/availability/evaluate";

const OCT_FROM = new Date("2026-10-01T00:00:00Z");
const OCT_TO = new Date("2026-11-01T00:00:00Z");
const ms = (iso: string) => Date.parse(iso);

describe("periodWindow", () => {
  it("a month fully covered and over is complete, budget over the whole month", () => {
    const w = periodWindow({ id: "2026-10", label: "October 2026", from: OCT_FROM, to: OCT_TO, now: new Date("2026-11-22T00:00:00Z"), firstDataMs: ms("2026-09-01T00:00:00Z") });
    expect(w.coverage).toBe("complete");
    expect(w.measuredFrom).toBe(OCT_FROM.toISOString());
    expect(w.measuredTo).toBe(OCT_TO.toISOString());
    expect(w.budgetMinutes).toBe(31 * 1440);
    expect(w.coverageNote).toBeNull();
  });

  it("data starting inside the month makes it partial and says from when", () => {
    const w = periodWindow({ id: "2026-10", label: "October 2026", from: OCT_FROM, to: OCT_TO, now: new Date("2026-11-22T00:00:00Z"), firstDataMs: ms("2026-10-23T18:00:00Z") });
    expect(w.coverage).toBe("partial");
    expect(w.measuredFrom).toBe("2026-10-23T18:00:00.000Z");
    expect(w.coverageNote).toContain("data from 23 Oct 2026 18:00 UTC");
    expect(w.budgetMinutes).toBe((ms("2026-11-01T00:00:00Z") - ms("2026-10-23T18:00:00Z")) / 60_000);
  });

  it("the running month is to-date with the whole month's budget", () => {
    const w = periodWindow({ id: "2026-11", label: "November 2026", from: OCT_TO, to: new Date("2026-12-01T00:00:00Z"), now: new Date("2026-11-22T06:00:00Z"), firstDataMs: ms("2026-10-23T18:00:00Z") });
    expect(w.coverage).toBe("to-date");
    expect(w.measuredTo).toBe("2026-11-22T06:00:00.000Z");
    expect(w.budgetMinutes).toBe(30 * 1440);
  });

  it("a month without data is no-data, never measured", () => {
    const w = periodWindow({ id: "2026-09", label: "September 2026", from: new Date("2026-09-01T00:00:00Z"), to: OCT_FROM, now: new Date("2026-11-22T00:00:00Z"), firstDataMs: null });
    expect(w.coverage).toBe("no-data");
    expect(w.measuredFrom).toBeNull();
    expect(w.coverageNote).toBe("no data for this period");
  });
});

describe("burnDown", () => {
  const window = periodWindow({ id: "x", label: "x", from: new Date("2026-11-01T00:00:00Z"), to: new Date("2026-11-01T10:00:00Z"), now: new Date("2026-11-01T05:00:00Z"), firstDataMs: ms("2026-11-01T00:00:00Z") });
  const minute = (iso: string, errorRatio: number | null, requests = 1000): MetricMinute => ({ t: ms(iso), requests, errorRatio });

  it("starts at the allowance, drops one per down minute, null after the measured end, pace reaches zero at the end", () => {
    const minutes = [
      minute("2026-11-01T01:10:00Z", 0.5),
      minute("2026-11-01T01:11:00Z", 0.02),
      minute("2026-11-01T01:12:00Z", 0.01), // exactly 1 %: not down (> 0.01 is)
      minute("2026-11-01T02:30:00Z", null), // no ratio: not down
      minute("2026-11-01T03:00:00Z", 0.9, 0), // no traffic: not down
    ];
    const points = burnDown(minutes, window, 3);
    expect(points[0]).toEqual({ t: ms("2026-11-01T00:00:00Z"), remainingMinutes: 3, paceMinutes: 3 });
    expect(points[1].remainingMinutes).toBe(3);
    expect(points[2].remainingMinutes).toBe(1); // at 02:00 both down minutes have ended
    expect(points[5].remainingMinutes).toBe(1); // 05:00 = the measured end
    expect(points[6].remainingMinutes).toBeNull();
    expect(points.at(-1)?.t).toBe(ms("2026-11-01T10:00:00Z"));
    expect(points.at(-1)?.paceMinutes).toBeCloseTo(0, 9);
  });

  it("goes negative when overspent", () => {
    const minutes = Array.from({ length: 5 }, (_, i) => minute(`2026-11-01T00:0${i}:00Z`, 0.2));
    const points = burnDown(minutes, window, 2);
    expect(points[1].remainingMinutes).toBe(-3);
  });

  it("gives a chart the points that draw the same lines: both sides of every step, the ends, the pace through them", () => {
    const long = periodWindow({ id: "m", label: "m", from: new Date("2026-11-01T00:00:00Z"), to: new Date("2026-12-01T00:00:00Z"), now: new Date("2026-11-20T00:00:00Z"), firstDataMs: ms("2026-11-01T00:00:00Z") });
    const minutes = ["2026-11-03T07:10:00Z", "2026-11-03T07:11:00Z", "2026-11-09T12:00:00Z", "2026-11-15T23:59:00Z"].map((iso) => minute(iso, 0.5));
    const all = burnDown(minutes, long, 21.6);
    const drawn = burnDownForChart(all);
    expect(all.length).toBe(721);
    expect(drawn.length).toBeLessThan(15);
    expect(drawn[0]).toEqual(all[0]);
    expect(drawn.at(-1)).toEqual(all.at(-1));
    // The budget line (gaps not connected) ends where the measured data ends, not at its last step.
    expect(drawn).toContainEqual(all.filter((p) => p.remainingMinutes !== null).at(-1));
    // Every hour of the full series reads the same off the drawn points: the step value of the last
    // drawn point at or before it (null where the measured data ends), the pace on the straight line.
    for (const p of all) {
      const before = drawn.filter((d) => d.t <= p.t).at(-1);
      const after = drawn.find((d) => d.t >= p.t);
      expect(before?.remainingMinutes, new Date(p.t).toISOString()).toBe(p.remainingMinutes);
      if (p.remainingMinutes === null) expect(after?.remainingMinutes).toBeNull();
      const pace = before && after && after.t > before.t ? before.paceMinutes + ((after.paceMinutes - before.paceMinutes) * (p.t - before.t)) / (after.t - before.t) : before?.paceMinutes;
      expect(pace).toBeCloseTo(p.paceMinutes, 9);
    }
  });

  it("has no points without data", () => {
    const empty = periodWindow({ id: "x", label: "x", from: new Date("2026-11-01T00:00:00Z"), to: new Date("2026-11-02T00:00:00Z"), now: new Date("2026-11-03T00:00:00Z"), firstDataMs: null });
    expect(burnDown([], empty, 2)).toEqual([]);
  });
});

describe("niceTicks", () => {
  it("covers the range with 1-2-5 steps", () => {
    expect(niceTicks(-12.4, 21.6)).toEqual([-20, -10, 0, 10, 20, 30]);
    expect(niceTicks(0, 330)).toEqual([0, 100, 200, 300, 400]);
    expect(niceTicks(0, 5.9)).toEqual([0, 2, 4, 6]);
    expect(niceTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});
