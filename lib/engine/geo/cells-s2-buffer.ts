/**
 * The buffered region of the S2 covering functions' radius argument: every point within `radius`
 * meters of the shapes (the pages: "the covering will be, in addition to input shape, of all
 * points within the radius of the input geometry"). Modeled on S2's S2ShapeIndexBufferedRegion:
 * a cell intersects it when its distance to the shapes (0 inside a polygon) is at most the radius,
 * and is contained when the unbuffered shapes contain it or its center is within the radius minus
 * the cell's cap radius. Distances are on the sphere of S2's Earth radius, 6,371,010 m, the one
 * geo_distance_2points' page example implies (1,546,754.35 m for its two points).
 */
import { s1, s2 } from "s2js";

export const EARTH_RADIUS_M = 6371010;

type Shape = s2.Polygon | s2.Polyline;

export class BufferedRegion {
  private readonly query: s2.ClosestEdgeQuery;
  private readonly radius: number;
  private readonly limit: number;

  constructor(
    private readonly shapes: Shape[],
    radiusMeters: number,
  ) {
    const index = new s2.ShapeIndex();
    for (const s of shapes) index.add(s);
    this.query = new s2.ClosestEdgeQuery(index, new s2.ClosestEdgeQueryOptions());
    this.radius = radiusMeters / EARTH_RADIUS_M;
    this.limit = s1.chordangle.fromAngle(this.radius);
  }

  intersectsCell(cell: s2.Cell): boolean {
    return this.query.isDistanceLessOrEqual(new s2.EdgeQueryCellTarget(cell), this.limit);
  }

  containsCell(cell: s2.Cell): boolean {
    if (this.shapes.some((s) => s.containsCell(cell))) return true;
    const capRadius = cell.capBound().radius();
    if (this.radius < capRadius) return false;
    return this.query.isDistanceLess(new s2.EdgeQueryPointTarget(cell.center()), s1.chordangle.fromAngle(this.radius - capRadius));
  }
}

/** The area of a cap of the radius, in steradians: a lower bound on any buffered shape's area. */
export const capArea = (radiusMeters: number) => 2 * Math.PI * (1 - Math.cos(Math.min(Math.PI, radiusMeters / EARTH_RADIUS_M)));
