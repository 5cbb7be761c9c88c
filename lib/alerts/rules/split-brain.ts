import type { DashboardConfig } from "@/lib/config/schema";
import { kql } from "@/lib/kql/literal";
import { RACE_BREACH_LOOKBACK_MS } from "@/lib/signals/split-brain/evaluate";
import { configuredWrites } from "@/lib/signals/split-brain/query";
import type { AlertRule } from "../types";

/**
 * SIGNALS 3.6: writes to one entity from two regions within the race window of each other, compared
 * pairwise (never by clock second). A chain of writes holds two regions exactly when two of its
 * consecutive writes are from different regions, so this pairwise test finds the races findRaces does.
 */
export function splitBrainRules(config: DashboardConfig): AlertRule[] {
  const windowMs = config.budgets.splitBrainRaceWindowMs;
  return [
    {
      name: "aad-split-brain-race",
      signal: "splitBrain",
      displayName: "Split-brain: one entity written from two regions at once",
      description: `An entity was written from two regions within ${windowMs} ms of each other in the last hour: one of the writes may be silently lost.`,
      severity: 1,
      evaluationFrequencyMinutes: 5,
      windowSizeMinutes: RACE_BREACH_LOOKBACK_MS / 60_000,
      // As the signal's own query: only entities written from two regions reach the pairwise join.
      kql: `let writes = ${configuredWrites(config)};
let multiRegion = writes
| summarize firstRegion = min(region), lastRegion = max(region) by entityId
| where firstRegion != lastRegion
| project entityId;
let candidates = writes
| where entityId in (multiRegion);
candidates
| join kind=inner (candidates | project otherTime = TimeGenerated, entityId, otherRegion = region) on entityId
${kql`| where region != otherRegion and abs(datetime_diff("millisecond", TimeGenerated, otherTime)) <= ${windowMs}`}
| summarize races = dcount(entityId)`,
      criteria: { timeAggregation: "Maximum", metricMeasureColumn: "races", operator: "GreaterThan", threshold: 0, dimensions: [] },
      failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
      autoMitigate: true,
      rationale: "Sev1: data integrity. Every 5 min over the last hour, as the wall's breach (any race in the last hour); resolves an hour after the last race.",
    },
  ];
}
