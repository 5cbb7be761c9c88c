import type { DashboardConfig } from "@/lib/config/schema";
import { kql, Timespan } from "@/lib/kql/literal";
import { FLAPPING_MIN_FLIPS, FLAPPING_WINDOW_MS } from "@/lib/signals/origin-health/timeline";
import type { AlertRule } from "../types";
import { originStateQuery } from "./origin-state";

/** The wall warns on flapping that ended within the last hour (originHealthStatus). */
const FLAPPING_RECENT_MS = 60 * 60_000;

/**
 * SIGNALS 3.3 flapping: an origin with FLAPPING_MIN_FLIPS or more flips within 30 minutes, the last of
 * them within the hour (as the wall's warning). Per flip, the flips in the 30 minutes up to it: a
 * group of ≥ 3 ends at a flip that has ≥ 3 in that window.
 */
export function flappingQuery(config: DashboardConfig, windowMinutes: number): string {
  return `${originStateQuery(config, windowMinutes)}
let flips = originState
| where flip == 1
| project origin, flipAt = slotEnd;
flips
| join kind=inner (flips | project origin, earlier = flipAt) on origin
${kql`| where earlier <= flipAt and earlier >= flipAt - ${new Timespan(FLAPPING_WINDOW_MS)}`}
| summarize flipsIn30m = count() by origin, flipAt
${kql`| where flipAt >= now() - ${new Timespan(FLAPPING_RECENT_MS)}`}
| summarize flipsIn30m = max(flipsIn30m) by origin`;
}

export function originHealthRules(config: DashboardConfig): AlertRule[] {
  // The last hour, the 30 minutes of flips before it, and a sample of slots so the state is right at the start.
  const windowMinutes = 120;
  return [
    {
      name: "aad-origin-flapping",
      signal: "originHealth",
      displayName: `Origin flapping: ${FLAPPING_MIN_FLIPS} or more health flips within 30 minutes`,
      description: `Front Door's probes flipped an origin between healthy and unhealthy ${FLAPPING_MIN_FLIPS} or more times within 30 minutes: traffic is bouncing between regions.`,
      severity: 2,
      evaluationFrequencyMinutes: 5,
      windowSizeMinutes: windowMinutes,
      kql: flappingQuery(config, windowMinutes),
      criteria: { timeAggregation: "Maximum", metricMeasureColumn: "flipsIn30m", operator: "GreaterThanOrEqual", threshold: FLAPPING_MIN_FLIPS, dimensions: ["origin"] },
      failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
      autoMitigate: true,
      rationale: "Sev2: users see errors at each flip but the service is up. Every 5 min over 2 hours (the wall's hour, 30 min of flips before it, and history for the probe sample); one alert per origin, resolved an hour after the flapping stops, as the wall's warning.",
    },
  ];
}
