/**
 * geo_polygon_to_s2cells and geo_line_to_s2cells: the S2 cells of one level (the pages' "same S2
 * cell level") covering a shape, or the shape buffered by a radius. The covering is every level-L
 * cell the region intersects, which is what S2's RegionCoverer gives with min level = max level,
 * found the same way (a descent from the six faces through the cells that intersect the region,
 * with S2's containsCell/intersectsCell) but without the coverer's candidate queue: a cell the
 * region contains contributes its level-L descendants as one id range. That keeps a 60,000-cell
 * covering to a fraction of a second where s2js's RegionCoverer takes ~25 s.
 */
import { s2 } from "s2js";
import type { Value } from "../../dataset/columns";
import type { FnImpl } from "../functions";
import type { Getter } from "../value-ops";
import { BufferedRegion, capArea } from "./cells-s2-buffer";
import { pathLength, s2Polygon, s2Polyline } from "./cells-s2-shapes";
import { finite, intIn, readLines, readPolygons, type LngLat, type Ring } from "./geojson";

const { cellid } = s2;

const MAX_TOKENS = 65536; // the covering pages' limit: more cells give null

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

// S2's quadratic projection metrics: the largest cell area and diagonal at level L are these
// constants over 4^L and 2^L (S2's kMaxArea and kMaxDiag).
const MAX_AREA_DERIV = 2.635799;
const MAX_DIAG_DERIV = 2.438654594;

interface Shapes {
  shapes: (s2.Polygon | s2.Polyline)[];
  /** Area (steradians) and boundary length (radians) of the unbuffered shapes. */
  area: number;
  boundary: number;
}

/**
 * The covering, or null past the 65536-token limit. A lower bound on the count (the region's
 * area over the largest cell area, the boundary's length over the largest cell diagonal; a
 * buffered region is at least a cap of the radius) answers null before an enormous covering
 * (level 30 over a continent) is attempted.
 */
function coverAtLevel({ shapes, area, boundary }: Shapes, level: number, radius: number): string[] | null {
  const regionArea = radius > 0 ? Math.max(area, capArea(radius)) : area;
  const lowerBound = Math.max((regionArea * 4 ** level) / MAX_AREA_DERIV, (boundary * 2 ** level) / MAX_DIAG_DERIV);
  if (lowerBound > MAX_TOKENS) return null;
  const regions = radius > 0 ? [new BufferedRegion(shapes, radius)] : shapes;
  const ids = coverCellsAtLevel(regions, level, MAX_TOKENS);
  return ids && ids.map(cellid.toToken);
}

/**
 * The S2 polygons of a Polygon/MultiPolygon, or null when one is invalid (the pages answer null
 * for an invalid polygon). Rings are read counter-clockwise whatever their orientation, as s2js
 * does and as the page's clockwise triangle (286 cells at level 5) shows Kusto does too.
 */
function polygonShapes(v: Value): Shapes | null {
  const polygons = readPolygons(v);
  if (!polygons) return null;
  const shapes: s2.Polygon[] = [];
  for (const rings of polygons) {
    const p = s2Polygon(rings);
    if (!p) return null;
    shapes.push(p);
  }
  const area = shapes.reduce((s, p) => s + p.area(), 0);
  const boundary = polygons.reduce((s, rings: Ring[]) => s + rings.reduce((t, r) => t + pathLength(r), 0), 0);
  return { shapes, area, boundary };
}

function lineShapes(v: Value): Shapes | null {
  const lines = readLines(v);
  return lines && { shapes: lines.map(s2Polyline), area: 0, boundary: lines.reduce((s, l: LngLat[]) => s + pathLength(l), 0) };
}

/**
 * f(shape [, level = 11 [, radius = 0]]): level in [0, 30]; the radius in meters, a negative or
 * null one invalid. Any invalid argument gives null.
 */
function covering(read: (v: Value) => Shapes | null): FnImpl {
  return ({ g }) => {
    const [shape, levelG, radiusG] = g as [Getter, Getter | undefined, Getter | undefined];
    return (i) => {
      const level = levelG ? intIn(levelG(i), 0, 30) : 11;
      const radius = radiusG ? finite(radiusG(i)) : 0;
      if (level === null || radius === null || radius < 0) return null;
      const shapes = read(shape(i));
      return shapes && coverAtLevel(shapes, level, radius);
    };
  };
}

export const S2_COVERING_FUNCTIONS: Record<string, FnImpl> = {
  geo_polygon_to_s2cells: covering(polygonShapes),
  geo_line_to_s2cells: covering(lineShapes),
};
