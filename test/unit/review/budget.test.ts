import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { allowedDowntimeMinutes, budgetFigures } from "@/lib/review/budget";
import { compositeSla } from "@/lib/review/composite-sla";
import { toCsv } from "@/lib/review/csv";
import { lastCompleteMonth, monthWindow, recentMonths } from "@/lib/review/months";
import { ninesTable } from "@/lib/review/nines";

const MIN_30D = 30 * 24 * 60;

describe("review arithmetic", () => {
  it("allows 43.2 min per 30 days at 99.9 % and 21.6 at 99.95 %", () => {
    expect(allowedDowntimeMinutes(0.999, MIN_30D)).toBeCloseTo(43.2, 9);
    expect(allowedDowntimeMinutes(0.9995, MIN_30D)).toBeCloseTo(21.6, 9);
  });

  it("goes negative when the budget is overspent", () => {
    const f = budgetFigures({ target: 0.999, windowMinutes: MIN_30D, good: 99_700, total: 100_000, downtimeMinutes: 60 });
    expect(f.sli).toBeCloseTo(0.997, 12);
    expect(f.errorBudgetRemainingRatio).toBeCloseTo(-2, 9);
    expect(f.remainingDowntimeMinutes).toBeCloseTo(-16.8, 9);
    expect(f.met).toBe(false);
  });

  it("has no SLI without traffic rather than 100 %", () => {
    const f = budgetFigures({ target: 0.999, windowMinutes: MIN_30D, good: 0, total: 0, downtimeMinutes: null });
    expect(f.sli).toBeNull();
    expect(f.errorBudgetRemainingRatio).toBeNull();
    expect(f.met).toBeNull();
  });

  it("lists the nines with the configured target highlighted", () => {
    const rows = ninesTable(0.9995);
    expect(rows.map((r) => r.label)).toEqual(["99.9 %", "99.95 %", "99.99 %", "99.999 %"]);
    expect(rows.find((r) => r.configured)?.target).toBe(0.9995);
    expect(rows[0].downtimePerYearMinutes).toBeCloseTo(525.6, 9);
    expect(rows[3].downtimePerMonthMinutes).toBeCloseTo(0.432, 9);
    expect(ninesTable(0.998).some((r) => r.configured && r.label === "99.8 %")).toBe(true);
  });

  it("computes the composite SLA of the demo with the edge cap", () => {
    const sla = compositeSla(loadConfigFile("config/demo.json"));
    if (!sla) throw new Error("demo has a compositeSla section");
    const perRegion = 0.9995 * 0.99999 * 0.9999;
    expect(sla.perRegion).toBeCloseTo(perRegion, 12);
    expect(sla.redundantStack).toBeCloseTo(1 - (1 - perRegion) ** 2, 12);
    expect(sla.composite).toBe(0.9999);
    expect(sla.cappedByEdge).toBe(true);
    expect(sla.formula).toContain("min(edge 99.99 %");
  });

  it("works in UTC calendar months", () => {
    expect(monthWindow("2026-02").minutes).toBe(28 * 24 * 60);
    expect(lastCompleteMonth(new Date("2026-11-22T10:00:00Z")).id).toBe("2026-10");
    expect(lastCompleteMonth(new Date("2026-01-05T00:00:00Z")).id).toBe("2025-12");
    expect(recentMonths(new Date("2026-02-10T00:00:00Z"), 3).map((m) => m.id)).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(() => monthWindow("2026-13")).toThrow(/01..12/);
    expect(() => monthWindow("last")).toThrow(/2026-10/);
  });

  it("writes CSV that survives commas, quotes and formula injection", () => {
    expect(toCsv(["a", "b"], [["x,y", 'say "hi"'], ["=1+1", null], [1.5, true]])).toBe(
      'a,b\r\n"x,y","say ""hi"""\r\n\'=1+1,\r\n1.5,true\r\n',
    );
  });
});
