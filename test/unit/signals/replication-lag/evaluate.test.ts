import { describe, expect, it } from "vitest";
import { lagReason } from "@/lib/format/reasons";
import { evaluateLag, percentileNearestRank } from "@/lib/signals/replication-lag/evaluate";

const asOf = new Date("2026-01-10T12:00:00Z");
const at = (minBefore: number) => asOf.getTime() - minBefore * 60_000;
const args = { asOf, rangeFrom: new Date(at(60)), budgetSeconds: 10, label: "cosmos a→b" };
const series = (values: number[], lastMinBefore = 0) => values.map((lagSeconds, i) => ({ t: at(lastMinBefore + values.length - 1 - i), lagSeconds }));

describe("replication lag (SIGNALS 3.1)", () => {
  it("no samples → no-data with a warning", () => {
    const e = evaluateLag([], args);
    expect(e.status).toBe("no-data");
    expect(e.lagSecondsNow).toBeNull();
    expect(e.warnings[0]).toMatch(/no lag samples/);
  });

  it("latest sample older than 10 min → no-data, values still reported", () => {
    const e = evaluateLag(series([1, 2, 3], 11), args);
    expect(e.status).toBe("no-data");
    expect(e.lagSecondsNow).toBe(3);
    expect(e.warnings[0]).toMatch(/660 s old/);
  });

  it("now, p99 and max over the range; ok under 0.8 × budget", () => {
    const values = Array.from({ length: 60 }, (_, i) => (i === 10 ? 7.9 : 1 + (i % 5) * 0.1));
    const e = evaluateLag(series(values), args);
    expect(e.lagSecondsNow).toBeCloseTo(values[59]);
    expect(e.lagSecondsMax).toBe(7.9);
    expect(e.lagSecondsP99).toBe(7.9);
    expect(e.status).toBe("ok");
  });

  it("a 30-day range of 20 s canary samples evaluates (it overflowed the call stack as Math.max arguments)", () => {
    const n = 30 * 24 * 180; // 129,600 samples, one per 20 s
    const samples = Array.from({ length: n }, (_, i) => ({ t: asOf.getTime() - (n - 1 - i) * 20_000, lagSeconds: i === 1000 ? 12 : 0.3 }));
    const e = evaluateLag(samples, { ...args, rangeFrom: new Date(asOf.getTime() - 30 * 86_400_000) });
    expect(e.lagSecondsMax).toBe(12);
    expect(e.status).toBe("ok");
    expect(e.rangeWorst.status).toBe("breach");
    expect(e.rangeWorst.overBudgetSeconds).toBe(20);
  });

  it("warn when the last 15 min saw more than 0.8 × budget, breach when now exceeds the budget", () => {
    expect(evaluateLag(series([1, 8.5, 1, 1]), args).status).toBe("warn");
    // A spike 20 minutes ago is outside the 15-minute look-back.
    expect(evaluateLag(series([8.5, ...Array(20).fill(1)]), args).status).toBe("ok");
    expect(evaluateLag(series([1, 1, 10.5]), args).status).toBe("breach");
    expect(evaluateLag(series([1, 1, 10]), args).status).toBe("warn");
  });

  it("keeps the last 15 min's peak, the figure a WARN is about (the dial shows only the latest)", () => {
    expect(evaluateLag(series([1, 8.5, 1, 1]), args).recentMaxSeconds).toBe(8.5);
    expect(evaluateLag(series([8.5, ...Array(20).fill(1)]), args).recentMaxSeconds).toBe(1);
    expect(evaluateLag([], args).recentMaxSeconds).toBeNull();
  });

  it("says what is at risk, and in which direction, without a failover; a WARN names the peak behind it", () => {
    const base = { source: "UK South", target: "West Europe", budgetSeconds: 30 };
    expect(lagReason({ ...base, status: "breach", nowSeconds: 33, recentMaxSeconds: 33 })).toBe("33 s of UK South's writes not yet in West Europe (RPO budget 30 s): at risk if UK South fails.");
    expect(lagReason({ ...base, status: "warn", nowSeconds: 9, recentMaxSeconds: 45 })).toBe("UK South → West Europe lag reached 45 s in the last 15 min (9 s now), over the 30 s RPO budget.");
    expect(lagReason({ ...base, status: "warn", nowSeconds: 26, recentMaxSeconds: 26 })).toBe("UK South → West Europe lag reached 26 s in the last 15 min (26 s now), above 80 % of the 30 s RPO budget.");
    for (const status of ["ok", "no-data"] as const) expect(lagReason({ ...base, status, nowSeconds: 1, recentMaxSeconds: 1 })).toBeNull();
  });

  it("samples before the range count for the look-back but not for p99/max", () => {
    const e = evaluateLag([{ t: at(70), lagSeconds: 50 }, { t: at(1), lagSeconds: 2 }], args);
    expect(e.lagSecondsMax).toBe(2);
  });

  it("nearest-rank percentile", () => {
    expect(percentileNearestRank([1, 2, 3, 4], 50)).toBe(2);
    expect(percentileNearestRank(Array.from({ length: 100 }, (_, i) => i + 1), 99)).toBe(99);
    expect(percentileNearestRank([], 99)).toBeNull();
  });
});
