import { describe, expect, it } from "vitest";
import { evaluateRegionLoad, saturationRangeWorst, survivorProjection, threeConsecutive429, type MinuteSample } from "@/lib/signals/saturation/evaluate";

const asOf = new Date("2026-01-10T12:00:00Z");
const at = (minBefore: number) => asOf.getTime() - minBefore * 60_000;
const args = { asOf, warnPercent: 70, breachPercent: 90, expectCpu: true, label: "uksouth" };
/** Minutes 16..1 before asOf (bins start on the minute). */
const minutes = (f: (minBefore: number) => Partial<MinuteSample>): MinuteSample[] =>
  Array.from({ length: 16 }, (_, i) => 16 - i).map((m) => ({ t: at(m), cpuPercent: 40, ruPercent: 30, throttled429: 0, ...f(m) }));

describe("saturation (SIGNALS 3.5)", () => {
  it("cpu = average and RU% = peak minute over the last 5 minutes", () => {
    const e = evaluateRegionLoad(minutes((m) => (m <= 5 ? { cpuPercent: 40 + m, ruPercent: m === 3 ? 55 : 20, throttled429: m === 2 ? 4 : 0 } : {})), args);
    expect(e.cpuPercent).toBeCloseTo(43);
    expect(e.ruPercent).toBe(55);
    expect(e.throttled429).toBe(4);
    expect(e.utilPercent).toBe(55);
    expect(e.status).toBe("ok");
  });

  it("no rows, or only rows older than 5 minutes → no-data", () => {
    expect(evaluateRegionLoad([], args).status).toBe("no-data");
    expect(evaluateRegionLoad(minutes(() => ({})).filter((m) => m.t < at(6)), args).status).toBe("no-data");
  });

  it("a missing half is named in a warning and the other half decides", () => {
    const noCpu = evaluateRegionLoad(minutes(() => ({ cpuPercent: null })), args);
    expect(noCpu.status).toBe("ok");
    expect(noCpu.warnings[0]).toMatch(/no CPU samples/);
    expect(evaluateRegionLoad(minutes(() => ({ cpuPercent: null })), { ...args, expectCpu: false }).warnings).toEqual([]);
  });

  it("warn when util > 70 % for 15 minutes, not for 10", () => {
    expect(evaluateRegionLoad(minutes(() => ({ cpuPercent: 75 })), args).status).toBe("warn");
    expect(evaluateRegionLoad(minutes((m) => ({ cpuPercent: m <= 10 ? 75 : 60 })), args).status).toBe("ok");
  });

  it("breach when util > 90 % or 429s in 3 consecutive minutes", () => {
    expect(evaluateRegionLoad(minutes((m) => (m <= 5 ? { ruPercent: 95 } : {})), args).status).toBe("breach");
    expect(evaluateRegionLoad(minutes((m) => ({ throttled429: m >= 2 && m <= 4 ? 1 : 0 })), args).status).toBe("breach");
    expect(evaluateRegionLoad(minutes((m) => ({ throttled429: m === 2 || m === 4 ? 1 : 0 })), args).status).toBe("ok");
    // 3 consecutive minutes longer ago than the last 5 do not count.
    expect(evaluateRegionLoad(minutes((m) => ({ throttled429: m >= 7 && m <= 9 ? 1 : 0 })), args).status).toBe("ok");
  });

  it("three consecutive 429 minutes need adjacent bins", () => {
    const m = (t: number, n: number) => ({ t: t * 60_000, cpuPercent: null, ruPercent: null, throttled429: n });
    expect(threeConsecutive429([m(1, 1), m(2, 1), m(3, 1)])).toBe(true);
    expect(threeConsecutive429([m(1, 1), m(2, 1), m(4, 1)])).toBe(false);
  });

  it("survivor projection = Σ util × capacity / own capacity", () => {
    const p = survivorProjection([
      { id: "a", utilPercent: 60, capacity: 1 },
      { id: "b", utilPercent: 50, capacity: 2 },
    ]);
    expect(p.get("a")).toBe(160);
    expect(p.get("b")).toBe(80);
    // A region without samples is down: it carries nothing.
    expect(survivorProjection([{ id: "a", utilPercent: 60, capacity: 1 }, { id: "b", utilPercent: null, capacity: 1 }]).get("a")).toBe(60);
    expect(survivorProjection([{ id: "a", utilPercent: null, capacity: 1 }]).get("a")).toBeNull();
  });

  it("grades the longest range the parameters allow: one breaching minute among 62 days of minutes (89,280)", () => {
    const n = 62 * 1440; // near the arguments a Math.max(...) spread takes before the call stack overflows (~125,000 here)
    const t0 = 1_700_000_000_000;
    const samples: MinuteSample[] = Array.from({ length: n }, (_, i) => ({ t: t0 + i * 60_000, cpuPercent: i === 5000 ? 95 : 40, ruPercent: 30, throttled429: 0 }));
    const worst = saturationRangeWorst(samples, new Map(), { fromMs: t0, toMs: t0 + n * 60_000, warnPercent: 70, breachPercent: 90 });
    expect(worst.status).toBe("breach");
    expect(worst.overBudgetSeconds).toBe(60);
  });
});
