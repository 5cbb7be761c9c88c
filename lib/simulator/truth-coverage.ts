import { cannotServeCaveat, failingCaveat, ORIGIN_UNHEALTHY_REASON, originNoDataReason, unverifiedCaveat } from "../format/reasons";
import type { RegionSnapshot, SurvivorFailure } from "../snapshot/types";
import { FEEDS } from "../telemetry/contract";
import type { Timeline } from "./model";
import { failedProbesOfSlot } from "./rows-frontdoor";
import type { Span } from "./scenarios";
import { SILENT_AFTER_SECONDS } from "./truth-outside-in";

/**
 * Coverage truths: what the simulated workspace lets the dashboard know, as opposed to what the
 * model did (the signal truths). Front Door logs failed probes only, so "healthy" is a fact only while
 * its logs flow and its probe log reaches the workspace at all; a survivor projection rests on that.
 */

const PROBE_LOG_LOOKBACK_DAYS = FEEDS.frontDoorProbes.withinHours / 24;

/**
 * Whether the simulated workspace holds a failed-probe row in the probe-log look-back before `to`
 * (data starts at `from`): without one, origin health cannot tell healthy from "probe log not
 * exported" (docs/signals.md). Newest slots first: a row is usually near.
 */
export function probeLogSeen(timeline: Timeline, from: number, to: number): boolean {
  const fromMs = Math.max(from, to - FEEDS.frontDoorProbes.withinHours * 3600) * 1000;
  const toMs = to * 1000;
  const I = timeline.probeInterval;
  for (let k = Math.floor(to / I); (k + 1) * I * 1000 > fromMs; k--) {
    for (const origin of timeline.origins) {
      if (failedProbesOfSlot(timeline, origin.index, k).some((r) => r.ts >= fromMs && r.ts < toMs)) return true;
    }
  }
  return false;
}

/** What the workspace holds of Front Door's logs at `to` (data from `from`). */
export interface FrontDoorCoverage {
  /** The log-export gap `to` falls in, once it has lasted longer than the silence limit. */
  gap: Span | undefined;
  /** Days of the probe-log look-back without a probe row; null when one was found. */
  probeLogUnseenDays: number | null;
}

export function frontDoorCoverage(timeline: Timeline, from: number, to: number): FrontDoorCoverage {
  // The log export stopped for longer than the silence limit (rows-frontdoor writes none inside a gap).
  const gap = timeline.episodes.logExportGaps.find((g) => to - 1 >= g.start && to - 1 < g.end && to - g.start > SILENT_AFTER_SECONDS);
  return { gap, probeLogUnseenDays: probeLogSeen(timeline, from, to) ? null : PROBE_LOG_LOOKBACK_DAYS };
}

/** A region's origin health as the dashboard can know it, from the model's truth (`healthy`) at `to`. */
export function originTruth(healthy: boolean, coverage: FrontDoorCoverage, to: number): Pick<RegionSnapshot, "originHealthy" | "originStatus" | "originReason"> {
  const { gap, probeLogUnseenDays } = coverage;
  // Healthy is only known while Front Door's logs flow (it logs failed probes only); unhealthy rests on recent failures.
  // So is it only while the probe log reaches the workspace at all (a probe row in the look-back).
  const originHealthy = healthy && (gap !== undefined || probeLogUnseenDays !== null) ? null : healthy;
  return {
    originHealthy,
    originStatus: originHealthy === null ? "no-data" : originHealthy ? "ok" : "breach",
    originReason:
      originHealthy === null
        ? gap
          ? originNoDataReason({ streamSilent: true, newestMs: gap.start * 1000, asOfMs: to * 1000, queriesFailed: false })
          : originNoDataReason({ streamSilent: false, newestMs: null, asOfMs: to * 1000, queriesFailed: false, probeLogUnseenDays })
        : originHealthy === false
          ? ORIGIN_UNHEALTHY_REASON
          : null,
  };
}

/**
 * What a region's survivor projection rests on, given its origin health as the dashboard knows it and
 * what makes it fail its own requests now (`failing`, from the model's 429s and probe-blind spans).
 */
export function survivorTruth(
  projected: number,
  originHealthy: boolean | null,
  displayName: string,
  failing: readonly SurvivorFailure[],
): Pick<RegionSnapshot, "survivorStatus" | "survivorCaveat" | "survivorBasis"> {
  // An unhealthy origin cannot serve whatever its load, nor carries it one that fails its own
  // requests (WARN, as a projection over 100 %); not OK while its health is unknown: "it could carry
  // the load" assumes it serves.
  if (originHealthy === false) return { survivorStatus: "warn", survivorCaveat: cannotServeCaveat(displayName), survivorBasis: "cannot-serve" };
  if (failing.length > 0) return { survivorStatus: "warn", survivorCaveat: failingCaveat(displayName, failing), survivorBasis: "failing" };
  return {
    survivorStatus: projected > 100 ? "warn" : originHealthy === null ? "no-data" : "ok",
    survivorCaveat: originHealthy === null ? unverifiedCaveat(displayName) : null,
    survivorBasis: originHealthy === null ? "unverified" : "measured",
  };
}
