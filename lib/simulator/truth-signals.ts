import type { AvailabilitySnapshot, BurnWindow, ConflictSnapshot, RangeWorst, ReplicationSnapshot, SplitBrainRace, Status } from "../snapshot/types";
import { availabilityCoverage } from "../snapshot/availability-coverage";
import { availabilityRangeReason, conflictRangeReason, conflictReason, lagRangeReason, lagReason, splitBrainRangeReason } from "../format/reasons";
import { BURN_ALERT_RULES, BURN_THRESHOLD } from "../snapshot/burn-rules";
import type { BinSeries } from "./bins";
import { isoMs, round } from "./format";
import { depthSamples, lagSamples } from "./lag";
import { BIN_SECONDS, type Timeline } from "./model";
import { CONFLICT_CONTAINER } from "./rows-app";

const PER_MIN = 60 / BIN_SECONDS;

/**
 * Signal truths (SIGNALS 3.1, 3.2, 3.6, 3.7) from the model's own numbers. The regions' truth (3.5 and
 * origin health) is in truth-regions.ts, what the workspace lets the dashboard know in truth-coverage.ts.
 */

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** SIGNALS 3.1 per configured pair over [from, to). */
/** `downRegions`: regions whose origin is UNHEALTHY at `to` (the regions truth's originHealthy false): their breaching pairs say the source is down. */
export function replicationTruth(timeline: Timeline, from: number, to: number, downRegions: readonly string[] = []): ReplicationSnapshot[] {
  return timeline.config.replication.map((pair, pi) => {
    const samples = lagSamples(timeline, pi, from * 1000, to * 1000);
    const base = { source: pair.source, target: pair.target, tier: pair.tier, budgetSeconds: pair.rpoBudgetSeconds };
    const name = (id: string) => timeline.config.regions.find((r) => r.id === id)?.displayName ?? id;
    const silent = [pair.source, pair.target].find((id) => downRegions.includes(id));
    const silentReason = silent === undefined ? null : lagReason({ status: "no-data", source: name(pair.source), target: name(pair.target), nowSeconds: null, recentMaxSeconds: null, budgetSeconds: pair.rpoBudgetSeconds, silentWhileDown: name(silent) });
    if (samples.length === 0) return { ...base, lagSecondsNow: null, lagSecondsP99: null, lagSecondsMax: null, status: "no-data" as Status, reason: silentReason, rangeWorst: { status: "no-data" as Status, overBudgetSeconds: null, reason: null } };
    const values = samples.map((s) => s.seconds);
    const latest = samples[samples.length - 1];
    const recent = samples.filter((s) => s.atMs >= (to - 900) * 1000).map((s) => s.seconds);
    let status: Status = "ok";
    if (latest.atMs < (to - 600) * 1000) status = "no-data";
    else if (latest.seconds > pair.rpoBudgetSeconds) status = "breach";
    else if (recent.length > 0 && Math.max(...recent) > 0.8 * pair.rpoBudgetSeconds) status = "warn";
    const max = values.reduce((a, b) => Math.max(a, b), 0);
    // Time over budget: a sample stands until the next one (the last until `to`), at most 10 min.
    let overMs = 0;
    samples.forEach((smp, i) => {
      if (smp.seconds <= pair.rpoBudgetSeconds) return;
      const until = Math.min(samples[i + 1]?.atMs ?? to * 1000, to * 1000, smp.atMs + 600_000);
      overMs += Math.max(0, until - smp.atMs);
    });
    const worst: Status = max > pair.rpoBudgetSeconds ? "breach" : max > 0.8 * pair.rpoBudgetSeconds ? "warn" : "ok";
    const rangeWorst = { status: worst, overBudgetSeconds: overMs / 1000, reason: lagRangeReason(worst, max, overMs / 1000, pair.rpoBudgetSeconds) };
    const recentMax = recent.length > 0 ? Math.max(...recent) : null;
    const reason = status === "no-data" ? silentReason : lagReason({ status, source: name(pair.source), target: name(pair.target), nowSeconds: latest.seconds, recentMaxSeconds: recentMax, budgetSeconds: pair.rpoBudgetSeconds, sourceDown: downRegions.includes(pair.source) });
    return { ...base, lagSecondsNow: latest.seconds, lagSecondsP99: percentile(values, 99), lagSecondsMax: max, status, reason, rangeWorst };
  });
}

function slope(points: { at: number; depth: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.at, 0) / n;
  const my = points.reduce((s, p) => s + p.depth, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.at - mx) * (p.depth - my);
    den += (p.at - mx) ** 2;
  }
  return den > 0 ? num / den : 0;
}

