import type { RegionSnapshot, Status, SurvivorBasis } from "../snapshot/types";
import { formatLoadPercent } from "../format/units";

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
  /** What the projection rests on (lib/signals/saturation/regions.ts survivorVerdict). */
  basis: SurvivorBasis;
}

export function survivorLines(regions: readonly RegionSnapshot[]): SurvivorLine[] {
  if (regions.length < 2) return [];
  return regions.map((survivor) => {
    const others = regions.filter((r) => r.id !== survivor.id);
    const failed = others.length === 1 ? others[0].displayName : `all but ${survivor.displayName}`;
    const p = survivor.survivorProjectedPercent;
    const has = p !== null && Number.isFinite(p);
    const verb = others.length === 1 ? "fails" : "fail";
    // "If UK South fails" under the headline "UK South cannot serve" read as if it had not: when every
    // other region's origin is UNHEALTHY the failover is happening, so the premise is stated, not supposed.
    const down = others.every((r) => r.survivorBasis === "cannot-serve");
    const premise = down ? `With ${failed} down,` : `If ${failed} ${verb},`;
    const basis = survivor.survivorBasis;
    // Read across a room, the number alone would pass for "it can take the load": say what it rests on.
    const text =
      // No "If … fails" here: the failover onto it is moot, and three lines of headline pushed the CPU and RU rows off a 1080p tile.
      basis === "cannot-serve"
        ? `${survivor.displayName} cannot serve (origin unhealthy)`
        : // Its load figure would read as headroom while it fails its own requests (the tile's reason says why).
          basis === "failing"
          ? `${premise} ${survivor.displayName} ${down ? "is failing requests" : "already fails requests"}`
          : has
          ? `${premise} ${survivor.displayName} runs at ${formatLoadPercent(p)}${basis === "unverified" ? " (origin health unknown)" : ""}`
          : `If ${failed} ${verb}: no data for ${survivor.displayName}`;
    return { survivorId: survivor.id, text, percent: has && basis !== "cannot-serve" && basis !== "failing" ? p : null, status: survivor.survivorStatus, basis };
  });
}

/**
 * The headline: a survivor that cannot serve at all, else one failing its own requests, else the
 * worst projection, since that is the failover that would hurt.
 */
export function worstSurvivor(lines: readonly SurvivorLine[]): SurvivorLine | null {
  const dead = lines.find((l) => l.basis === "cannot-serve") ?? lines.find((l) => l.basis === "failing");
  if (dead) return dead;
  let worst: SurvivorLine | null = null;
  for (const line of lines) {
    if (line.percent === null) continue;
    if (!worst || worst.percent === null || line.percent > worst.percent) worst = line;
  }
  return worst ?? lines[0] ?? null;
}
