import { BURN_ALERT_RULES } from "../snapshot/burn-rules";
import type { BurnWindow, IncidentAnalytics, IncidentSnapshot, Status } from "../snapshot/types";
import type { BinSeries } from "./bins";
import { isoSec } from "./format";
import { BIN_SECONDS, type Timeline } from "./model";

const WINDOW_SECONDS: Record<BurnWindow, number> = { "5m": 300, "30m": 1800, "1h": 3600, "6h": 21600, "3d": 259200 };
const PRE_INCIDENT_SECONDS = 300;
const FAILBACK_TOLERANCE = 0.1;
const FAILBACK_HOLD_BINS = 60 / BIN_SECONDS;
const FAILBACK_SEARCH_SECONDS = 1800;

/** Sums of true counts over bins [a, b), inside or outside the series. */
function sums(timeline: Timeline, bins: BinSeries, a: number, b: number) {
  let total = 0;
  let bad = 0;
  for (let i = a; i < b; i++) {
    if (bins.has(i)) {
      const j = i - bins.first;
      total += bins.total[j] - bins.clientClosed[j];
      bad += bins.bad[j];
    } else {
      const s = timeline.binState(i);
      total += s.total - s.clientClosed;
      bad += s.bad;
    }
  }
  return { total, bad };
}

/**
 * Time to detect and failback from the model: detection is the earlier of the flip and the first bin
 * end at which any page burn-rate rule (every one, 6h & 30m included) holds on the true counts;
 * failback from the flip back to healthy to the first bin whose true share stays within 10 % of the
 * share in the 5 min before the start for 60 s.
 */
export function incidentAnalyticsTruth(timeline: Timeline, bins: BinSeries, o: number, start: number, flipAt: number, to: number) {
  const budget = 1 - timeline.config.budgets.availability.target;
  const pages = BURN_ALERT_RULES.filter((r) => r.severity === "page");
  let burn: number | null = null;
  for (let end = start + BIN_SECONDS; end <= flipAt && burn === null; end += BIN_SECONDS) {
    const endBin = end / BIN_SECONDS;
    const ratio = (w: BurnWindow) => {
      const s = sums(timeline, bins, endBin - WINDOW_SECONDS[w] / BIN_SECONDS, endBin);
      return s.total > 0 ? s.bad / s.total : 0;
    };
    if (pages.some((r) => ratio(r.long) > r.factor * budget && ratio(r.short) > r.factor * budget)) burn = end;
  }
  const detected = burn !== null && burn < flipAt ? burn : flipAt;
  const readmit = timeline.flips.find((f) => f.origin === o && f.to === "healthy" && f.at > flipAt)?.at ?? null;
  let failback: number | null = null;
  if (readmit !== null && readmit <= to) {
    let edge = 0;
    let mine = 0;
    for (let b = (start - PRE_INCIDENT_SECONDS) / BIN_SECONDS; b < start / BIN_SECONDS; b++) {
      const s = timeline.binState(b);
      edge += s.total;
      mine += s.origins[o].requests;
    }
    const pre = mine / edge;
    const until = Math.min(to, readmit + FAILBACK_SEARCH_SECONDS);
    const near = (b: number) => Math.abs(bins.originShare(o, b) - pre) <= FAILBACK_TOLERANCE * pre;
    for (let b = Math.floor(readmit / BIN_SECONDS); (b + FAILBACK_HOLD_BINS) * BIN_SECONDS <= until && failback === null; b++) {
      let held = true;
      for (let j = b; j < b + FAILBACK_HOLD_BINS && held; j++) held = near(j);
      if (held) failback = Math.max(b * BIN_SECONDS, readmit);
    }
  }
  return {
    detectedAt: isoSec(detected),
    detectedBy: burn !== null && burn < flipAt ? ("burn-alert" as const) : ("flip" as const),
    timeToDetectSeconds: detected - start,
    readmittedAt: readmit === null || readmit > to ? null : isoSec(readmit),
    failbackAt: failback === null ? null : isoSec(failback),
    failbackSeconds: failback === null || readmit === null ? null : failback - readmit,
  };
}

/** Per region: real incidents started in the range, range ÷ count, and days since the last drill's end marker. */
export function regionAnalyticsTruth(timeline: Timeline, incidents: readonly IncidentSnapshot[], from: number, to: number): IncidentAnalytics {
  const maxAge = timeline.config.budgets.drillMaxAgeDays;
  return {
    drillMaxAgeDays: maxAge,
    regions: timeline.config.regions.map((r) => {
      const n = incidents.filter((i) => i.region === r.id && i.kind === "real" && Date.parse(i.start) >= from * 1000).length;
      const ends = timeline.episodes.drillMarkers.filter((m) => m.region === r.id && m.end <= to && m.end >= to - maxAge * 2 * 86400).map((m) => m.end);
      const last = ends.length > 0 ? Math.max(...ends) : null;
      const days = last === null ? null : (to - last) / 86400;
      // The simulator writes AppEvents only for drill markers: without any, the table is absent and no drill is observable.
      const observable = timeline.episodes.drillMarkers.length > 0;
      const status: Status = !observable ? "no-data" : days === null || days > maxAge ? "warn" : "ok";
      const base = { region: r.id, realIncidents: n, mtbiSeconds: n > 0 ? (to - from) / n : null, testedStatus: status, reason: null };
      return observable ? { ...base, lastDrillAt: last === null ? null : isoSec(last), lastTestedDays: days, drillsObservable: true } : { ...base, lastDrillAt: null, lastTestedDays: null, drillsObservable: false };
    }),
  };
}
