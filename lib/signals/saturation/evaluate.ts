import type { Status } from "@/lib/snapshot/types";
import { MINUTE_MS } from "../runtime/windows";

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
  newestMs: number | null;
  status: Status;
  warnings: string[];
}

export const SUSTAINED_MS = 15 * MINUTE_MS;

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
  const out: RegionLoad = { cpuPercent, ruPercent, throttled429, utilPercent, newestMs: newest, status: "ok", warnings: [] };

  if (cpuPercent === null && ruPercent === null) {
    out.status = "no-data";
    out.warnings.push(`${args.label}: no CPU or Cosmos RU samples in the last 5 minutes`);
    return out;
  }
  if (args.expectCpu && cpuPercent === null) out.warnings.push(`${args.label}: no CPU samples in the last 5 minutes; judged on Cosmos RU alone`);
  if (ruPercent === null) out.warnings.push(`${args.label}: no Cosmos requests in the last 5 minutes; judged on CPU alone`);
  const utilOf = (m: MinuteSample) => maxOf(m.cpuPercent, m.ruPercent);
  const last15 = bins(15);
  if ((utilPercent ?? 0) > args.breachPercent || threeConsecutive429(last5)) out.status = "breach";
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
