import { isoMinutes, queryRangeMinutes, type AlertRule } from "./types";

const OPERATOR_TEXT = { Equals: "=", GreaterThan: ">", GreaterThanOrEqual: "≥", LessThan: "<", LessThanOrEqual: "≤" } as const;

/** "fires when max(lagSeconds) > 5", in the same words for the CLI listing and the /alerts page. */
export function conditionText(rule: AlertRule): string {
  const { criteria } = rule;
  const measure = criteria.timeAggregation === "Count" ? "count(rows)" : `${criteria.timeAggregation.toLowerCase()}(${criteria.metricMeasureColumn ?? ""})`;
  const per = criteria.dimensions.length > 0 ? ` per ${criteria.dimensions.join(", ")}` : "";
  return `${measure} ${OPERATOR_TEXT[criteria.operator]} ${criteria.threshold}${per}`;
}

/** "every PT5M over PT1H, 1 of 1 periods, auto-resolves". */
export function scheduleText(rule: AlertRule): string {
  const { numberOfEvaluationPeriods: n, minFailingPeriodsToAlert: m } = rule.failingPeriods;
  const range = queryRangeMinutes(rule);
  const window = range !== rule.windowSizeMinutes * n ? `${isoMinutes(rule.windowSizeMinutes)} (query range ${isoMinutes(range)})` : isoMinutes(rule.windowSizeMinutes);
  return `every ${isoMinutes(rule.evaluationFrequencyMinutes)} over ${window}, ${m} of ${n} period${n === 1 ? "" : "s"}, ${rule.autoMitigate ? "auto-resolves" : "resolved by hand"}`;
}

/** Plain-text listing of the rules with their KQL: what on-call reads to see why a page fired. */
export function listRules(rules: readonly AlertRule[]): string {
  return rules
    .map((r) =>
      [
        `${r.name}  [Sev${r.severity}, ${r.signal}]`,
        `  ${r.displayName}`,
        `  fires when ${conditionText(r)}; ${scheduleText(r)}`,
        `  why: ${r.description}`,
        `  settings: ${r.rationale}`,
        ...r.kql.split("\n").map((line) => `    ${line}`),
      ].join("\n"),
    )
    .join("\n\n");
}
