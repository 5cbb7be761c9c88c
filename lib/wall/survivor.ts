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

/**
 * The supposition the survivor's number rests on (SIGNALS 3.5: every other region failing). With two
 * regions that is the other one; with more, a region already down (origin UNHEALTHY) is a fact, not an
 * "if" ("If all but West Europe fail" under "UK South cannot serve" said nothing of which regions the
 * number still supposes fail), so the regions still serving are named ("If North Europe fails too").
 */
function premise(others: readonly RegionSnapshot[]): { text: string; allDown: boolean } {
  const down = others.filter((r) => r.survivorBasis === "cannot-serve");
  const serving = others.filter((r) => r.survivorBasis !== "cannot-serve");
  if (serving.length === 0) return { text: `With ${listed(down)} down`, allDown: true };
  const too = down.length > 0 ? " too" : "";
  if (serving.length === 1) return { text: `If ${serving[0].displayName} fails${too}`, allDown: false };
  return { text: `If ${serving.length === 2 ? listed(serving) : `the ${serving.length} others`} fail${too}`, allDown: false };
}

const listed = (regions: readonly RegionSnapshot[]) =>
  regions.length === 1 ? regions[0].displayName : regions.length === 2 ? `${regions[0].displayName} and ${regions[1].displayName}` : `${regions.length} regions`;

export function survivorLines(regions: readonly RegionSnapshot[]): SurvivorLine[] {
  if (regions.length < 2) return [];
  return regions.map((survivor) => {
    const { text: premised, allDown } = premise(regions.filter((r) => r.id !== survivor.id));
    const p = survivor.survivorProjectedPercent;
    const has = p !== null && Number.isFinite(p);
    const basis = survivor.survivorBasis;
    // Read across a room, the number alone would pass for "it can take the load": say what it rests on.
    const text =
      // No "If … fails" here: the failover onto it is moot, and three lines of headline pushed the CPU and RU rows off a 1080p tile.
      basis === "cannot-serve"
        ? `${survivor.displayName} cannot serve (origin unhealthy)`
        : // Its load figure would read as headroom while it fails its own requests (the tile's reason says why).
          basis === "failing"
          ? `${premised}, ${survivor.displayName} ${allDown ? "is failing requests" : "already fails requests"}`
          : has
          ? `${premised}, ${survivor.displayName} runs at ${formatLoadPercent(p)}${basis === "unverified" ? " (origin health unknown)" : ""}`
          : `${premised}: no data for ${survivor.displayName}`;
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
