import { SILENT_AFTER_MS } from "../runtime/windows";
import { PROBE_LOG_LOOKBACK_MS, type OriginHealthAnalysis } from "./analyze";

/**
 * Is the Front Door log stream flowing at asOf? Front Door logs only FAILED probes, so an origin is
 * "healthy" by the probe rule whenever no failure row arrived, which is also what a stopped log
 * export looks like. A healthy verdict therefore needs proof the stream is alive: a row of a
 * configured origin (access log or failed probe) within SILENT_AFTER_MS of asOf, or any edge request
 * (cache hits included) in the last 5 minutes. An unhealthy verdict needs no such proof: it rests on
 * failed-probe rows in the last `sampleSize` slots, which are themselves recent rows. And healthy
 * needs proof the probe log reaches the workspace at all: a probe row within PROBE_LOG_LOOKBACK_MS.
 */
export interface FrontDoorStream {
  /** Newest access or failed-probe row of a configured origin in the window; null when none. */
  newestMs: number | null;
  silent: boolean;
  /**
   * Days of the probe-log look-back when it found no probe row (null when one was found). The same
   * trap one level up: with the FrontDoorHealthProbeLog category not exported, access logs flow and
   * no failed probe ever arrives, so a healthy verdict would rest on a log that is not there.
   */
  probeLogUnseenDays: number | null;
}

export function frontDoorStream(analysis: Pick<OriginHealthAnalysis, "origins" | "recentEdgeRequests" | "probeLogSeen">, asOfMs: number): FrontDoorStream {
  const newestMs = analysis.origins.reduce<number | null>((max, o) => (o.newestMs !== null && (max === null || o.newestMs > max) ? o.newestMs : max), null);
  const recentRow = newestMs !== null && asOfMs - newestMs <= SILENT_AFTER_MS;
  return {
    newestMs,
    silent: !recentRow && analysis.recentEdgeRequests === 0,
    probeLogUnseenDays: analysis.probeLogSeen ? null : Math.round(PROBE_LOG_LOOKBACK_MS / 86_400_000),
  };
}
