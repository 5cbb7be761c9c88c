import type { MinuteSample } from "../signals/saturation/evaluate";
import type { SurvivorHeadroom } from "./types";

export interface RegionMinutes {
  id: string;
  capacity: number;
  minutes: readonly MinuteSample[];
}

const utilOf = (m: MinuteSample): number | null =>
  m.cpuPercent === null ? m.ruPercent : m.ruPercent === null ? m.cpuPercent : Math.max(m.cpuPercent, m.ruPercent);

/**
 * Did the surviving regions run out of headroom while `failed` was out (SIGNALS.md 3.5)? Per minute,
 * each survivor's actual utilisation (max of CPU and RU %) and its projection Σᵢ(utilᵢ × capᵢ)/cap_r
 * (the failed region's leftover load counts while it still reports); ran out when either passes
 * 100 % or the survivor saw a 429.
 */
export function survivorHeadroom(regions: readonly RegionMinutes[], failed: string): SurvivorHeadroom {
  const survivors = regions.filter((r) => r.id !== failed);
  const byMinute = new Map<number, Map<string, MinuteSample>>();
  for (const r of regions) {
    for (const m of r.minutes) {
      const slot = byMinute.get(m.t) ?? new Map<string, MinuteSample>();
      slot.set(r.id, m);
      byMinute.set(m.t, slot);
    }
  }
  let peakPercent: number | null = null;
  let peakRegion: string | null = null;
  let throttled429 = 0;
  for (const slot of byMinute.values()) {
    const load = regions.reduce((sum, r) => {
      const m = slot.get(r.id);
      return sum + (m ? (utilOf(m) ?? 0) * r.capacity : 0);
    }, 0);
    for (const s of survivors) {
      const m = slot.get(s.id);
      if (!m) continue;
      throttled429 += m.throttled429;
      const actual = utilOf(m);
      if (actual === null) continue;
      const projected = s.capacity > 0 ? load / s.capacity : actual;
      const value = Math.max(actual, projected);
      if (peakPercent === null || value > peakPercent) {
        peakPercent = value;
        peakRegion = s.id;
      }
    }
  }
  const ranOut = peakPercent === null && throttled429 === 0 ? null : (peakPercent ?? 0) > 100 || throttled429 > 0;
  return { peakPercent, peakRegion, throttled429, ranOut };
}
