import { describe, expect, it } from "vitest";
import { evaluateRuleAt, evaluationTimes } from "@/lib/alerts/replay";
import type { AlertRule } from "@/lib/alerts/types";
import { Workspace } from "@/lib/dataset/workspace";

/**
 * The replay evaluator's Azure semantics on hand-made rows: the query runs over the rule's range
 * ending at the evaluation time, each dimension combination is aggregated and compared on its own, and
 * a combination fires only when it fails in minFailingPeriodsToAlert of numberOfEvaluationPeriods
 * consecutive windows.
 */
const T0 = Date.parse("2026-11-22T10:00:00Z");
const MIN = 60_000;

/** One sample a minute per region for 15 minutes: `a` is high in minutes 0-4 and 10-14, `b` only in 10-11. */
function workspace(): Workspace {
  const ws = new Workspace();
  for (let m = 0; m < 15; m++) {
    for (const region of ["a", "b"]) {
      const high = region === "a" ? m < 5 || m >= 10 : m === 10 || m === 11;
      ws.append("AppMetrics", { TimeGenerated: new Date(T0 + m * MIN).toISOString(), Name: "depth", Sum: high ? 50 : 1, Properties: { region } });
    }
  }
  return ws;
}

function rule(over: Partial<AlertRule> & Pick<AlertRule, "criteria" | "failingPeriods">): AlertRule {
  return {
    name: "test",
    signal: "conflicts",
    displayName: "test",
    description: "test",
    severity: 2,
    evaluationFrequencyMinutes: 5,
    windowSizeMinutes: 5,
    kql: 'AppMetrics | where Name == "depth" | project TimeGenerated, region = tostring(Properties.region), depth = Sum',
    autoMitigate: true,
    rationale: "test",
    ...over,
  };
}

const at = (minutes: number) => new Date(T0 + minutes * MIN);
const byRegion = (values: { dimensions: Record<string, string>; value: number; failing: boolean }[]) =>
  Object.fromEntries(values.map((v) => [v.dimensions.region, [v.value, v.failing]]));

describe("evaluateRuleAt", () => {
  const ws = workspace();

  it("aggregates each dimension combination over the window ending at the evaluation time", () => {
    const r = rule({ criteria: { timeAggregation: "Maximum", metricMeasureColumn: "depth", operator: "GreaterThan", threshold: 10, dimensions: ["region"] }, failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 } });
    // [10:05, 10:10): both quiet; [10:10, 10:15): both high.
    expect(byRegion(evaluateRuleAt(ws, r, at(10)).values)).toEqual({ a: [1, false], b: [1, false] });
    expect(evaluateRuleAt(ws, r, at(10)).firing).toBe(false);
    expect(byRegion(evaluateRuleAt(ws, r, at(15)).values)).toEqual({ a: [50, true], b: [50, true] });
    const avg = rule({ ...r, criteria: { ...r.criteria, timeAggregation: "Average" } });
    expect(byRegion(evaluateRuleAt(ws, avg, at(15)).values)).toEqual({ a: [50, true], b: [(50 + 50 + 1 + 1 + 1) / 5, true] });
    const count = rule({ ...r, criteria: { timeAggregation: "Count", operator: "GreaterThanOrEqual", threshold: 5, dimensions: [] } });
    expect(evaluateRuleAt(ws, count, at(15)).values).toEqual([{ dimensions: {}, value: 10, failing: true }]);
  });

  it("fires a combination only when it fails in enough of the consecutive periods", () => {
    const twoOfThree = rule({
      criteria: { timeAggregation: "Maximum", metricMeasureColumn: "depth", operator: "GreaterThan", threshold: 10, dimensions: ["region"] },
      failingPeriods: { numberOfEvaluationPeriods: 3, minFailingPeriodsToAlert: 2 },
    });
    // Periods ending 10:15: [10:10,10:15) a and b high, [10:05,10:10) both quiet, [10:00,10:05) a high. a: 2 of 3, b: 1 of 3.
    const e = evaluateRuleAt(ws, twoOfThree, at(15));
    expect(e.firing).toBe(true);
    const onlyB = rule({ ...twoOfThree, kql: `${twoOfThree.kql} | where region == "b"` });
    expect(evaluateRuleAt(ws, onlyB, at(15)).firing).toBe(false);
    // A missing column is an error naming it, not a silent "no alert".
    const wrong = rule({ ...twoOfThree, criteria: { ...twoOfThree.criteria, metricMeasureColumn: "lagSeconds" } });
    expect(() => evaluateRuleAt(ws, wrong, at(15))).toThrow(/no column lagSeconds/);
  });

  it("reads the override query range instead of the window when the rule has one", () => {
    const r = rule({ criteria: { timeAggregation: "Maximum", metricMeasureColumn: "depth", operator: "GreaterThan", threshold: 10, dimensions: ["region"] }, failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 } });
    expect(evaluateRuleAt(ws, r, at(10)).firing).toBe(false);
    expect(evaluateRuleAt(ws, { ...r, queryTimeRangeMinutes: 10 }, at(10)).firing).toBe(true);
  });
});

describe("evaluationTimes", () => {
  it("steps the rule's frequency on the clock's grid", () => {
    const r = rule({ criteria: { timeAggregation: "Count", operator: "GreaterThan", threshold: 0, dimensions: [] }, failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 } });
    expect(evaluationTimes(r, new Date(T0 + 90_000), at(16)).map((d) => d.toISOString().slice(11, 16))).toEqual(["10:05", "10:10", "10:15"]);
  });
});
