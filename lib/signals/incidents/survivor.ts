/**
 * SIGNALS 3.4 `survivor`: how the regions that stayed up carried the load of a failover, from the
 * incident's start to 10 min after the later of recovery and readmission (survivorWindowEndMs). A failover that "worked" onto a survivor that could not
 * carry the load is not a success (the game-day lesson of the seeds).
 */
import type { IncidentSurvivor, Status } from "@/lib/snapshot/types";
import { threeConsecutive429, type MinuteSample } from "../saturation/evaluate";

/** The survivor is watched this long after the edge recovered: load keeps arriving while it settles. */
export const SURVIVOR_TAIL_MS = 10 * 60_000;

/**
 * End of the survivor window. SIGNALS 3.4 says recoveredAt + 10 min; but the edge recovers within a
 * minute or two of the eviction while the survivor carries the failed region's load until Front Door
 * readmits it, so the window runs to the later of the two, plus the tail (at most asOf; to asOf while
 * the incident is open or the region still evicted). A survivor that ran out 15 minutes into a 30-minute
 * outage read "peaked at 91 %, warn" on the incident: the recoveredAt + 10 min window had closed before
 * it. docs/signals.md says why this departs from SIGNALS.md.
 */
export function survivorWindowEndMs(recoveredMs: number | null, readmittedMs: number | null, asOfMs: number): number {
  if (recoveredMs === null || readmittedMs === null) return asOfMs;
  return Math.min(asOfMs, Math.max(recoveredMs, readmittedMs) + SURVIVOR_TAIL_MS);
}

/** The survivors still carry the failed region's load at asOf: the incident is open or the region not readmitted. */
export function survivorStillCarrying(recoveredMs: number | null, readmittedMs: number | null): boolean {
  return recoveredMs === null || readmittedMs === null;
}

export interface SurvivorMinutes {
  id: string;
  /** Per-minute samples inside the survivor window only. */
  minutes: readonly MinuteSample[];
}

const utilOf = (m: MinuteSample): number | null =>
  m.cpuPercent === null ? m.ruPercent : m.ruPercent === null ? m.cpuPercent : Math.max(m.cpuPercent, m.ruPercent);

export interface SurvivorVerdict extends IncidentSurvivor {
  /** Some survivor throttled in 3 consecutive minutes (one of the two ran-out rules). */
  consecutive429: boolean;
}

/**
 * peakPercent: the highest per-minute util (max of CPU and RU %) of any survivor; throttled429: their
 * 429s; ranOut: peak > 100 % or 429s in 3 consecutive minutes of one survivor. Status: breach when
 * ranOut, warn when the peak passed the saturation warn line, no-data without any sample.
 * `downToo`: the other regions that failed too in the window (not survivors, so not in `survivors`).
 * When they are all of them, no region carried the load: a breach, never the OK (or the peak) of a
 * region that was down itself, which is what a total outage read as before.
 */
export function survivorVerdict(survivors: readonly SurvivorMinutes[], warnPercent: number, downToo: readonly string[] = []): SurvivorVerdict {
  const down = downToo.length > 0 ? { downToo: [...downToo] } : {};
  if (survivors.length === 0 && downToo.length > 0) {
    return { peakPercent: null, region: null, throttled429: null, ranOut: null, ...down, status: "breach", consecutive429: false };
  }
  let peakPercent: number | null = null;
  let region: string | null = null;
  let throttled429: number | null = null;
  let consecutive429 = false;
  for (const s of survivors) {
    for (const m of s.minutes) {
      throttled429 = (throttled429 ?? 0) + m.throttled429;
      const u = utilOf(m);
      if (u !== null && (peakPercent === null || u > peakPercent)) {
        peakPercent = u;
        region = s.id;
      }
    }
    if (threeConsecutive429(s.minutes)) consecutive429 = true;
  }
  if (peakPercent === null && throttled429 === null) {
    return { peakPercent: null, region: null, throttled429: null, ranOut: null, ...down, status: "no-data", consecutive429: false };
  }
  const ranOut = (peakPercent ?? 0) > 100 || consecutive429;
  const status: Status = ranOut ? "breach" : (peakPercent ?? 0) > warnPercent ? "warn" : "ok";
  return { peakPercent, region, throttled429, ranOut, ...down, status, consecutive429 };
}