/** SIGNALS 3.2 per region (container "invoices") over [from, to). */
export function conflictTruth(timeline: Timeline, from: number, to: number): ConflictSnapshot[] {
  const threshold = timeline.config.budgets.conflictDepthThreshold;
  return timeline.config.regions.map((region) => {
    const samples = depthSamples(timeline, region.id, from * 1000, to * 1000);
    const base = { region: region.id, container: CONFLICT_CONTAINER };
    if (samples.length === 0) return { ...base, depthNow: null, depthMax: null, growing: false, status: "no-data" as Status, reason: null, rangeWorst: { status: "no-data" as Status, overBudgetSeconds: null, reason: null } };
    const now = samples[samples.length - 1];
    const growingAt = (t: number) => {
      const window = samples.filter((s) => s.at > t - 900 && s.at <= t);
      const last = window[window.length - 1];
      return !!last && last.depth > 0 && slope(window) > 0;
    };
    const growing = growingAt(now.at);
    // "For N minutes": the unbroken run of qualifying samples ending at the latest began N min or more before asOf.
    const runStart = (ok: (s: { at: number; depth: number }) => boolean): number | null => {
      let start: number | null = null;
      for (let i = samples.length - 1; i >= 0 && ok(samples[i]); i--) start = samples[i].at;
      return start;
    };
    const growingSince = runStart((s) => growingAt(s.at));
    const nonZeroSince = runStart((s) => s.depth > 0);
    let status: Status = "ok";
    // A feed reader that stopped reporting is no-data, never green on an old value.
    if (now.at < to - 600) status = "no-data";
    else if (now.depth >= threshold || (growingSince !== null && growingSince <= to - 1800)) status = "breach";
    else if (nonZeroSince !== null && nonZeroSince <= to - 900) status = "warn";
    const depthMax = samples.reduce((m, s) => Math.max(m, s.depth), 0);
    let overMs = 0;
    let held = false;
    let since: number | null = null;
    samples.forEach((smp, i) => {
      if (smp.depth >= threshold) overMs += Math.max(0, Math.min(samples[i + 1]?.at ?? to, to, smp.at + 600) - smp.at) * 1000;
      if (smp.depth > 0) {
        since ??= smp.at;
        if (smp.at - since >= 900) held = true;
      } else since = null;
    });
    if (since !== null && to - since >= 900) held = true;
    const worst: Status = depthMax >= threshold ? "breach" : held ? "warn" : "ok";
    const rangeWorst = { status: worst, overBudgetSeconds: overMs / 1000, reason: conflictRangeReason({ status: worst, depthMax, threshold, overSeconds: overMs / 1000 }) };
    return { ...base, depthNow: now.depth, depthMax, growing, status, reason: conflictReason({ status, depthNow: now.depth, threshold, growing }), rangeWorst };
  });
}

/** SIGNALS 3.6: the model's scripted races (decoys excluded), those whose first write is in [from, to). */
export function splitBrainTruth(timeline: Timeline, from: number, to: number): { count: number; races: SplitBrainRace[]; status: Status; rangeWorst: RangeWorst } {
  const races = timeline.episodes.writeGroups
    .filter((g) => g.isRace && g.writes[0].atMs >= from * 1000 && g.writes[0].atMs < to * 1000)
    .map((g) => ({
      entityId: g.entityId,
      regions: [...new Set(g.writes.map((w) => w.region))].sort(),
      first: isoMs(g.writes[0].atMs),
      last: isoMs(g.writes[g.writes.length - 1].atMs),
      writes: g.writes.length,
    }));
  const recent = timeline.episodes.writeGroups.some((g) => g.isRace && g.writes[g.writes.length - 1].atMs >= (to - 3600) * 1000 && g.writes[0].atMs < to * 1000);
  const rangeWorst: RangeWorst = { status: races.length > 0 ? "breach" : "ok", overBudgetSeconds: null, reason: splitBrainRangeReason(races.length) };
  return { count: races.length, races, status: recent ? "breach" : "ok", rangeWorst };
}

const BURN_WINDOWS: Record<BurnWindow, number> = { "5m": 300, "30m": 1800, "1h": 3600, "6h": 21600, "3d": 259200 };

