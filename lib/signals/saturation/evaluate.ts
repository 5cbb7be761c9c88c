import type { Status } from "@/lib/snapshot/types";
import { heldFor } from "../runtime/held";
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

export const NOW_WINDOW_MS = 5 * MINUTE_MS;
export const SUSTAINED_MS = 15 * MINUTE_MS;
export const STALE_MS = 10 * MINUTE_MS;

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

/**
 * SIGNALS 3.5 values for one region over the last 5 min before asOf: cpu = average, RU% = peak
 * minute, 429 = count. Status (without the survivor rule, applied by the caller): breach if util >
 * breach% or 429s in 3 consecutive minutes (within the last 15 min), warn if util > warn% for 15 min.
 * `expectCpu`: the region has compute resources configured, so missing CPU is missing data.
 */
export function evaluateRegionLoad(
  minutes: readonly MinuteSample[],
  args: { asOf: Date; warnPercent: number; breachPercent: number; expectCpu: boolean; label: string },
): RegionLoad {
  const asOf = args.asOf.getTime();
  const sorted = minutes.filter((m) => m.t <= asOf).sort((a, b) => a.t - b.t);
  // A 1-min bin belongs to the last 5 min when it starts at or after asOf − 5 min.
  const recent = sorted.filter((m) => m.t >= asOf - NOW_WINDOW_MS);
  const cpu = recent.map((m) => m.cpuPercent).filter((v): v is number => v !== null);
  const ru = recent.map((m) => m.ruPercent).filter((v): v is number => v !== null);
  const cpuPercent = cpu.length > 0 ? cpu.reduce((a, b) => a + b, 0) / cpu.length : null;
  const ruPercent = ru.length > 0 ? Math.max(...ru) : null;
  const throttled429 = recent.length > 0 ? recent.reduce((a, m) => a + m.throttled429, 0) : null;
  const utilPercent = maxOf(cpuPercent, ruPercent);
  const newestMs = sorted.length > 0 ? sorted[sorted.length - 1].t : null;
  const out: RegionLoad = { cpuPercent, ruPercent, throttled429, utilPercent, newestMs, status: "ok", warnings: [] };

  const missing: string[] = [];
  if (args.expectCpu && cpuPercent === null) missing.push("CPU");
  if (ruPercent === null) missing.push("Cosmos RU");
  if (missing.length > 0) {
    out.status = "no-data";
    out.warnings.push(`${args.label}: no ${missing.join(" or ")} samples in the last 5 minutes`);
    return out;
  }
  if (newestMs === null || asOf - newestMs > STALE_MS) {
    out.status = "no-data";
    return out;
  }
  const utilOf = (m: MinuteSample) => maxOf(m.cpuPercent, m.ruPercent);
  const sustained = sorted.filter((m) => m.t >= asOf - SUSTAINED_MS - MINUTE_MS);
  if ((utilPercent ?? 0) > args.breachPercent || threeConsecutive429(sustained.filter((m) => m.t >= asOf - SUSTAINED_MS))) {
    out.status = "breach";
  } else if (heldFor(sustained, asOf, SUSTAINED_MS, (m) => (utilOf(m) ?? 0) > args.warnPercent)) {
    out.status = "warn";
  }
  return out;
}

/** Σᵢ(utilᵢ × capacityᵢ) / capacity_r for every region; null when any region's utilisation is unknown. */
export function survivorProjection(regions: readonly { id: string; utilPercent: number | null; capacity: number }[]): Map<string, number | null> {
  const known = regions.every((r) => r.utilPercent !== null);
  const load = regions.reduce((a, r) => a + (r.utilPercent ?? 0) * r.capacity, 0);
  return new Map(regions.map((r) => [r.id, known ? load / r.capacity : null]));
}
