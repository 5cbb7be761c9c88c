/**
 * A hash grid over unit vectors for S2Builder's site queries (S2 uses an S2PointIndex): cells of
 * side h in x, y, z, so every site within chord distance h of a point is in the 27 cells around it,
 * and every site within h of an edge is in the cells of the edge's box widened by h and the arc's bulge.
 */
import { angle, type Vec } from "./sphere";

export class SiteGrid {
  private cells = new Map<string, number[]>();
  private count = 0;
  constructor(private h: number) {}

  private key = (i: number, j: number, k: number) => `${i},${j},${k}`;
  private at = (c: number) => Math.floor(c / this.h);

  add(id: number, p: Vec): void {
    const key = this.key(this.at(p[0]), this.at(p[1]), this.at(p[2]));
    const list = this.cells.get(key);
    if (list) list.push(id);
    else this.cells.set(key, [id]);
    this.count++;
  }

  /** Site ids possibly within chord h of p. */
  nearPoint(p: Vec): number[] {
    return this.box(p, p, this.h) ?? [];
  }

  /** Site ids possibly within chord h of the geodesic edge a–b, or null when scanning every site is cheaper. */
  nearEdge(a: Vec, b: Vec): number[] | null {
    const bulge = 1 - Math.cos(angle(a, b) / 2);
    return this.box(a, b, this.h + bulge);
  }

  private box(a: Vec, b: Vec, pad: number): number[] | null {
    const lo = [0, 1, 2].map((d) => this.at(Math.min(a[d], b[d]) - pad));
    const hi = [0, 1, 2].map((d) => this.at(Math.max(a[d], b[d]) + pad));
    if ((hi[0] - lo[0] + 1) * (hi[1] - lo[1] + 1) * (hi[2] - lo[2] + 1) > Math.max(27, this.count)) return null;
    const out: number[] = [];
    for (let i = lo[0]; i <= hi[0]; i++) for (let j = lo[1]; j <= hi[1]; j++) for (let k = lo[2]; k <= hi[2]; k++) out.push(...(this.cells.get(this.key(i, j, k)) ?? []));
    return out;
  }
}
