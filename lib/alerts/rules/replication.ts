import type { DashboardConfig } from "@/lib/config/schema";
import { LAG_STALE_MS } from "@/lib/signals/replication-lag/evaluate";
import { lagQuery } from "@/lib/signals/replication-lag/query";
import type { AlertRule } from "../types";

/**
 * SIGNALS 3.1 per pair and direction: breach when the newest lag sample is over the pair's RPO
 * budget. The window is the signal's staleness limit (10 min): a pair with no sample in it is
 * no-data on the wall and silent here (data-loss alerts belong to the doctor, not the pager).
 */
export function replicationRules(config: DashboardConfig): AlertRule[] {
  return config.replication.map((pair) => ({
    name: `aad-replication-lag-${pair.tier}-${pair.source}-${pair.target}`,
    signal: "replication",
    displayName: `Replication lag ${pair.tier} ${pair.source} → ${pair.target} over its ${pair.rpoBudgetSeconds} s RPO budget`,
    description: `The newest ${pair.tier} lag sample from ${pair.source} to ${pair.target} is over the ${pair.rpoBudgetSeconds} s RPO budget: a failover now would lose more than the budget.`,
    severity: 1,
    evaluationFrequencyMinutes: 5,
    windowSizeMinutes: LAG_STALE_MS / 60_000,
    kql: `${lagQuery(config, pair)}\n| top 1 by TimeGenerated desc\n| project TimeGenerated, lagSeconds`,
    criteria: { timeAggregation: "Maximum", metricMeasureColumn: "lagSeconds", operator: "GreaterThan", threshold: pair.rpoBudgetSeconds, dimensions: [] },
    failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
    autoMitigate: true,
    rationale: "Sev1: data at risk now. Every 5 min over the last 10 min (the wall's staleness limit); one failing period, as the wall turns red on the newest sample; resolves itself when lag is back under budget.",
  }));
}
