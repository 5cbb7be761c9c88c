import type { Workspace } from "@/lib/dataset";
import { runQuery } from "@/lib/engine/run-query";
import { queryRangeMinutes, type AlertRule, type ConditionOperator, type TimeAggregation } from "./types";

/** One dimension combination's aggregated value in one evaluation period. */
export interface PeriodValue {
  dimensions: Record<string, string>;
  value: number;
  failing: boolean;
}

export interface Evaluation {
  at: Date;
  /** True when some dimension combination failed in at least minFailingPeriodsToAlert of the periods. */
  firing: boolean;
  /** The newest period's values (what the alert's payload would carry). */
  values: PeriodValue[];
}

const MINUTE_MS = 60_000;

function aggregate(values: number[], rows: number, how: TimeAggregation): number | null {
  if (how === "Count") return rows;
  if (values.length === 0) return null;
  switch (how) {
    case "Maximum":
      return Math.max(...values);
    case "Minimum":
      return Math.min(...values);
    case "Total":
      return values.reduce((a, b) => a + b, 0);
    case "Average":
      return values.reduce((a, b) => a + b, 0) / values.length;
  }
}

function holds(value: number, op: ConditionOperator, threshold: number): boolean {
  switch (op) {
    case "Equals":
      return value === threshold;
    case "GreaterThan":
      return value > threshold;
    case "GreaterThanOrEqual":
      return value >= threshold;
    case "LessThan":
      return value < threshold;
    case "LessThanOrEqual":
      return value <= threshold;
  }
}

/** The rule's condition over one query run: one value per dimension combination. */
function period(workspace: Workspace, rule: AlertRule, end: Date, rangeMinutes: number): PeriodValue[] {
  const table = runQuery(workspace, rule.kql, { timespan: { from: new Date(end.getTime() - rangeMinutes * MINUTE_MS), to: end }, asOf: end });
  const names = table.columns.map((c) => c.name);
  const col = (name: string) => {
    const i = names.indexOf(name);
    if (i < 0) throw new Error(`${rule.name}: the query returns no column ${name} (has ${names.join(", ")})`);
    return i;
  };
  const { criteria } = rule;
  const measure = criteria.metricMeasureColumn === undefined ? -1 : col(criteria.metricMeasureColumn);
  const dims = criteria.dimensions.map((d) => [d, col(d)] as const);
  const groups = new Map<string, { dimensions: Record<string, string>; values: number[]; rows: number }>();
  for (const row of table.rows) {
    const dimensions = Object.fromEntries(dims.map(([d, i]) => [d, String(row[i] ?? "")]));
    const key = JSON.stringify(dimensions);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { dimensions, values: [], rows: 0 }));
    g.rows += 1;
    const v = measure < 0 ? null : row[measure];
    if (typeof v === "number" && Number.isFinite(v)) g.values.push(v);
  }
  const out: PeriodValue[] = [];
  for (const g of groups.values()) {
    const value = aggregate(g.values, g.rows, criteria.timeAggregation);
    if (value !== null) out.push({ dimensions: g.dimensions, value, failing: holds(value, criteria.operator, criteria.threshold) });
  }
  return out;
}

/**
 * Evaluates a rule the way Azure Monitor does at one evaluation time: the query over its time range
 * ending at `at` (now() = `at`), aggregated per dimension combination by the criteria, compared with
 * the threshold, and repeated for each of numberOfEvaluationPeriods consecutive windows; a
 * combination that fails in minFailingPeriodsToAlert of them fires.
 */
export function evaluateRuleAt(workspace: Workspace, rule: AlertRule, at: Date): Evaluation {
  const { numberOfEvaluationPeriods: n, minFailingPeriodsToAlert: min } = rule.failingPeriods;
  const range = n === 1 ? queryRangeMinutes(rule) : rule.windowSizeMinutes;
  const failures = new Map<string, number>();
  let newest: PeriodValue[] = [];
  for (let k = 0; k < n; k++) {
    const values = period(workspace, rule, new Date(at.getTime() - k * rule.windowSizeMinutes * MINUTE_MS), range);
    if (k === 0) newest = values;
    for (const v of values) if (v.failing) failures.set(JSON.stringify(v.dimensions), (failures.get(JSON.stringify(v.dimensions)) ?? 0) + 1);
  }
  return { at, firing: [...failures.values()].some((c) => c >= min), values: newest };
}

/** Evaluation times of a rule over [from, to]: every evaluationFrequency, on the clock's grid. */
export function evaluationTimes(rule: AlertRule, from: Date, to: Date): Date[] {
  const step = rule.evaluationFrequencyMinutes * MINUTE_MS;
  const out: Date[] = [];
  for (let t = Math.ceil(from.getTime() / step) * step; t <= to.getTime(); t += step) out.push(new Date(t));
  return out;
}
