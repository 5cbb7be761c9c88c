import { blindSpanOngoing, flappingReason, originRangeReason, unhealthyFlappingReason, probeBlindEveryOriginReason, probeBlindRangeReason, probeBlindReason, saturationRangeReason, saturationReason } from "../format/reasons";
import type { ProbeBlindSpan, RangeWorst, RegionSnapshot, Status } from "../snapshot/types";
import { isoSec, round } from "./format";
import { BIN_SECONDS, type Timeline } from "./model";
import { frontDoorCoverage, originTruth, survivorTruth } from "./truth-coverage";

/**
 * The regions' truth (SIGNALS 3.5 saturation and survivor projection, with 3.3 origin health per
 * region) from the model's own load and flips; what the dashboard can know of origin health, and so
 * what a projection rests on, comes from truth-coverage.ts.
 */
const PER_MIN = 60 / BIN_SECONDS;

/** One region's minute `m` (minutes since the epoch) from the model: CPU, RU % of provisioned, 429s, util = max. */
export function minuteTruth(timeline: Timeline, ri: number, m: number) {
  const cpu = timeline.cpuPercent(ri, m * 60);
  let ru = 0;
  let throttled = 0;
  for (let b = m * PER_MIN; b < (m + 1) * PER_MIN; b++) {
    const c = timeline.cosmos(ri, b, timeline.binState(b));
    ru += c.consumedRu;
    throttled += c.throttled;
  }
  const ruPercent = ru > 0 ? (ru / 60 / timeline.config.regions[ri].cosmosProvisionedRUs) * 100 : null;
  return { cpu, ruPercent, throttled, util: Math.max(cpu ?? 0, ruPercent ?? 0), hasData: cpu !== null || ruPercent !== null };
}

const BLIND_RECENT_SECONDS = 3600;

/**
 * SIGNALS 3.5 per region at `to` (last 5 minutes), with the range's worst minute since `from`. `blind`:
 * the range's probe-blind spans (truth-incidents.ts), which make a region's origin WARN while one ended
 * within the hour (probes pass, requests fail) and its range WARN when nothing worse happened; an
 * origin that flapped within the hour (flappingTruth) WARNs too.
 */
