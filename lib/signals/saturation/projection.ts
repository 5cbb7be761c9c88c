/**
 * SIGNALS 3.5's survivor projection for any number of regions.
 *
 * SIGNALS.md writes it as Σᵢ(utilᵢ × capacityᵢ) / capacity_r, "the load r would carry if every other
 * region failed now", with two regions in mind: there, "every other" is one region. With three, read
 * literally it is a double failure: a deployment sized to lose any one region (each at ~37 % at the
 * afternoon peak) projected 114 % on every region, a permanent amber that asks nothing of the on-call
 * engineer. What they plan for, and what the failover they fear next does, is ONE more region failing.
 * So the projection is the load r would carry after the one further failure that would hurt it most:
 * that region's load spread over the regions still serving (r among them) in proportion to capacity,
 * as Front Door spreads it over the origins left. With two regions this is the formula SIGNALS writes,
 * to the float; with one region down of three it is the literal one again (the last two: if one fails,
 * the other carries everything); with every other region down it is r's own measured load.
 *
 * A region without samples is down: it carries nothing (its load already moved into the survivors'
 * measured util) and absorbs nothing. Null only when no region reported at all.
 */
export interface RegionUtil {
  id: string;
  utilPercent: number | null;
  capacity: number;
}

/** The projection of every region, and which region's failure it assumes (null: none left to fail). */
export interface Projection {
  percent: number;
  ifFails: string | null;
}

function projectOne(r: RegionUtil, serving: readonly RegionUtil[]): Projection {
  const own = (r.utilPercent ?? 0) * r.capacity;
  const others = serving.filter((o) => o.id !== r.id);
  // The capacity that would share a failed region's load: r (whether it serves now or comes back) and the rest.
  const pool = r.capacity + others.reduce((s, o) => s + o.capacity, 0);
  let worst: Projection = { percent: own / r.capacity, ifFails: null };
  for (const j of others) {
    // r's share of j's load; with two regions the share is exactly 1, so the sum is the formula SIGNALS writes, bit for bit.
    const moved = (j.utilPercent ?? 0) * j.capacity * (r.capacity / (pool - j.capacity));
    const percent = (own + moved) / r.capacity;
    if (worst.ifFails === null || percent > worst.percent) worst = { percent, ifFails: j.id };
  }
  return worst;
}

export function survivorProjections(regions: readonly RegionUtil[]): Map<string, Projection | null> {
  const serving = regions.filter((r) => r.utilPercent !== null && r.capacity > 0);
  return new Map(regions.map((r) => [r.id, serving.length === 0 || r.capacity <= 0 ? null : projectOne(r, serving)]));
}

export function survivorProjection(regions: readonly RegionUtil[]): Map<string, number | null> {
  return new Map([...survivorProjections(regions)].map(([id, p]) => [id, p?.percent ?? null]));
}
