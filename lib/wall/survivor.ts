import type { RegionSnapshot, Status } from "../snapshot/types";

/**
 * The survivor sentence of the saturation tile: what one region would carry if the others
 * failed now (SIGNALS.md 3.5, `survivorProjectedPercent`). Above 100 % the survivor cannot take
 * the load, which is the game-day lesson the NOC must see before the failover, not during it.
 */
export interface SurvivorLine {
  /** The region that would carry the load. */
  survivorId: string;
  text: string;
  percent: number | null;
  status: Status;
  /** The projection assumes the survivor could serve while its origin health is unknown. */
  unverified: boolean;
}

function percentText(p: number): string {
  return `${Math.round(p)} %`;
}

export function survivorLines(regions: readonly RegionSnapshot[]): SurvivorLine[] {
  if (regions.length < 2) return [];
  return regions.map((survivor) => {
    const others = regions.filter((r) => r.id !== survivor.id);
    const failed = others.length === 1 ? others[0].displayName : `all but ${survivor.displayName}`;
    const p = survivor.survivorProjectedPercent;
    const has = p !== null && Number.isFinite(p);
    const verb = others.length === 1 ? "fails" : "fail";
    // Read across a room, the number alone would pass for "it can take the load": say what it rests on.
    const caveat = survivor.survivorCaveat ? " (origin health unknown)" : "";
    const text = has
      ? `If ${failed} ${verb}, ${survivor.displayName} runs at ${percentText(p)}${caveat}`
      : `If ${failed} ${verb}: no data for ${survivor.displayName}`;
    return { survivorId: survivor.id, text, percent: has ? p : null, status: survivor.survivorStatus, unverified: Boolean(survivor.survivorCaveat) };
  });
}

/** The headline: the worst survivor projection, since that is the failover that would hurt. */
export function worstSurvivor(lines: readonly SurvivorLine[]): SurvivorLine | null {
  let worst: SurvivorLine | null = null;
  for (const line of lines) {
    if (line.percent === null) continue;
    if (!worst || worst.percent === null || line.percent > worst.percent) worst = line;
  }
  return worst ?? lines[0] ?? null;
}
