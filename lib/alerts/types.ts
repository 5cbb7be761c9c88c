/**
 * An Azure Monitor log search alert rule (Microsoft.Insights/scheduledQueryRules, kind LogAlert),
 * generated from a signal module's own query fragments and thresholds. Durations are minutes here
 * and ISO-8601 in the rendered template.
 */

/** Azure's condition aggregations (ScheduledQueryRuleCondition.timeAggregation). */
export type TimeAggregation = "Count" | "Average" | "Minimum" | "Maximum" | "Total";
/** Azure's condition operators. */
export type ConditionOperator = "Equals" | "GreaterThan" | "GreaterThanOrEqual" | "LessThan" | "LessThanOrEqual";

export interface AlertCriteria {
  timeAggregation: TimeAggregation;
  /** The numeric column aggregated (absent for Count, which counts result rows). */
  metricMeasureColumn?: string;
  operator: ConditionOperator;
  threshold: number;
  /** Result columns split into one alert per value combination (per pair, per region, per origin). */
  dimensions: string[];
}

export interface AlertRule {
  /** Resource name, stable and unique: `aad-<signal>-<what>`. */
  name: string;
  /** Signal key of the registry this rule watches (the wall's section). */
  signal: string;
  displayName: string;
  /** The wall's words for a firing rule. */
  description: string;
  /** 0 = critical (page) … 4 = verbose; Azure's scale. */
  severity: 0 | 1 | 2 | 3 | 4;
  /** How often Azure runs the query. */
  evaluationFrequencyMinutes: number;
  /** Aggregation granularity: the window each evaluation period covers. */
  windowSizeMinutes: number;
  /** The query's time range when longer than windowSize × periods (the burn-rate rules' long window). */
  queryTimeRangeMinutes?: number;
  kql: string;
  criteria: AlertCriteria;
  failingPeriods: { numberOfEvaluationPeriods: number; minFailingPeriodsToAlert: number };
  /** Azure resolves the alert itself once the condition stops holding. */
  autoMitigate: boolean;
  /** Why these settings: shown by the listing and the /alerts page. */
  rationale: string;
}

/** Query time range Azure uses: overrideQueryTimeRange, else windowSize × numberOfEvaluationPeriods. */
export function queryRangeMinutes(rule: AlertRule): number {
  return rule.queryTimeRangeMinutes ?? rule.windowSizeMinutes * rule.failingPeriods.numberOfEvaluationPeriods;
}

/** Minutes as an ISO-8601 duration (PT5M, PT6H, P2D), the form the resource takes. */
export function isoMinutes(minutes: number): string {
  if (minutes % 1440 === 0) return `P${minutes / 1440}D`;
  if (minutes % 60 === 0) return `PT${minutes / 60}H`;
  return `PT${minutes}M`;
}
