import type {
  AvailabilitySnapshot,
  BurnWindow,
  ConflictSnapshot,
  RegionSnapshot,
  ReplicationSnapshot,
  SplitBrainRace,
  Status,
} from "../snapshot/types";
import type { BinSeries } from "./bins";
import { isoMs } from "./format";
import { depthSamples, lagSamples } from "./lag";
import { BIN_SECONDS, type Timeline } from "./model";
import { CONFLICT_CONTAINER } from "./rows-app";

const PER_MIN = 60 / BIN_SECONDS;

/** SIGNALS 3.5 per region at `to` (last 5 minutes). */
export function regionTruth(timeline: Timeline, to: number): RegionSnapshot[] {
  const config = timeline.config;
  const { warnPercent, breachPercent } = config.budgets.saturation;
  const lastMinute = Math.ceil(to / 60) - 1;
  const minuteStats = (ri: number, m: number) => {
    const cpu = timeline.cpuPercent(ri, m * 60);
    let ru = 0;
    let throttled = 0;
    for (let b = m * PER_MIN; b < (m + 1) * PER_MIN; b++) {
      const c = timeline.cosmos(ri, b, timeline.binState(b));
      ru += c.consumedRu;
      throttled += c.throttled;
    }
    const region = config.regions[ri];
    const ruPercent = ru > 0 ? (ru / 60 / region.cosmosProvisionedRUs) * 100 : null;
    return { cpu, ruPercent, throttled, util: Math.max(cpu ?? 0, ruPercent ?? 0), hasData: cpu !== null || ruPercent !== null };
  };
  const stats = config.regions.map((_, ri) => {
    const last5 = Array.from({ length: 5 }, (_, i) => minuteStats(ri, lastMinute - 4 + i));
    const last15 = Array.from({ length: 15 }, (_, i) => (i >= 10 ? last5[i - 10] : minuteStats(ri, lastMinute - 14 + i)));
    const cpus = last5.map((s) => s.cpu).filter((c): c is number => c !== null);
    const rus = last5.map((s) => s.ruPercent).filter((c): c is number => c !== null);
    const cpuPercent = cpus.length ? cpus.reduce((a, b) => a + b, 0) / cpus.length : null;
    const ruPercent = rus.length ? rus.reduce((a, b) => Math.max(a, b), 0) : null;
    return { last5, last15, cpuPercent, ruPercent, util: Math.max(cpuPercent ?? 0, ruPercent ?? 0) };
  });
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
    return {
      id: region.id,
      displayName: region.displayName,
      originHealthy: origins.every((o) => timeline.healthyAt(o.index, to)),
      trafficShareRatio: edgeTotal > 0 ? regionRequests[ri] / edgeTotal : null,
      cpuPercent: st.cpuPercent === null ? null : round(st.cpuPercent, 2),
      ruPercent: st.ruPercent === null ? null : round(st.ruPercent, 2),
      throttled429,
      survivorProjectedPercent: round(projected, 2),
      status,
    };
  });
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** SIGNALS 3.1 per configured pair over [from, to). */
export function replicationTruth(timeline: Timeline, from: number, to: number): ReplicationSnapshot[] {
  return timeline.config.replication.map((pair, pi) => {
    const samples = lagSamples(timeline, pi, from * 1000, to * 1000);
    const base = { source: pair.source, target: pair.target, tier: pair.tier, budgetSeconds: pair.rpoBudgetSeconds };
    if (samples.length === 0) return { ...base, lagSecondsNow: null, lagSecondsP99: null, lagSecondsMax: null, status: "no-data" as Status };
    const values = samples.map((s) => s.seconds);
    const latest = samples[samples.length - 1];
    const recent = samples.filter((s) => s.atMs >= (to - 900) * 1000).map((s) => s.seconds);
    let status: Status = "ok";
    if (latest.atMs < (to - 600) * 1000) status = "no-data";
    else if (latest.seconds > pair.rpoBudgetSeconds) status = "breach";
    else if (recent.length > 0 && Math.max(...recent) > 0.8 * pair.rpoBudgetSeconds) status = "warn";
    return { ...base, lagSecondsNow: latest.seconds, lagSecondsP99: percentile(values, 99), lagSecondsMax: values.reduce((a, b) => Math.max(a, b), 0), status };
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
    if (samples.length === 0) return { ...base, depthNow: null, depthMax: null, growing: false, status: "no-data" as Status };
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
    return { ...base, depthNow: now.depth, depthMax: samples.reduce((m, s) => Math.max(m, s.depth), 0), growing, status };
  });
}

/** SIGNALS 3.6: the model's scripted races (decoys excluded), those whose first write is in [from, to). */
export function splitBrainTruth(timeline: Timeline, from: number, to: number): { count: number; races: SplitBrainRace[]; status: Status } {
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
  return { count: races.length, races, status: recent ? "breach" : "ok" };
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
  if (over("1h", 14.4) && over("5m", 14.4)) alerts.push({ severity: "page", rule: "burn(1h) > 14.4 and burn(5m) > 14.4" });
  if (over("6h", 6) && over("30m", 6)) alerts.push({ severity: "page", rule: "burn(6h) > 6 and burn(30m) > 6" });
  if (over("3d", 1) && over("6h", 1)) alerts.push({ severity: "ticket", rule: "burn(3d) > 1 and burn(6h) > 1" });
  let downtime = 0;
  for (let m = Math.ceil(windowStart / 60); (m + 1) * 60 <= to; m++) {
    const s = bins.sums(m * PER_MIN, (m + 1) * PER_MIN);
    const counted = s.total - s.clientClosed;
    if (counted > 0 && s.bad / counted > 0.01) downtime++;
  }
  const remaining = badRatio === null ? null : 1 - badRatio / (1 - target);
  const allowed = round((1 - target) * windowDays * 1440, 4);
  let status: Status = "ok";
  if (badRatio === null) status = "no-data";
  else if ((remaining ?? 0) < 0 || alerts.some((a) => a.severity === "page")) status = "breach";
  else if (alerts.length > 0 || downtime > allowed) status = "warn";
  return {
    target,
    windowDays,
    sli: badRatio === null ? null : round(1 - badRatio, 8),
    errorBudgetRemainingRatio: remaining === null ? null : round(remaining, 6),
    burnRates,
    alerts,
    downtimeMinutes: downtime,
    allowedDowntimeMinutes: allowed,
    status,
  };
}
