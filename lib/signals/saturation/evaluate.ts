import { saturationRangeReason } from "@/lib/format/reasons";
import type { RangeWorst, Status } from "@/lib/snapshot/types";
import { MINUTE_MS } from "../runtime/windows";
import { maxOf as largest } from "../runtime/max-of";

/** One minute of one region: CPU average (null when the region has no compute configured or no sample) and Cosmos load. */
export interface MinuteSample {
  t: number;
  cpuPercent: number | null;
  ruPercent: number | null;
  throttled429: number;
}

export interface RegionLoad {
  cpuPercent: number | null;
  ruPercent: number | null;
  throttled429: number | null;
  /** max(cpu, RU) used for thresholds and the survivor projection. */
  utilPercent: number | null;
  /** 429s in 3 consecutive of the last 5 minutes (one of the two breach rules). */
  consecutive429: boolean;
  newestMs: number | null;
  status: Status;
  warnings: string[];
}

export const SUSTAINED_MS = 15 * MINUTE_MS;
/** A silent region serving less than this share of edge traffic is down (SIGNALS 3.5), not blind. */
export const DOWN_TRAFFIC_SHARE = 0.01;

const maxOf = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.max(a, b));

/** True when `minutes` (ascending, 1-min bins) holds 3 consecutive minutes that each saw a 429. */
export function threeConsecutive429(minutes: readonly MinuteSample[]): boolean {
  let run = 0;
  let prev: number | null = null;
  for (const m of minutes) {
    if (m.throttled429 > 0) {
      run = prev !== null && m.t - prev === MINUTE_MS && run > 0 ? run + 1 : 1;
      if (run >= 3) return true;
    } else run = 0;
    prev = m.t;
  }
  return false;
}

/** Start of the 1-min bin holding the instant just before asOf: the newest complete-or-current minute. */
export function lastBinStart(asOf: number): number {
  return Math.floor((asOf - 1) / MINUTE_MS) * MINUTE_MS;
}

/**
 * SIGNALS 3.5 values for one region over the last 5 one-minute bins before asOf: cpu = average,
 * RU% = peak minute, 429 = count. Status (the survivor rule is applied by the caller): breach if
 * util > breach% or 429s in 3 consecutive of those minutes; warn if every one of the last 15
 * minutes had data and util > warn%. no-data when neither CPU nor Cosmos reported (a warning names
 * a missing half when the region is configured to have it).
 */
export function evaluateRegionLoad(
  minutes: readonly MinuteSample[],
  args: { asOf: Date; warnPercent: number; breachPercent: number; expectCpu: boolean; label: string },
): RegionLoad {
  const last = lastBinStart(args.asOf.getTime());
  const byStart = new Map(minutes.map((m) => [m.t, m]));
  const bins = (n: number) => Array.from({ length: n }, (_, i) => byStart.get(last - (n - 1 - i) * MINUTE_MS));
  const last5 = bins(5).filter((m): m is MinuteSample => m !== undefined);
  const cpu = last5.map((m) => m.cpuPercent).filter((v): v is number => v !== null);
  const ru = last5.map((m) => m.ruPercent).filter((v): v is number => v !== null);
  const cpuPercent = cpu.length > 0 ? cpu.reduce((a, b) => a + b, 0) / cpu.length : null;
  const ruPercent = ru.length > 0 ? Math.max(...ru) : null;
  const throttled429 = last5.length > 0 ? last5.reduce((a, m) => a + m.throttled429, 0) : null;
  const utilPercent = maxOf(cpuPercent, ruPercent);
  const newest = minutes.filter((m) => m.t <= last).reduce<number | null>((a, m) => (a === null || m.t > a ? m.t : a), null);
  const out: RegionLoad = { cpuPercent, ruPercent, throttled429, utilPercent, consecutive429: threeConsecutive429(last5), newestMs: newest, status: "ok", warnings: [] };

  if (cpuPercent === null && ruPercent === null) {
    out.status = "no-data";
    out.warnings.push(`${args.label}: no CPU or Cosmos RU samples in the last 5 minutes`);
    return out;
  }
  if (args.expectCpu && cpuPercent === null) out.warnings.push(`${args.label}: no CPU samples in the last 5 minutes; judged on Cosmos RU alone`);
  if (ruPercent === null) out.warnings.push(`${args.label}: no Cosmos requests in the last 5 minutes; judged on CPU alone`);
  const utilOf = (m: MinuteSample) => maxOf(m.cpuPercent, m.ruPercent);
  const last15 = bins(15);
  if ((utilPercent ?? 0) > args.breachPercent || out.consecutive429) out.status = "breach";
  else if (last15.every((m) => m !== undefined && (utilOf(m) ?? 0) > args.warnPercent)) out.status = "warn";
  return out;
}

/**
 * Σᵢ(utilᵢ × capacityᵢ) / capacity_r for every region. A region without samples is down and carries
 * nothing (its load already moved); null only when no region reported at all.
 */
