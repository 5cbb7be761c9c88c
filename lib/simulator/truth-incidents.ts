import { rpoReason, rtoReason, survivorReason } from "../format/incident-reasons";
import type { IncidentSnapshot, IncidentSurvivor, OriginFlip, ProbeBlindSpan, Status } from "../snapshot/types";
import type { BinSeries } from "./bins";
import { isoSec } from "./format";
import { lagSamples } from "./lag";
import { BIN_SECONDS, type Timeline } from "./model";
import { minuteTruth } from "./truth-regions";
import { incidentAnalyticsTruth } from "./truth-analytics";

const EVICTED_SHARE = 0.01;
const EVICTED_BINS = 60 / BIN_SECONDS;
const RECOVERED_RATIO = 0.01;
const RECOVERED_BINS = 120 / BIN_SECONDS;
const ORIGIN_BAD_RATIO = 0.05;
const BLIND_BINS = 300 / BIN_SECONDS;

export function originFlips(timeline: Timeline, from: number, to: number): OriginFlip[] {
  return timeline.flips
    .filter((f) => f.at >= from && f.at <= to)
    .map((f) => ({ origin: timeline.origins[f.origin].host, region: timeline.origins[f.origin].region.id, at: isoSec(f.at), to: f.to }));
}

/** SIGNALS 3.4, evaluated on the model's true per-bin counts and its own flips. */
export function incidents(timeline: Timeline, bins: BinSeries, from: number, to: number): IncidentSnapshot[] {
  const I = timeline.probeInterval;
  const out: IncidentSnapshot[] = [];
  const endBin = Math.floor(to / BIN_SECONDS);
  for (const flip of timeline.flips) {
    if (flip.to !== "unhealthy" || flip.at < from || flip.at > to) continue;
    const o = flip.origin;
    const region = timeline.origins[o].region.id;
    // First slot of the unbroken run of failed slots that led to the flip.
    let k = flip.at / I - 1;
    while (timeline.slotFailed(o, k - 1)) k--;
    let start = k * I;
    // First 10 s bin of the unbroken run, ending at the flip, with the origin's error ratio ≥ 0.05.
    let b = Math.ceil(flip.at / BIN_SECONDS) - 1;
    const bad = (bin: number) => (bins.originRatio(o, bin) ?? 0) >= ORIGIN_BAD_RATIO;
    if (bad(b)) {
      while (bad(b - 1)) b--;
      start = Math.min(start, b * BIN_SECONDS);
    }
    const startBin = Math.floor(start / BIN_SECONDS);
    let evictedAt: number | null = null;
    for (let e = startBin; e + EVICTED_BINS <= endBin; e++) {
      let ok = true;
      for (let j = e; j < e + EVICTED_BINS && ok; j++) ok = bins.originShare(o, j) < EVICTED_SHARE;
      if (ok) {
        evictedAt = e * BIN_SECONDS;
        break;
      }
    }
    let recoveredAt: number | null = null;
    let sawBad = false;
    for (let r = startBin; r + RECOVERED_BINS <= endBin; r++) {
      let clean = true;
      for (let j = r; j < r + RECOVERED_BINS && clean; j++) clean = bins.edgeRatio(j) < RECOVERED_RATIO;
      if (clean && sawBad) {
        recoveredAt = r * BIN_SECONDS;
        break;
      }
      if (bins.edgeRatio(r) >= RECOVERED_RATIO) sawBad = true;
    }
    if (recoveredAt === null && !sawBad && startBin + RECOVERED_BINS <= endBin) recoveredAt = start;
    let errorBins = 0;
    for (let j = startBin; j < (recoveredAt === null ? endBin : recoveredAt / BIN_SECONDS); j++) {
      if (bins.edgeRatio(j) >= RECOVERED_RATIO) errorBins++;
    }
    const rpoTiers = timeline.config.replication
      .map((pair, pi) => ({ pair, pi }))
      .filter(({ pair }) => pair.source === region)
      .map(({ pair, pi }) => {
        const samples = lagSamples(timeline, pi, (start - 3600) * 1000, start * 1000 + 1);
        const last = samples[samples.length - 1];
        const lag = last ? last.seconds : null;
        const status: Status = lag === null ? "no-data" : lag > pair.rpoBudgetSeconds ? "breach" : "ok";
        return { tier: pair.tier, source: pair.source, target: pair.target, lagSeconds: lag, budgetSeconds: pair.rpoBudgetSeconds, status };
      });
    const known = rpoTiers.filter((t) => t.lagSeconds !== null).map((t) => t.lagSeconds as number);
    const rpoSeconds = known.length > 0 ? Math.max(...known) : null;
    const until = recoveredAt ?? to;
    const drill = timeline.episodes.drillMarkers.some((m) => m.region === region && m.start <= until && m.end >= start);
    const rto = recoveredAt === null ? null : recoveredAt - start;
    const budget = timeline.config.budgets.rtoSeconds;
    const elapsed = rto ?? to - start;
    const rtoStatus: Status = elapsed > budget ? "breach" : rto === null ? "warn" : "ok";
    const knownTiers = rpoTiers.filter((t) => t.status !== "no-data");
    const rpoStatus: Status = knownTiers.length === 0 ? "no-data" : knownTiers.some((t) => t.status === "breach") ? "breach" : "ok";
    const survivor = survivorTruth(timeline, region, start, recoveredAt === null ? to : Math.min(to, recoveredAt + SURVIVOR_TAIL_SECONDS), to);
    const rank: Record<Status, number> = { "no-data": -1, ok: 0, warn: 1, breach: 2 };
    const measured = [rtoStatus, rpoStatus, survivor.status].filter((st) => st !== "no-data");
    const status: Status = measured.length === 0 ? "no-data" : measured.reduce((a, b) => (rank[b] > rank[a] ? b : a));
    const warnPercent = timeline.config.budgets.saturation.warnPercent;
    const displayName = (id: string) => timeline.config.regions.find((r) => r.id === id)?.displayName ?? id;
    const reasons = [
      rtoReason({ status: rtoStatus, open: rto === null, elapsedSeconds: elapsed, rtoBudgetSeconds: budget }),
      ...rpoTiers.map(rpoReason),
      survivorReason({ ...survivor, region: survivor.region && displayName(survivor.region), warnPercent, regionName: displayName }),
    ].filter((r): r is string => r !== null);
    const { consecutive429: _c, ...verdictFields } = survivor;
    const survivorFields = { ...verdictFields, stillCarrying: recoveredAt === null || to < recoveredAt + SURVIVOR_TAIL_SECONDS };
    out.push({
      region,
      kind: drill ? "drill" : "real",
      start: isoSec(start),
      evictedAt: evictedAt === null ? null : isoSec(evictedAt),
      recoveredAt: recoveredAt === null ? null : isoSec(recoveredAt),
      rtoSeconds: rto,
      elapsedSeconds: elapsed,
      errorWindowSeconds: errorBins * BIN_SECONDS,
      rpoSeconds,
      rpoTiers,
      rtoBudgetSeconds: budget,
      rtoStatus,
      rpoStatus,
      survivor: survivorFields,
      status,
      reasons,
      ...incidentAnalyticsTruth(timeline, bins, o, start, flip.at, to),
    });
  }
  return out;
}

