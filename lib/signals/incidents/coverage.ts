import { failoverNoDataReason } from "@/lib/format/reasons";
import type { Status } from "@/lib/snapshot/types";
import type { OriginHealthAnalysis } from "../origin-health/analyze";
import { frontDoorStream } from "../origin-health/freshness";
import { headlineStatus } from "../runtime/status";

/**
 * The incidents signal's status and why. Failovers are detected from Front Door origin-health flips,
 * and Front Door logs only failed probes: while its log stream is silent (origin health's own rule,
 * frontDoorStream) a failover would leave no row, so "no current incident" is not a fact and the
 * status is NO DATA; so too while access logs flow but no probe row has reached the workspace in the
 * probe-log look-back (the category may not be exported). A known breach stays visible (headline),
 * and past incidents keep their own.
 */
export function incidentsStatus(
  analysis: Pick<OriginHealthAnalysis, "ok" | "origins" | "recentEdgeRequests" | "probeLogSeen">,
  asOfMs: number,
  current: readonly { status: Status }[],
): { status: Status; reason: string | null } {
  const stream = frontDoorStream(analysis, asOfMs);
  const noData = !analysis.ok || analysis.origins.every((o) => o.requests === 0 && o.timeline.failedSlotStarts.length === 0);
  // A probe log that never reaches the workspace hides flips as surely as a silent stream.
  const probeBlind = !noData && !stream.silent && stream.probeLogUnseenDays !== null;
  const blind = noData || stream.silent || probeBlind;
  const statuses = current.map((i) => i.status);
  const status = blind ? headlineStatus([...statuses, "no-data"]) : statuses.length === 0 ? "ok" : headlineStatus(statuses);
  return {
    status,
    reason:
      status === "no-data"
        ? failoverNoDataReason({ newestMs: stream.newestMs, asOfMs, queriesFailed: !analysis.ok, probeLogUnseenDays: probeBlind ? stream.probeLogUnseenDays : null })
        : null,
  };
}