export function survivorProjection(regions: readonly { id: string; utilPercent: number | null; capacity: number }[]): Map<string, number | null> {
  const known = regions.some((r) => r.utilPercent !== null);
  const load = regions.reduce((a, r) => a + (r.utilPercent ?? 0) * r.capacity, 0);
  return new Map(regions.map((r) => [r.id, known ? load / r.capacity : null]));
}

/** A survivor projected over this share of its capacity could not carry the load (SIGNALS 3.5). */
export const SURVIVOR_LIMIT_PERCENT = 100;

/**
 * The projection to the hundredth of a percent it is shown with (and the alert rule's KQL grades):
 * RU % is exact to a millionth at its source, but the projection weighs the regions' shares by their
 * capacity and divides again ((10.155881·3 + 89.844119·3) / 3 is 100.00000000000001 in floats), which
 * must not make a survivor at exactly 100 % "warn".
 */
const centi = (percent: number) => Math.round(percent * 100) / 100;

/** The survivor projection's own grade (SIGNALS 3.5): above 100 % the survivor could not carry the load. */
export function survivorProjectionStatus(projected: number | null): Status {
  if (projected === null) return "no-data";
  return centi(projected) > SURVIVOR_LIMIT_PERCENT ? "warn" : "ok";
}

/**
 * rangeWorst of one region over [fromMs, toMs) of 1-min samples: breach if any minute's util passed
 * breach% or 429s came in 3 consecutive minutes; warn if util stayed above warn% for 15 minutes or the
 * per-minute survivor projection (`projected`) passed 100 %. overBudgetSeconds = the breaching minutes.
 */
export function saturationRangeWorst(
  minutes: readonly MinuteSample[],
  projected: ReadonlyMap<number, number>,
  args: { fromMs: number; toMs: number; warnPercent: number; breachPercent: number },
): RangeWorst {
  const inRange = minutes.filter((m) => m.t >= args.fromMs && m.t < args.toMs);
  const utilOf = (m: MinuteSample) => maxOf(m.cpuPercent, m.ruPercent);
  const utils = inRange.map(utilOf).filter((u): u is number => u !== null);
  if (utils.length === 0) return { status: "no-data", overBudgetSeconds: null, reason: null };
  const peakPercent = largest(utils, (u) => u); // a loop: a 62-day range holds 89,280 minutes
  // Minutes in a run of ≥ 3 consecutive throttled minutes, and minutes over the breach line.
  const breaching = new Set<number>();
  let run: MinuteSample[] = [];
  const flush = () => {
    if (run.length >= 3) run.forEach((m) => breaching.add(m.t));
    run = [];
  };
  for (const m of inRange) {
    if (m.throttled429 > 0 && (run.length === 0 || m.t - run[run.length - 1].t === MINUTE_MS)) run.push(m);
    else {
      flush();
      if (m.throttled429 > 0) run.push(m);
    }
  }
  flush();
  const consecutive429 = breaching.size > 0;
  for (const m of inRange) if ((utilOf(m) ?? 0) > args.breachPercent) breaching.add(m.t);
  let warmRun = 0;
  let sustained = false;
  let prev: number | null = null;
  for (const m of inRange) {
    const hot = (utilOf(m) ?? 0) > args.warnPercent;
    warmRun = hot ? (prev !== null && m.t - prev === MINUTE_MS ? warmRun + 1 : 1) : 0;
    if (warmRun >= 15) sustained = true;
    prev = m.t;
  }
  const projectedOver100 = [...projected].some(([t, p]) => t >= args.fromMs && t < args.toMs && centi(p) > SURVIVOR_LIMIT_PERCENT);
  const status: Status = breaching.size > 0 ? "breach" : sustained || projectedOver100 ? "warn" : "ok";
  const overSeconds = breaching.size * 60;
  return {
    status,
    overBudgetSeconds: overSeconds,
    reason: saturationRangeReason({ status, peakPercent, overSeconds, consecutive429, projectedOver100, breachPercent: args.breachPercent, warnPercent: args.warnPercent }),
  };
}

/**
 * Per minute, what each region would carry alone: Σ(util × capacity) of the regions that reported
 * that minute over its own capacity. A silent region is down and carries nothing (SIGNALS 3.5).
 */
export function projectionByMinute(regions: readonly { id: string; capacity: number; minutes: readonly MinuteSample[] }[]): Map<string, Map<number, number>> {
  const load = new Map<number, number>();
  for (const r of regions) {
    for (const m of r.minutes) {
      const u = maxOf(m.cpuPercent, m.ruPercent);
      if (u !== null) load.set(m.t, (load.get(m.t) ?? 0) + u * r.capacity);
    }
  }
  return new Map(regions.map((r) => [r.id, new Map([...load].map(([t, l]) => [t, r.capacity > 0 ? l / r.capacity : 0]))]));
}
