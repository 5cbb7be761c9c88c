import type { DashboardConfig } from "@/lib/config/schema";
import { probeLogSeenQuery, trafficShareQuery } from "@/lib/signals/origin-health/query";
import type { AlertRule } from "../types";
import { MAX_QUERY_RANGE_MINUTES } from "./availability";

/**
 * The condition that makes origin health NO DATA while Front Door's access log flows: no probe row of a
 * configured origin reaches the workspace (origin-health freshness, `probeLogUnseenDays`). Front Door
 * logs failed probes only, so with the FrontDoorHealthProbeLog category not exported an origin going
 * unhealthy leaves no row, and no page would ever fire for it. Built on the signal's own queries: its
 * probe-log look-back and its traffic-share count. One row (`accessRows`, `probeRows`) when the access
 * log holds requests and the probe log none; no row otherwise.
 */
export function probeLogMissingQuery(config: DashboardConfig): string {
  return `let probeRows = toscalar(${probeLogSeenQuery(config)}
| project rows);
${trafficShareQuery()}
| summarize accessRows = sum(requests)
| extend probeRows = coalesce(probeRows, 0)
| where accessRows > 0 and probeRows == 0`;
}

export function probeLogRules(config: DashboardConfig): AlertRule[] {
  return [
    {
      name: "aad-origin-probe-log-missing",
      signal: "originHealth",
      displayName: "Front Door probe log missing: origin health cannot be seen",
      description:
        "Front Door's access log reaches the workspace but its health probe log does not (FrontDoorHealthProbeLog not exported by the diagnostic setting, or no probe failed): an origin going unhealthy would not be seen, so the wall shows origin health NO DATA and no flip or incident rule can fire.",
      severity: 3,
      evaluationFrequencyMinutes: 60,
      windowSizeMinutes: 60,
      // The wall looks back 7 days for a probe row; Azure caps a log alert's query range at 2 days.
      queryTimeRangeMinutes: MAX_QUERY_RANGE_MINUTES,
      kql: probeLogMissingQuery(config),
      criteria: { timeAggregation: "Count", operator: "GreaterThan", threshold: 0, dimensions: [] },
      failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
      autoMitigate: true,
      rationale:
        "Sev3 ticket: nothing is failing for users, but every origin-health page is blind until the diagnostic setting sends FrontDoorHealthProbeLog. Hourly over the last 2 days (Azure's longest query range; the wall waits 7 days, so this ticket can come first, and in a deployment where no probe failed for 2 days it asks to check the setting); resolves when a probe row arrives.",
    },
  ];
}
