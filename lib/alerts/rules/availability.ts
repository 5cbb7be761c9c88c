import type { DashboardConfig } from "@/lib/config/schema";
import { kql, Timespan } from "@/lib/kql/literal";
import { BURN_ALERT_RULES, WINDOW_MS } from "@/lib/signals/availability/evaluate";
import { EDGE_BAD, edgeRows, profileMetricsQuery } from "@/lib/signals/availability/query";
import type { AlertRule } from "../types";

/** Azure's longest log-alert lookback (overrideQueryTimeRange): the ticket rule's 3-day window is cut to it. */
export const MAX_QUERY_RANGE_MINUTES = 2 * 1440;

type BurnRule = (typeof BURN_ALERT_RULES)[number];

const minutes = (w: keyof typeof WINDOW_MS) => WINDOW_MS[w] / 60_000;

/** Request counts of the last `window` of the access log, as `total<name>, bad<name>`. */
function edgeCounts(name: string, window: Timespan): string {
  const recent = kql`TimeGenerated >= now() - ${window}`;
  return `total${name} = countif(${recent}), bad${name} = countif(${recent} and (${EDGE_BAD}))`;
}

/** `burn<name>` = (bad/total) / (1 − target): the snapshot's burnRate; null without traffic. */
function burnOf(name: string, target: number): string {
  return `burn${name} = iff(total${name} > 0, todouble(bad${name}) / total${name} / ${kql`(1 - ${target})`}, real(null))`;
}

/** Both windows from the access log (the page rules: 1h & 5m, 6h & 30m), as the snapshot reads them. */
function shortWindowsQuery(config: DashboardConfig, r: BurnRule): string {
  const { target } = config.budgets.availability;
  return `${edgeRows(config)}
| summarize ${edgeCounts("Long", new Timespan(WINDOW_MS[r.long]))}, ${edgeCounts("Short", new Timespan(WINDOW_MS[r.short]))}
| extend ${burnOf("Long", target)}, ${burnOf("Short", target)}
| extend burn = min_of(burnLong, burnShort)
| project burnLong, burnShort, burn`;
}

/**
 * The ticket rule: the long (3d) window from the profile's per-minute metrics as the snapshot reads
 * it (bad = requests × 5xx share; minutes without a share skipped), the short one from the access log.
 */
function metricsLongQuery(config: DashboardConfig, r: BurnRule): string {
  const { target } = config.budgets.availability;
  const short = new Timespan(WINDOW_MS[r.short]);
  return `let longCounts = ${profileMetricsQuery(config)}
| where isnotnull(errorPercent)
| summarize totalLong = sum(requests), badLong = sum(requests * errorPercent / 100.0);
let shortCounts = ${edgeRows(config)}
${kql`| where TimeGenerated >= now() - ${short}`}
| summarize totalShort = count(), badShort = countif(${EDGE_BAD});
longCounts
| extend joinKey = 1
| join kind=inner (shortCounts | extend joinKey = 1) on joinKey
| extend ${burnOf("Long", target)}, ${burnOf("Short", target)}
| extend burn = min_of(burnLong, burnShort)
| project burnLong, burnShort, burn`;
}

/**
 * SRE workbook table 5-8 as SIGNALS.md 3.7 and BURN_ALERT_RULES: one rule per row. A row fires when
 * both windows burn faster than its factor, i.e. when the smaller of the two burn rates does.
 */
export function availabilityRules(config: DashboardConfig): AlertRule[] {
  return BURN_ALERT_RULES.map((r) => {
    const page = r.severity === "page";
    const longMinutes = minutes(r.long);
    const fromMetrics = longMinutes > 6 * 60;
    const rangeMinutes = Math.min(longMinutes, MAX_QUERY_RANGE_MINUTES);
    return {
      name: `aad-availability-${r.severity}-burn-${r.long}-${r.short}`,
      signal: "availability",
      displayName: `Availability ${r.severity}: error budget burning > ${r.factor}x over ${r.long} and ${r.short}`,
      description: `burn(${r.long}) > ${r.factor} and burn(${r.short}) > ${r.factor} (SLO ${config.budgets.availability.target}): the wall's ${r.severity} alert`,
      severity: page ? 1 : 3,
      evaluationFrequencyMinutes: page ? 5 : 30,
      windowSizeMinutes: page ? minutes(r.short) : 360,
      queryTimeRangeMinutes: rangeMinutes,
      kql: fromMetrics ? metricsLongQuery(config, r) : shortWindowsQuery(config, r),
      criteria: { timeAggregation: "Maximum", metricMeasureColumn: "burn", operator: "GreaterThan", threshold: r.factor, dimensions: [] },
      failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
      autoMitigate: true,
      rationale: page
        ? `Pages (Sev1) every 5 min over the last ${r.long}; the ${r.short} window inside the query makes it reset fast, so one failing period is enough and Azure resolves it when the short window recovers.`
        : `Ticket (Sev3) checked every 30 min. Azure caps a log alert's lookback at 2 days, so the ${r.long} window reads the last ${rangeMinutes / 1440} days of profile metrics.`,
    };
  });
}
