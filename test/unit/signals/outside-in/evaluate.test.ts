import { describe, expect, it } from "vitest";
import { blindVerdict, isFailing, outsideInRangeWorst, sliGapExplained, sourceState, testState } from "@/lib/signals/outside-in/evaluate";
import type { OutsideInTest } from "@/lib/snapshot/types";

const AS_OF = Date.parse("2026-11-20T12:00:00Z");
const min = (m: number) => AS_OF - m * 60_000;
const names: Record<string, string> = { uksouth: "UK South", westeurope: "West Europe" };
const regionName = (id: string) => names[id] ?? id;

function test(region: string | null, recentFailed: number, recentRuns = 5): OutsideInTest {
  return testState({ name: region ?? "global-endpoint", region, range: { runs: 60, failed: recentFailed, newestMs: min(1) }, recent: { runs: recentRuns, failed: recentFailed, newestMs: min(1) } });
}

const fresh = [sourceState("frontdoor-logs", "Front Door logs", min(0.1), AS_OF), sourceState("metrics:uksouth", "UK South metrics", min(1), AS_OF)];

describe("failing: at least 2 runs and 40 % of the last round", () => {
  it.each([
    [0, 5, false],
    [1, 5, false],
    [2, 5, true],
    [2, 6, false],
    [1, 1, false],
  ])("%i of %i failed → %s", (failed, runs, expected) => expect(isFailing({ runs, failed, newestMs: null })).toBe(expected));
  it("is unknown without runs", () => expect(isFailing({ runs: 0, failed: 0, newestMs: null })).toBeNull());
});

describe("who is blind", () => {
  const verdict = (tests: OutsideInTest[], sources = fresh) => blindVerdict({ tests, sources, asOfMs: AS_OF, lookbackHours: 6, regionName });

  it("a failing origin is a region failing, whatever the global test says", () => {
    const v = verdict([test(null, 3), test("uksouth", 5), test("westeurope", 0)]);
    expect(v).toMatchObject({ kind: "region-failing", status: "breach", regions: ["uksouth"] });
    expect(v.headline).toBe("UK South failing: its origin fails the direct outside-in test (5 of 5 runs failed in the last round).");
  });

  it("the global endpoint failing while every origin answers is Front Door failing", () => {
    const v = verdict([test(null, 4), test("uksouth", 0), test("westeurope", 0)]);
    expect(v).toMatchObject({ kind: "frontdoor-failing", status: "breach", regions: [] });
  });

  it("a silent source while the global test passes is our logs missing, users fine, with since when", () => {
    const sources = [sourceState("frontdoor-logs", "Front Door logs", min(25), AS_OF), fresh[1]];
    const v = verdict([test(null, 0), test("uksouth", 0), test("westeurope", 0)], sources);
    expect(v).toMatchObject({ kind: "logs-missing", status: "warn" });
    expect(v.headline).toBe("Our logs are missing, users are fine: Front Door logs silent; the global endpoint passes outside-in (0 of 5 runs failed in the last round).");
    expect(v.detail).toEqual(["Front Door logs: silent since 2026-11-20 11:35 UTC (25 min)."]);
  });

  it("without outside-in results it cannot say users are fine", () => {
    const sources = [sourceState("frontdoor-logs", "Front Door logs", null, AS_OF), fresh[1]];
    const v = verdict([], sources);
    expect(v.kind).toBe("logs-missing");
    expect(v.headline).toContain("no outside-in result can say whether users are fine");
    expect(v.detail).toEqual(["Front Door logs: nothing in the last 6 h."]);
  });

  it("a source is silent only past 10 minutes", () => {
    expect(sourceState("x", "X", min(9.9), AS_OF).silent).toBe(false);
    expect(sourceState("x", "X", min(10.1), AS_OF).silent).toBe(true);
  });

  it("everything silent is no data, everything fresh and passing is ok", () => {
    expect(verdict([], [sourceState("a", "A", null, AS_OF)]).kind).toBe("all-silent");
    expect(verdict([test(null, 0), test("uksouth", 0)])).toMatchObject({ kind: "ok", status: "ok", detail: [] });
  });
});

describe("the two SLIs in words", () => {
  it("says outside-in saw more failure when it is lower by more than one run", () => {
    expect(sliGapExplained(0.99, 0.9995, 8640, 5)).toMatch(/^Outside-in 99\.000 % vs edge 99\.950 % \(-0\.950 pp\)\. Outside-in saw more failure/);
  });
  it("says they agree within one run's weight", () => {
    expect(sliGapExplained(0.9999, 0.99985, 8640, 5)).toContain("They agree within one test run's weight.");
  });
  it("says which side has no data", () => {
    expect(sliGapExplained(null, 0.999, 0, 5)).toMatch(/^No comparison: no outside-in runs/);
  });
});

describe("in this range", () => {
  it("breaches when the global test passed under the target, warns for an origin", () => {
    const ok = testState({ name: "o", region: "uksouth", range: { runs: 100, failed: 0, newestMs: 1 } });
    const weak = testState({ name: "o", region: "uksouth", range: { runs: 100, failed: 2, newestMs: 1 } });
    const globalWeak = testState({ name: "g", region: null, range: { runs: 100, failed: 1, newestMs: 1 } });
    expect(outsideInRangeWorst([ok], 0.9995, regionName).status).toBe("ok");
    expect(outsideInRangeWorst([weak], 0.9995, regionName)).toMatchObject({ status: "warn", reason: "UK South origin passed 98.000 % of outside-in runs (2 of 100 failed), under the 99.950 % target." });
    expect(outsideInRangeWorst([globalWeak, ok], 0.9995, regionName).status).toBe("breach");
  });
});