const SURVIVOR_TAIL_SECONDS = 600;

/**
 * SIGNALS 3.4 survivor from the model's own per-minute CPU and Cosmos consumption: the regions other
 * than `failed`, whole minutes from the start's minute until `until` (at most `to`).
 */
function survivorTruth(timeline: Timeline, failed: string, start: number, until: number, to: number): IncidentSurvivor & { consecutive429: boolean } {
  const config = timeline.config;
  const first = Math.floor(start / 60);
  // Whole minutes up to `until`, and only minutes complete by `to` (the running minute is not known yet).
  const end = Math.min(Math.ceil(until / 60), Math.floor(to / 60));
  let peak: number | null = null;
  let peakRegion: string | null = null;
  let throttledTotal = 0;
  let consecutive = false;
  // Only the regions that stayed up survive: an origin of another region that Front Door held
  // unhealthy at the start, or flipped unhealthy before `until`, failed too.
  const downToo = config.regions
    .filter((r) => r.id !== failed)
    .filter((r) =>
      timeline.origins.some((o) => o.region.id === r.id && (!timeline.healthyAt(o.index, start) || timeline.flips.some((f) => f.origin === o.index && f.to === "unhealthy" && f.at > start && f.at < until))),
    )
    .map((r) => r.id);
  const down = downToo.length > 0 ? { downToo } : {};
  if (downToo.length === config.regions.length - 1) {
    return { peakPercent: null, region: null, throttled429: null, ranOut: null, ...down, status: "breach", consecutive429: false };
  }
  config.regions.forEach((r, ri) => {
    if (r.id === failed || downToo.includes(r.id)) return;
    let run = 0;
    for (let m = first; m < end; m++) {
      const { throttled, util: u, hasData } = minuteTruth(timeline, ri, m);
      throttledTotal += throttled;
      run = throttled > 0 ? run + 1 : 0;
      if (run >= 3) consecutive = true;
      const util = hasData ? u : null;
      if (util !== null && (peak === null || util > peak)) {
        peak = util;
        peakRegion = r.id;
      }
    }
  });
  const ranOut = (peak ?? 0) > 100 || consecutive;
  const status: Status = peak === null ? "no-data" : ranOut ? "breach" : peak > config.budgets.saturation.warnPercent ? "warn" : "ok";
  const survivorIds = config.regions.filter((r) => r.id !== failed && !downToo.includes(r.id)).map((r) => r.id);
  const carried = survivorIds.length > 1 ? { carriedBy: survivorIds } : {};
  return { peakPercent: peak, region: peakRegion, throttled429: throttledTotal, ranOut: peak === null ? null : ranOut, ...down, ...carried, status, consecutive429: consecutive };
}

