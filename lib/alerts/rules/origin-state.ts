import type { DashboardConfig } from "@/lib/config/schema";
import { kql, Timespan } from "@/lib/kql/literal";
import { failedProbeSlotsQuery, originPopsQuery } from "@/lib/signals/origin-health/query";

/**
 * Front Door's health rule (SIGNALS 3.3) in KQL, for the rules that need an origin's state over
 * time: one row per origin and probe slot of the last `windowMinutes`, with `failed` (the slot is
 * failed by the half-of-known-POPs rule, as isSlotFailed), `unhealthy` (failed slots among the last
 * sampleSize exceed sampleSize − successfulSamplesRequired, as isUnhealthy), `flip` (the state
 * changed at the end of this slot; slots before the window count as successful, as evaluateTimeline)
 * and `slotEnd`. Built on the origin-health signal's own failed-slot and known-POP queries.
 * Returned as `let` statements that define the tabular variable `originState`.
 */
export function originStateQuery(config: DashboardConfig, windowMinutes: number): string {
  const { probeIntervalSeconds, sampleSize, successfulSamplesRequired } = config.frontDoor;
  const interval = Timespan.seconds(probeIntervalSeconds);
  const window = new Timespan(windowMinutes * 60_000);
  // The failed slots of the last sampleSize, the current one included (prev() stays within one origin).
  const sample = ["failed", ...Array.from({ length: sampleSize - 1 }, (_, i) => kql`iff(prev(origin, ${i + 1}) == origin, prev(failed, ${i + 1}), 0)`)].join(" + ");
  return `let knownPops = ${originPopsQuery(config)}
| project origin, knownPops;
let originState = ${failedProbeSlotsQuery(config)}
| join kind=leftouter knownPops on origin
| extend failedSlot = iff(failures > 0 and (isnull(knownPops) or knownPops <= 0 or failedPops <= 0 or 2 * failedPops >= knownPops), 1, 0)
${kql`| make-series failed = max(failedSlot) default = 0 on slot from bin(now() - ${window}, ${interval}) to now() step ${interval} by origin`}
| mv-expand slot to typeof(datetime), failed to typeof(long)
| sort by origin asc, slot asc
| extend inSample = ${sample}
${kql`| extend unhealthy = iff(inSample > ${sampleSize - successfulSamplesRequired}, 1, 0), slotEnd = slot + ${interval}`}
| extend flip = iff(unhealthy != iff(prev(origin) == origin, prev(unhealthy), 0), 1, 0);`;
}
