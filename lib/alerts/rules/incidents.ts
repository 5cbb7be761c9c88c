import type { DashboardConfig } from "@/lib/config/schema";
import { kql, Timespan } from "@/lib/kql/literal";
import { BIN_MS, EDGE_ERROR_RATIO, RECOVERY_HOLD_MS } from "@/lib/signals/incidents/evaluate";
import { incidentBinsQuery } from "@/lib/signals/incidents/query";
import { originRegionMap } from "@/lib/signals/runtime/fragments";
import type { AlertRule } from "../types";
import { originStateQuery } from "./origin-state";

/**
 * SIGNALS 3.4 for one origin: the incident that began with its latest flip to unhealthy is still open
 * (no edge error bin since then was followed by 120 s of clean bins: recovery's rule) and its clock
 * has run past the RTO budget. The clock starts at the flip, which is at most a probe sample after
 * the wall's start (the failed-probe run's first slot): the pager can lag the wall by that much.
 */
export function openIncidentQuery(config: DashboardConfig, origin: string, windowMinutes: number): string {
  return `${originStateQuery(config, windowMinutes)}
let start = toscalar(originState
${kql`| where origin == ${origin} and flip == 1 and unhealthy == 1`}
| summarize max(slotEnd));
${incidentBinsQuery(origin)}
${kql`| where binStart >= start and edgeBad >= ${EDGE_ERROR_RATIO} * edgeTotal`}
| sort by binStart asc
${kql`| extend cleanAfter = coalesce(next(binStart), now()) - (binStart + ${new Timespan(BIN_MS)})`}
${kql`| summarize recoveries = countif(cleanAfter >= ${new Timespan(RECOVERY_HOLD_MS)}), errorBins = count()`}
| where recoveries == 0 and errorBins > 0
| project elapsedSeconds = (now() - start) / 1s`;
}

export function incidentRules(config: DashboardConfig): AlertRule[] {
  const budget = config.budgets.rtoSeconds;
  // Long enough to hold the flip of an incident open for hours; beyond that it has paged all along.
  const windowMinutes = 360;
  return [...originRegionMap(config)].map(([origin, region]) => ({
    name: `aad-incident-open-past-rto-${region}-${origin.replace(/[^a-z0-9-]/g, "-")}`,
    signal: "incidents",
    displayName: `Incident in ${region} open past its ${budget} s RTO budget`,
    description: `Front Door marked ${origin} (${region}) unhealthy and the edge has not recovered for longer than the ${budget} s RTO budget.`,
    severity: 0,
    evaluationFrequencyMinutes: 5,
    windowSizeMinutes: windowMinutes,
    kql: openIncidentQuery(config, origin, windowMinutes),
    criteria: { timeAggregation: "Maximum", metricMeasureColumn: "elapsedSeconds", operator: "GreaterThan", threshold: budget, dimensions: [] },
    failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
    autoMitigate: true,
    rationale: "Sev0: users are failing and recovery is overdue. Every 5 min over 6 hours so a long incident keeps its flip in view; resolves once the edge recovers.",
  }));
}
