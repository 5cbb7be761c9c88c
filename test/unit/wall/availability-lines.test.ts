import { describe, expect, it } from "vitest";
import { wallTileSignals } from "@/lib/catalog/descriptors";
import type { AvailabilitySnapshot } from "@/lib/snapshot/types";
import { AVAILABILITY_LABELS, availabilityLines, requestBudgetText, requestBudgetWords } from "@/lib/wall/availability-lines";
import { wallModel } from "@/lib/wall/tile-model";
import { snapshot } from "./fixture";

/**
 * The availability tile's lines under its figures, decided in lib: nothing the reason already says
 * is said twice, and the alerts behind the first one are counted, not listed, so the tile fits under
 * the INCIDENT OPEN and REGION FAILING banners (test/e2e/wall.e2e.ts measures that in Chromium).
 */
const PAGE_1H = { severity: "page" as const, rule: "burn(1h) > 14.4 and burn(5m) > 14.4" };
const PAGE_6H = { severity: "page" as const, rule: "burn(6h) > 6 and burn(30m) > 6" };
const TICKET_3D = { severity: "ticket" as const, rule: "burn(3d) > 1 and burn(6h) > 1" };

function tile(patch: Partial<AvailabilitySnapshot>) {
  const base = snapshot();
  const s = { ...base, availability: { ...base.availability, ...patch } };
  const state = wallModel(s, wallTileSignals()).tiles.availability;
  return { state, lines: availabilityLines(s.availability, state.reason) };
}

describe("availability tile lines", () => {
  it("the region outage's three alerts: the reason names the first page and counts the others; no burn line repeats it", () => {
    // The order the signal lists them in need not be the page-first order the reason reads them in.
    const { state, lines } = tile({ status: "breach", alerts: [TICKET_3D, PAGE_1H, PAGE_6H], downtimeMinutes: 2 });
    expect(state).toEqual({ status: "breach", reason: "PAGE · burn(1h) > 14.4 and burn(5m) > 14.4 +2 more" });
    expect(lines).toEqual({ downtime: "2.0 bad minutes of 21.6 allowed", burn: null });
  });

  it("one alert: its rule alone, said once", () => {
    const { state, lines } = tile({ status: "warn", alerts: [TICKET_3D] });
    expect(state.reason).toBe("TICKET · burn(3d) > 1 and burn(6h) > 1");
    expect(lines.burn).toBeNull();
  });

  it("overspent downtime without an alert: the reason is the downtime, which then has no line of its own; the burn line says none fires", () => {
    const { state, lines } = tile({ status: "warn", downtimeOverspent: true, downtimeMinutes: 34 });
    expect(state.reason).toBe("34.0 bad minutes of 21.6 allowed");
    expect(lines).toEqual({ downtime: null, burn: { status: "ok", text: "No burn-rate alert" } });
  });

  // 93 % of the failed-request budget left beside downtime overspent read as a contradiction while
  // both lines said "budget"/"down": they count requests and minutes (SIGNALS.md 3.7), and say so.
  it("names what each budget counts: failed requests beside the ratio, bad minutes on the downtime line", () => {
    const { state } = tile({ status: "warn", errorBudgetRemainingRatio: 0.93, downtimeOverspent: true, downtimeMinutes: 30 });
    expect(state.reason).toBe("30.0 bad minutes of 21.6 allowed");
    expect(AVAILABILITY_LABELS.requestBudget).toBe("Failed-request budget left");
  });

  it("a healthy tile: no reason, the downtime and 'No burn-rate alert' lines", () => {
    const { state, lines } = tile({});
    expect(state).toEqual({ status: "ok", reason: null });
    expect(lines).toEqual({ downtime: "12.5 bad minutes of 21.6 allowed", burn: { status: "ok", text: "No burn-rate alert" } });
  });

  it("an alert the tile's status does not carry (no reason) still shows on the burn line, with its count", () => {
    const { state, lines } = tile({ status: "ok", alerts: [PAGE_6H, TICKET_3D] });
    expect(state.reason).toBeNull();
    expect(lines.burn).toEqual({ status: "breach", text: "PAGE · burn(6h) > 6 and burn(30m) > 6 +1 more" });
  });

  it("no SLI: the burn line is NO DATA, never 'No burn-rate alert'", () => {
    const { lines } = tile({ sli: null, status: "no-data", downtimeMinutes: null });
    expect(lines).toEqual({ downtime: "bad minutes: no data", burn: { status: "no-data", text: "Burn rate: NO DATA" } });
  });
});

// Before: over a short dataset during an outage the wall read "Failed-request budget left -2159 %".
describe("the failed-request budget in words", () => {
  it("prints what is left while some is", () => {
    expect(requestBudgetWords(0.934)).toEqual({ value: "93 %", spent: null });
    expect(requestBudgetText(0.934, 1)).toBe("93.4 %");
    expect(requestBudgetText(0)).toBe("0 %");
    expect(requestBudgetWords(null)).toBeNull();
  });

  it("says none left and how many budgets were spent once overspent", () => {
    expect(requestBudgetWords(-21.59)).toEqual({ value: "none", spent: "23× spent" });
    expect(requestBudgetText(-21.59, 1)).toBe("none · 23× spent");
    expect(requestBudgetText(-0.4)).toBe("none · 1.4× spent");
    expect(requestBudgetText(-8.96)).toBe("none · 10× spent");
    expect(requestBudgetText(-0.0001)).toBe("none · 1.0× spent");
  });

  it("fits the wall's quarter-width tile: under its fixed label, a figure no longer than the \"-2159 %\" that fit before", () => {
    for (const remaining of [-0.5, -21.59, -2159]) {
      const w = requestBudgetWords(remaining);
      expect(w?.value.length ?? Infinity, String(remaining)).toBeLessThanOrEqual("-2159 %".length);
    }
  });
});