/**
 * SIGNALS 3.3 probe blindness: healthy by probes while the origin's error ratio ≥ 0.05 for 5 min or more.
 * `everyOrigin`: the latest run of 5 min or more of bins in which every origin (two or more) was blind at
 * once that the span overlaps, found from the same bins (a Front Door failure charges every origin).
 */
export function probeBlindSpans(timeline: Timeline, bins: BinSeries, from: number, to: number): ProbeBlindSpan[] {
  const out: Omit<ProbeBlindSpan, "everyOrigin">[] = [];
  const first = Math.ceil(from / BIN_SECONDS);
  const last = Math.floor(to / BIN_SECONDS);
  const blindAt = (index: number, b: number) => {
    const ratio = bins.originRatio(index, b);
    return ratio !== null && ratio >= ORIGIN_BAD_RATIO && timeline.healthyAt(index, b * BIN_SECONDS);
  };
  for (const origin of timeline.origins) {
    let runStart: number | null = null;
    const close = (endBin: number) => {
      if (runStart !== null && endBin - runStart >= BLIND_BINS) {
        out.push({ origin: origin.host, region: origin.region.id, from: isoSec(runStart * BIN_SECONDS), to: isoSec(endBin * BIN_SECONDS) });
      }
      runStart = null;
    };
    for (let b = first; b < last; b++) {
      const blind = blindAt(origin.index, b);
      if (blind && runStart === null) runStart = b;
      if (!blind) close(b);
    }
    close(last);
  }
  const common: { from: string; to: string }[] = [];
  if (timeline.origins.length >= 2) {
    let runStart: number | null = null;
    const close = (endBin: number) => {
      if (runStart !== null && endBin - runStart >= BLIND_BINS) common.push({ from: isoSec(runStart * BIN_SECONDS), to: isoSec(endBin * BIN_SECONDS) });
      runStart = null;
    };
    for (let b = first; b < last; b++) {
      const all = timeline.origins.every((o) => blindAt(o.index, b));
      if (all && runStart === null) runStart = b;
      if (!all) close(b);
    }
    close(last);
  }
  return out.map((s) => ({ ...s, everyOrigin: common.filter((c) => c.from < s.to && c.to > s.from).at(-1) ?? null }));
}