export function regionTruth(timeline: Timeline, from: number, to: number, blind: readonly ProbeBlindSpan[]): RegionSnapshot[] {
  const config = timeline.config;
  const flapping = flappingTruth(timeline, from, to);
  const { warnPercent, breachPercent } = config.budgets.saturation;
  const lastMinute = Math.ceil(to / 60) - 1;
  const minuteStats = (ri: number, m: number) => minuteTruth(timeline, ri, m);
  const stats = config.regions.map((_, ri) => {
    const last5 = Array.from({ length: 5 }, (_, i) => minuteStats(ri, lastMinute - 4 + i));
    const last15 = Array.from({ length: 15 }, (_, i) => (i >= 10 ? last5[i - 10] : minuteStats(ri, lastMinute - 14 + i)));
    const cpus = last5.map((s) => s.cpu).filter((c): c is number => c !== null);
    const rus = last5.map((s) => s.ruPercent).filter((c): c is number => c !== null);
    const cpuPercent = cpus.length ? cpus.reduce((a, b) => a + b, 0) / cpus.length : null;
    const ruPercent = rus.length ? rus.reduce((a, b) => Math.max(a, b), 0) : null;
    return { last5, last15, cpuPercent, ruPercent, util: Math.max(cpuPercent ?? 0, ruPercent ?? 0) };
  });
  const coverage = frontDoorCoverage(timeline, from, to);
  let edgeTotal = 0;
  const regionRequests = config.regions.map(() => 0);
  for (let b = Math.floor(to / BIN_SECONDS) - 30; b < Math.floor(to / BIN_SECONDS); b++) {
    const s = timeline.binState(b);
    edgeTotal += s.total;
    timeline.origins.forEach((o, i) => (regionRequests[o.regionIndex] += s.origins[i].requests));
  }
  return config.regions.map((region, ri) => {
    const st = stats[ri];
    const projected =
      config.regions.reduce((sum, r, i) => sum + stats[i].util * r.capacity, 0) / region.capacity;
    const throttled429 = st.last5.reduce((s, m) => s + m.throttled, 0);
    let consecutive429 = false;
    for (let i = 0; i + 2 < st.last5.length; i++) {
      if (st.last5[i].throttled > 0 && st.last5[i + 1].throttled > 0 && st.last5[i + 2].throttled > 0) consecutive429 = true;
    }
    let status: Status = "ok";
    if (st.cpuPercent === null && st.ruPercent === null) status = "no-data";
    else if (st.util > breachPercent || consecutive429) status = "breach";
    else if (st.last15.every((m) => m.hasData && m.util > warnPercent) || projected > 100) status = "warn";
    const origins = timeline.origins.filter((o) => o.regionIndex === ri);
    const worst = [regionRangeTruth(ri), originRangeTruth(ri)];
    const rank: Record<Status, number> = { ok: 0, warn: 1, "no-data": 2, breach: 3 };
    const top = worst.reduce((a, b) => (rank[b.status] > rank[a.status] ? b : a));
    const reasons = worst.filter((w) => w.status === top.status && w.reason !== null).map((w) => w.reason);
    const durations = worst.map((w) => w.overBudgetSeconds).filter((d): d is number => d !== null);
    const probed = originTruth(origins.every((o) => timeline.healthyAt(o.index, to)), coverage, to);
    const recent = (s: { to: string }) => Date.parse(s.to) / 1000 >= to - BLIND_RECENT_SECONDS;
    const flap = flapping.filter((f) => f.region === region.id && recent(f)).at(-1);
    // Flapping: WARN between evictions; evicted again, still UNHEALTHY, saying it flaps.
    const flapped = !flap
      ? probed
      : probed.originStatus === "ok"
        ? { ...probed, originStatus: "warn" as const, originReason: flappingReason(flap) }
        : probed.originStatus === "breach"
          ? { ...probed, originReason: unhealthyFlappingReason(flap) }
          : probed;
    const mine = blind.filter((s) => s.region === region.id);
    const latest = mine.length > 0 ? mine.reduce((a, b) => (b.to > a.to ? b : a)) : null;
    const blindWarn = (flapped.originStatus === "ok" || flapped.originStatus === "warn") && latest !== null && recent(latest);
    // Failing requests now (the survivor rule) only while the span is ongoing, not all the hour it
    // WARNs, and not while every origin shares it (Front Door failing in front of them).
    const probeBlindNow = blindWarn && blindSpanOngoing(latest, isoSec(to)) && !(latest.everyOrigin && blindSpanOngoing(latest.everyOrigin, isoSec(to)));
    const origin = blindWarn
      ? { ...flapped, originStatus: "warn" as const, originReason: latest.everyOrigin ? probeBlindEveryOriginReason(latest.everyOrigin, isoSec(to)) : probeBlindReason(latest, isoSec(to)) }
      : flapped;
    return {
      id: region.id,
      displayName: region.displayName,
      ...origin,
      trafficShareRatio: edgeTotal > 0 ? regionRequests[ri] / edgeTotal : null,
      cpuPercent: st.cpuPercent === null ? null : round(st.cpuPercent, 2),
      ruPercent: st.ruPercent === null ? null : round(st.ruPercent, 2),
      throttled429,
      survivorProjectedPercent: round(projected, 2),
      ...survivorTruth(projected, origin.originHealthy, region.displayName, [
        ...(consecutive429 ? (["throttling"] as const) : []),
        ...(probeBlindNow ? (["probe-blind"] as const) : []),
      ]),
      saturationStatus: status,
      ...saturationReason({ status, utilPercent: st.util, consecutive429, throttled429, projectedPercent: projected, breachPercent, warnPercent }),
      // Saturation only: the integration test compares it with the snapshot's saturationStatus.
      status,
      rangeWorst: { status: top.status, overBudgetSeconds: durations.length > 0 ? Math.max(...durations) : null, reason: reasons.length > 0 ? reasons.join(" ") : null },
    };
  });

  /** Every whole minute of [from, to): breach minutes (util > breach % or in a run of ≥ 3 throttled minutes), 15-min warm runs, projection > 100 %. */
  function regionRangeTruth(ri: number): RangeWorst {
    const first = Math.ceil(from / 60);
    const last = Math.ceil(to / 60);
    const mins = Array.from({ length: Math.max(0, last - first) }, (_, i) => first + i);
    const all = config.regions.map((_, rj) => mins.map((m) => minuteStats(rj, m)));
    const mine = all[ri];
    if (!mine.some((m) => m.hasData)) return { status: "no-data", overBudgetSeconds: null, reason: null };
    const breaching = new Set<number>();
    for (let i = 0; i < mine.length; i++) {
      if (mine[i].hasData && mine[i].util > breachPercent) breaching.add(i);
      if (i >= 2 && mine[i].throttled > 0 && mine[i - 1].throttled > 0 && mine[i - 2].throttled > 0) [i, i - 1, i - 2].forEach((k) => breaching.add(k));
    }
    const consecutive429 = mine.some((m, i) => i >= 2 && m.throttled > 0 && mine[i - 1].throttled > 0 && mine[i - 2].throttled > 0);
    let warm = 0;
    let sustained = false;
    for (const m of mine) {
      warm = m.hasData && m.util > warnPercent ? warm + 1 : 0;
      if (warm >= 15) sustained = true;
    }
    const projectedOver100 = mins.some((_, i) => {
      if (!config.regions.some((__, rj) => all[rj][i].hasData)) return false;
      const load = config.regions.reduce((sum, r, rj) => sum + (all[rj][i].hasData ? all[rj][i].util * r.capacity : 0), 0);
      return load / config.regions[ri].capacity > 100;
    });
    // A reduce, not Math.max(...): a 62-day range holds 89,280 minutes, near the call stack's limit on arguments.
    const peak = mine.reduce((top, m) => (m.hasData && m.util > top ? m.util : top), -Infinity);
    const worst: Status = breaching.size > 0 ? "breach" : sustained || projectedOver100 ? "warn" : "ok";
    const overSeconds = breaching.size * 60;
    return { status: worst, overBudgetSeconds: overSeconds, reason: saturationRangeReason({ status: worst, peakPercent: peak, overSeconds, consecutive429, projectedOver100, breachPercent, warnPercent }) };
  }

  /** Time in [from, to] any origin of the region was unhealthy by the model's own flips. */
  function originRangeTruth(ri: number): RangeWorst {
    let downMs = 0;
    // Exact spans from the flips: unhealthy from a flip to unhealthy until the next flip to healthy.
    const spans: [number, number][] = [];
    for (const o of timeline.origins.filter((x) => x.regionIndex === ri)) {
      let downSince: number | null = timeline.healthyAt(o.index, from) ? null : from;
      for (const f of timeline.flips.filter((x) => x.origin === o.index && x.at > from && x.at <= to)) {
        if (f.to === "unhealthy" && downSince === null) downSince = f.at;
        if (f.to === "healthy" && downSince !== null) {
          spans.push([downSince, f.at]);
          downSince = null;
        }
      }
      if (downSince !== null) spans.push([downSince, to]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    let end = Number.NEGATIVE_INFINITY;
    for (const [a, b] of spans) {
      if (b <= end) continue;
      downMs += (b - Math.max(a, end)) * 1000;
      end = b;
    }
    const seconds = downMs / 1000;
    if (seconds > 0) return { status: "breach", overBudgetSeconds: seconds, reason: originRangeReason(seconds) };
    const region = config.regions[ri].id;
    const mine = blind.filter((s) => s.region === region);
    const blindSeconds = mine.reduce((sum, s) => sum + (Date.parse(s.to) - Date.parse(s.from)) / 1000, 0);
    // The shared stretch inside each span (the truth's spans lie within the range already).
    const shared = (s: ProbeBlindSpan) =>
      s.everyOrigin ? Math.max(0, Math.min(Date.parse(s.to), Date.parse(s.everyOrigin.to)) - Math.max(Date.parse(s.from), Date.parse(s.everyOrigin.from))) / 1000 : 0;
    const everySeconds = mine.reduce((sum, s) => sum + shared(s), 0);
    return blindSeconds > 0 ? { status: "warn", overBudgetSeconds: blindSeconds, reason: probeBlindRangeReason(blindSeconds, everySeconds) } : { status: "ok", overBudgetSeconds: 0, reason: null };
  }
}

/**
 * SIGNALS 3.3 flapping from the model's own flips in [from, to]: 3 or more flips of one origin within
 * 30 minutes; windows that share a flip are one span (first flip to last, flips counted).
 */
export function flappingTruth(timeline: Timeline, from: number, to: number): { region: string; from: string; to: string; flips: number }[] {
  const WINDOW = 1800;
  const MIN_FLIPS = 3;
  const out: { region: string; from: string; to: string; flips: number }[] = [];
  for (const o of timeline.origins) {
    const times = timeline.flips.filter((f) => f.origin === o.index && f.at >= from && f.at <= to).map((f) => f.at);
    let span: { first: number; last: number } | null = null;
    const close = () => {
      if (span) out.push({ region: o.region.id, from: new Date(times[span.first] * 1000).toISOString(), to: new Date(times[span.last] * 1000).toISOString(), flips: span.last - span.first + 1 });
      span = null;
    };
    for (let i = 0; i < times.length; i++) {
      let j = i;
      while (j + 1 < times.length && times[j + 1] - times[i] <= WINDOW) j++;
      if (j - i + 1 < MIN_FLIPS) continue;
      if (span && i <= span.last) span.last = Math.max(span.last, j);
      else {
        close();
        span = { first: i, last: j };
      }
    }
    close();
  }
  return out.sort((a, b) => Date.parse(a.from) - Date.parse(b.from));
}