/** SIGNALS 3.7 from the model's true counts. */
export function availabilityTruth(timeline: Timeline, bins: BinSeries, from: number, to: number): AvailabilitySnapshot {
  const { target, windowDays } = timeline.config.budgets.availability;
  const toBin = Math.floor(to / BIN_SECONDS);
  const windowStart = Math.max(from, to - windowDays * 86400);
  const ratio = (startSec: number) => {
    const s = bins.sums(Math.ceil(Math.max(startSec, from) / BIN_SECONDS), toBin);
    const counted = s.total - s.clientClosed;
    return counted > 0 ? s.bad / counted : null;
  };
  const badRatio = ratio(windowStart);
  const burnRates = Object.fromEntries(
    Object.entries(BURN_WINDOWS).map(([w, secs]) => {
      const r = ratio(to - secs);
      return [w, r === null ? null : round(r / (1 - target), 4)];
    }),
  ) as Record<BurnWindow, number | null>;
  const alerts: AvailabilitySnapshot["alerts"] = [];
  const over = (w: BurnWindow, x: number) => (burnRates[w] ?? 0) > x;
  for (const r of BURN_ALERT_RULES) {
    if (over(r.long, r.factor) && over(r.short, r.factor)) alerts.push({ severity: r.severity, rule: `burn(${r.long}) > ${r.factor} and burn(${r.short}) > ${r.factor}` });
  }
  let downtime = 0;
  let downInRange = 0;
  let firstDataMs: number | null = null;
  // Corrections (docs/slo-corrections.md): a minute whose start is in [from, to) of one leaves both counts.
  // Listed when they overlap the SLO window, even before the data starts (then flagged: no data under them).
  const sloFrom = (to - windowDays * 86400) * 1000;
  const corrections = timeline.config.sloCorrections.filter((c) => Date.parse(c.from) < to * 1000 && Date.parse(c.to) > sloFrom);
  const corrected = { counted: 0, bad: 0, down: 0, any: false, removedRequests: 0, removedBad: 0, removedMinutes: 0 };
  const perCorrection = corrections.map(() => ({ minutes: 0, requests: 0, bad: 0, down: 0 }));
  for (let m = Math.ceil(windowStart / 60); (m + 1) * 60 <= to; m++) {
    const s = bins.sums(m * PER_MIN, (m + 1) * PER_MIN);
    const counted = s.total - s.clientClosed;
    const down = counted > 0 && s.bad / counted > 0.01;
    if (counted > 0 && firstDataMs === null) firstDataMs = m * 60_000;
    if (down) {
      downtime++;
      if (m * 60 >= from) downInRange++;
    }
    if (m * 60 < from) continue;
    const hits = corrections.map((c, i) => (m * 60_000 >= Date.parse(c.from) && m * 60_000 < Date.parse(c.to) ? i : -1)).filter((i) => i >= 0);
    for (const i of hits) {
      perCorrection[i].minutes++;
      perCorrection[i].requests += s.total;
      perCorrection[i].bad += s.bad;
      if (down) perCorrection[i].down++;
    }
    if (hits.length > 0) {
      corrected.removedRequests += s.total;
      corrected.removedBad += s.bad;
      corrected.removedMinutes++;
    } else {
      corrected.any = true;
      corrected.counted += counted;
      corrected.bad += s.bad;
      if (down) corrected.down++;
    }
  }
  const correctedSli = corrected.counted > 0 ? 1 - corrected.bad / corrected.counted : null;
  const remaining = badRatio === null ? null : 1 - badRatio / (1 - target);
  const allowed = round((1 - target) * windowDays * 1440, 4);
  let status: Status = "ok";
  if (badRatio === null) status = "no-data";
  else if ((remaining ?? 0) < 0 || alerts.some((a) => a.severity === "page")) status = "breach";
  else if (alerts.length > 0 || downtime > allowed) status = "warn";
  const rangeStatus: Status = status === "ok" && downInRange > 0 ? "warn" : status;
  const coverage = availabilityCoverage({ windowDays, asOfMs: to * 1000, firstDataMs });
  return {
    target,
    windowDays,
    sli: badRatio === null ? null : round(1 - badRatio, 8),
    errorBudgetRemainingRatio: remaining === null ? null : round(remaining, 6),
    burnRates,
    alerts,
    downtimeMinutes: downtime,
    allowedDowntimeMinutes: allowed,
    errorBudgetStatus: remaining === null ? "no-data" : remaining < 0 ? "breach" : remaining < 0.25 ? "warn" : "ok",
    downtimeOverspent: badRatio === null ? null : downtime > allowed,
    sliStatus: badRatio === null ? "no-data" : 1 - badRatio >= target ? "ok" : "breach",
    burnOver: Object.fromEntries(Object.entries(burnRates).map(([w, v]) => [w, v === null ? null : v > BURN_THRESHOLD[w as BurnWindow]])) as Record<BurnWindow, boolean | null>,
    status,
    rangeWorst: { status: rangeStatus, overBudgetSeconds: status === "no-data" ? null : downInRange * 60, reason: availabilityRangeReason(rangeStatus, downInRange, windowDays, coverage.note) },
    corrected: {
      sli: correctedSli === null ? null : round(correctedSli, 8),
      errorBudgetRemainingRatio: correctedSli === null ? null : round(1 - (1 - correctedSli) / (1 - target), 6),
      downtimeMinutes: corrected.any ? corrected.down : null,
      removedRequests: corrected.removedRequests,
      removedBadRequests: corrected.removedBad,
      removedMinutes: corrected.removedMinutes,
    },
    corrections: corrections.map((c, i) => ({
      ...c,
      minutesWithData: perCorrection[i].minutes,
      requests: perCorrection[i].requests,
      badRequests: perCorrection[i].bad,
      downMinutes: perCorrection[i].down,
      flag: perCorrection[i].minutes === 0 ? "overlaps no data in the SLO window: nothing was removed (check its dates and region)" : null,
    })),
    coverage,
  };
}
