/**
 * SIGNALS 3.4 `survivor`: how the regions that stayed up carried the load of a failover, from the
 * incident's start to recoveredAt + 10 min (survivorWindowEndMs). A failover that "worked" onto a survivor that could not
 * carry the load is not a success (the game-day lesson of the seeds).
 */
import type { IncidentSurvivor, Status } from "@/lib/snapshot/types";
import { threeConsecutive429, type MinuteSample } from "../saturation/evaluate";

/** The survivor is watched this long after the edge recovered: load keeps arriving while it settles. */
export const SURVIVOR_TAIL_MS = 10 * 60_000;

/**
 * End of the survivor window: recoveredAt + 10 min, as SIGNALS 3.4 defines it (at most asOf; asOf while
 * the incident is open). The survivor may carry the failed region's load longer, until Front Door
 * readmits it; what it does then is the saturation signal's to say (its region row and the wall's
 * saturation tile), and the incident says its verdict covers the 10 min after recovery
 * (`stillCarrying` below, the words on the incident and review pages).
 */
export function survivorWindowEndMs(recoveredMs: number | null, asOfMs: number): number {
  return recoveredMs === null ? asOfMs : Math.min(asOfMs, recoveredMs + SURVIVOR_TAIL_MS);
}

/** The survivor window is still open at asOf (the incident open, or within 10 min of recovery): the verdict so far can still turn. */
export function survivorStillCarrying(recoveredMs: number | null, asOfMs: number): boolean {
  return recoveredMs === null || asOfMs < recoveredMs + SURVIVOR_TAIL_MS;
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

/** `carriedBy` when more than one region stayed up (the 429 count is then theirs together). */
function carriedBy(survivorIds: readonly string[]): { carriedBy?: string[] } {
  return survivorIds.length > 1 ? { carriedBy: [...survivorIds] } : {};
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
  return { peakPercent, region, throttled429, ranOut, ...down, ...carriedBy(survivors.map((s) => s.id)), status, consecutive429 };
}
