import type { DashboardConfig } from "@/lib/config/schema";
import { DEPTH_STALE_MS } from "@/lib/signals/conflicts/evaluate";
import { conflictDepthQuery } from "@/lib/signals/conflicts/query";
import type { AlertRule } from "../types";

/**
 * SIGNALS 3.2's threshold half: the newest depth of a region's conflict feed at or over the
 * configured threshold, one alert per region and container. (Its other half, "growing for 30 min",
 * needs a least-squares slope the wall computes in TypeScript; it stays on the wall.)
 */
export function conflictRules(config: DashboardConfig): AlertRule[] {
  const threshold = config.budgets.conflictDepthThreshold;
  return [
    {
      name: "aad-conflicts-depth-over-threshold",
      signal: "conflicts",
      displayName: `Conflict feed depth at or over ${threshold}`,
      description: `A region's Cosmos conflict feed holds ${threshold} or more unresolved conflicts: writes are being lost to last-writer-wins until someone drains it.`,
      severity: 2,
      evaluationFrequencyMinutes: 5,
      windowSizeMinutes: DEPTH_STALE_MS / 60_000,
      kql: `${conflictDepthQuery(config)}\n| summarize arg_max(TimeGenerated, depth) by region, container\n| project region, container, depth`,
      criteria: { timeAggregation: "Maximum", metricMeasureColumn: "depth", operator: "GreaterThanOrEqual", threshold, dimensions: ["region", "container"] },
      failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
      autoMitigate: true,
      rationale: "Sev2: integrity at risk but no outage. Every 5 min over the signal's 10 min staleness limit, split per region and container so each feed alerts and resolves on its own.",
    },
  ];
}
