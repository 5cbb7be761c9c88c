import type { DashboardConfig } from "@/lib/config/schema";
import { ORIGIN_UNHEALTHY_REASON, originNoDataReason, originRangeReason } from "@/lib/format/reasons";
import type { RangeWorst, Status } from "@/lib/snapshot/types";
import type { QueryWindow } from "@/lib/workspace/types";
import type { OriginAnalysis, OriginHealthAnalysis } from "./analyze";
import { frontDoorStream, type FrontDoorStream } from "./freshness";

export interface OriginState {
  origin: string;
  region: string;
  /**
   * State at asOf by the probe rule; null when it is unknown: no data at all (no traffic, no failed
   * probe), or healthy only for want of failed-probe rows while the Front Door log stream is silent.
   */
  healthy: boolean | null;
  knownPops: number;
  requests: number;
}

export interface RegionOriginHealth {
  id: string;
  /** All of the region's origins healthy at asOf; null when none of them has a known state. */
  originHealthy: boolean | null;
  /** originHealthy graded: ok, breach (an origin unhealthy) or no-data; warn while probe-blind (blind-grade.ts). */
  originStatus: Status;
  /** Why originStatus is not ok, in words (the silent source and since when, for no-data). */
  originReason: string | null;
  /** Share of edge requests (499 excluded) served by the region's origins over the last 5 minutes. */
  trafficShareRatio: number | null;
  /** breach when an origin of the region was unhealthy at any time in the range, with how long; else warn when probe-blind. */
  rangeWorst: RangeWorst;
  /**
   * Probe-blind now (blind-grade.ts): a span reaching the last bin before asOf, its requests failing
   * while Front Door's probes pass it. Not the hour-long WARN: a brownout over 20 min ago is not failing
   * now; nor a stretch every origin shares (Front Door failing in front of them, blind-grade.ts ownFailureNow).
   */
  probeBlindNow: boolean;
}

function hasData(o: OriginAnalysis): boolean {
  return o.requests > 0 || o.timeline.failedSlotStarts.length > 0;
}

export function originState(o: OriginAnalysis, stream: FrontDoorStream): OriginState {
  const unhealthy = o.timeline.stateAtEnd !== "healthy";
  return {
    origin: o.origin,
    region: o.region,
    // Unhealthy rests on recent failed-probe rows; healthy on their absence, which a silent stream, or
    // a probe log that never reaches the workspace, also produces.
    healthy: !hasData(o) ? null : unhealthy ? false : stream.silent || stream.probeLogUnseenDays !== null ? null : true,
    knownPops: o.knownPops,
    requests: o.requests,
  };
}

/** Time in [from, to] during which any of the origins was unhealthy (overlaps counted once). */
function unhealthySeconds(origins: readonly OriginAnalysis[], range: QueryWindow): number {
  const from = range.from.getTime();
  const to = range.to.getTime();
  const spans = origins
    .flatMap((o) => o.timeline.unhealthy)
    .map((u) => [Math.max(from, u.fromMs), Math.min(to, u.toMs ?? to)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total / 1000;
}

/** Per region: origin health at asOf (range.to), with its status and reason, and traffic share over the last 5 minutes. */
export function originHealthByRegion(config: DashboardConfig, analysis: OriginHealthAnalysis, range: QueryWindow): RegionOriginHealth[] {
  const asOfMs = range.to.getTime();
  const stream = frontDoorStream(analysis, asOfMs);
  return config.regions.map((region) => {
    const analysed = analysis.origins.filter((o) => o.region === region.id);
    const known = analysed.map((o) => originState(o, stream)).filter((o) => o.healthy !== null);
    const served = region.frontDoorOrigins.reduce((sum, host) => sum + (analysis.recentRequestsByOrigin.get(host.toLowerCase()) ?? 0), 0);
    const originHealthy = !analysis.ok || known.length === 0 ? null : known.every((o) => o.healthy);
    const originStatus: Status = originHealthy === null ? "no-data" : originHealthy ? "ok" : "breach";
    const down = analysis.ok ? unhealthySeconds(analysed, range) : 0;
    // An unhealthy spell earlier in the range stays a breach even when the present is unknown.
    const worst: Status = down > 0 ? "breach" : originHealthy === null ? "no-data" : "ok";
    return {
      id: region.id,
      originHealthy,
      originStatus,
      originReason:
        originStatus === "no-data"
          ? originNoDataReason({ streamSilent: stream.silent, newestMs: stream.newestMs, asOfMs, queriesFailed: !analysis.ok, probeLogUnseenDays: stream.probeLogUnseenDays })
          : originStatus === "breach"
            ? ORIGIN_UNHEALTHY_REASON
            : null,
      trafficShareRatio: analysis.recentEdgeRequests > 0 ? served / analysis.recentEdgeRequests : null,
      rangeWorst: { status: worst, overBudgetSeconds: worst === "no-data" ? null : down, reason: worst === "breach" ? originRangeReason(down) : null },
      probeBlindNow: false,
    };
  });
}
