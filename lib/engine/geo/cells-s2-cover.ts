/**
 * The covering of a region by the S2 cells of one level: every level-L cell the region intersects,
 * which is what S2's RegionCoverer gives with min level = max level (and enough max cells), found
 * the same way (a descent from the six faces through the cells that intersect the region, with
 * the same exact containsCell/intersectsCell predicates) but without the coverer's candidate
 * queue: a cell the region contains contributes its level-L descendants as one id range. That
 * keeps a 60,000-cell covering to a fraction of a second where s2js's RegionCoverer takes ~25 s.
 */
import { s2 } from "s2js";

const { cellid } = s2;

interface CoverRegion {
  containsCell(c: s2.Cell): boolean;
  intersectsCell(c: s2.Cell): boolean;
}

/** The level-`level` cells intersecting any of `regions`, sorted by id; null once there are more than `limit`. */
export function coverCellsAtLevel(regions: CoverRegion[], level: number, limit: number): bigint[] | null {
  const out = new Set<bigint>();
  const visit = (id: bigint): boolean => {
    const cell = s2.Cell.fromCellID(id);
    const hits = regions.filter((r) => r.intersectsCell(cell));
    if (hits.length === 0) return true;
    const cellLevel = cellid.level(id);
    if (cellLevel === level) {
      out.add(id);
      return out.size <= limit;
    }
    if (hits.some((r) => r.containsCell(cell))) {
      if (4 ** (level - cellLevel) > limit) return false;
      const end = cellid.childEndAtLevel(id, level);
      for (let c = cellid.childBeginAtLevel(id, level); c !== end; c = cellid.next(c)) {
        out.add(c);
        if (out.size > limit) return false;
      }
      return true;
    }
    return cellid.children(id).every(visit);
  };
  for (let face = 0; face < 6; face++) if (!visit(cellid.fromFace(face))) return null;
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
