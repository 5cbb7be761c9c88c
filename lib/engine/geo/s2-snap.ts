/**
 * S2Builder's snapping with an IdentitySnapFunction of radius r (Google's S2 library, which Kusto's
 * simplify functions run; see simplify.ts): Voronoi sites chosen among the input vertices in S2CellId
 * order, every input edge snapped to the chain of sites whose regions it crosses. S2 decides with
 * exact predicates; here they are doubles, and any decision within rounding of its threshold, or any
 * step of S2's algorithm not reproduced (extra separation sites, circumcenter tests, long edges),
 * throws NotReproduced instead of guessing.
 */
import { s2 } from "s2js";
import { SiteGrid } from "./s2-grid";
import { cross, dot, sub, type Vec } from "./sphere";

export class NotReproduced extends Error {}

const DBL_ERR = Number.EPSILON / 2;
const T_ERR = DBL_ERR;
const SQRT3 = Math.sqrt(3);

/** S1ChordAngle(S1Angle(a)).length2(). */
export const chord2OfAngle = (a: number) => (a >= Math.PI ? 4 : (2 * Math.sin(0.5 * a)) ** 2);
export const chord2 = (a: Vec, b: Vec) => {
  const d = sub(a, b);
  return Math.min(4, dot(d, d));
};

/**
 * An exact predicate of S2 (s2pred::CompareDistance and kin) on chord² values: the sign of a − b,
 * where a difference within rounding (distances ~1e-13 rad apart) is not decided. S2's plain
 * S1ChordAngle comparisons are plain comparisons here too.
 */
export function compare(a: number, b: number): number {
  if (Math.abs(Math.sqrt(a) - Math.sqrt(b)) < 1e-13) throw new NotReproduced("a distance within rounding of its threshold");
  return a < b ? -1 : 1;
}

/** s2pred::Sign: +1 when a, b, c are counterclockwise; the near-collinear case S2 settles exactly is refused. */
export function sign(a: Vec, b: Vec, c: Vec): number {
  const det = dot(cross(a, b), c);
  if (Math.abs(det) <= 1.8274 * Number.EPSILON) throw new NotReproduced("three nearly collinear vertices");
  return det > 0 ? 1 : -1;
}

export function orderedCCW(a: Vec, b: Vec, c: Vec, o: Vec): boolean {
  let sum = 0;
  if (sign(b, o, a) >= 0) sum++;
  if (sign(c, o, b) >= 0) sum++;
  if (sign(a, o, c) > 0) sum++;
  return sum >= 2;
}

/** Chord² from c to the nearest point of the geodesic edge x–y. */
export function edgeChord2(c: Vec, x: Vec, y: Vec): number {
  const n = cross(x, y);
  const nn = dot(n, n);
  if (nn > 0 && dot(c, cross(n, x)) > 0 && dot(c, cross(y, n)) > 0) {
    // sin² of the distance to the great circle, as a chord²: 2 − 2cos(d).
    const s2 = Math.min(1, dot(c, n) ** 2 / nn);
    return (2 * s2) / (1 + Math.sqrt(1 - s2));
  }
  return Math.min(chord2(c, x), chord2(c, y));
}

type Excluded = "FIRST" | "SECOND" | "NEITHER";

function closestVertex(x: Vec, a0: Vec, a1: Vec): [Vec, number] {
  const a0x2 = chord2(a0, x);
  const a1x2 = chord2(a1, x);
  if (a0x2 === a1x2) throw new NotReproduced("a site equidistant from an edge's ends");
  return a0x2 < a1x2 ? [a0, a0x2] : [a1, a1x2];
}

/** s2pred::GetVoronoiSiteExclusion in double precision (TriageVoronoiSiteExclusion); uncertain → NotReproduced. */
export function voronoiExclusion(a: Vec, b: Vec, x0: Vec, x1: Vec, r2: number): Excluded {
  if (compare(chord2(x1, a), chord2(x1, b)) < 0) return "SECOND";
  const uncertain = () => new NotReproduced("a Voronoi site exclusion S2 settles exactly");
  const n = cross(sub(x0, x1), [x0[0] + x1[0], x0[1] + x1[1], x0[2] + x1[2]]);
  const n2 = dot(n, n);
  const n1 = Math.sqrt(n2);
  const DnError = ((3.5 + 2 * SQRT3) * n1 + 32 * SQRT3 * DBL_ERR) * T_ERR;
  const cosR = 1 - 0.5 * r2;
  const sin2R = r2 * (1 - 0.25 * r2);
  const n2sin2R = n2 * sin2R;
  const side = (p: Vec) => {
    const [v, px2] = closestVertex(p, x0, x1);
    const pDn = dot(sub(p, v), n);
    const pDn2 = pDn * pDn;
    const pDnError = DnError * Math.sqrt(px2);
    const rp2 = n2sin2R - pDn2;
    const rp2Error = (8 * DBL_ERR + 4 * T_ERR) * pDn2 + (2 * Math.abs(pDn) + pDnError) * pDnError + 6 * T_ERR * n2sin2R;
    const minRp2 = rp2 - rp2Error;
    if (minRp2 < 0) throw uncertain();
    const rp = Math.sqrt(rp2);
    return { pDn, pDnError, rp, rpError: 1.5 * T_ERR * rp + (0.5 * rp2Error) / Math.sqrt(minRp2) };
  };
  const A = side(a);
  const B = side(b);
  const lhs3 = cosR * (B.rp - A.rp);
  const absLhs3 = Math.abs(lhs3);
  const lhs3Error = cosR * (A.rpError + B.rpError) + 3 * T_ERR * absLhs3;
  const aXb = cross(sub(a, b), [a[0] + b[0], a[1] + b[1], a[2] + b[2]]);
  const aXb1 = Math.sqrt(dot(aXb, aXb));
  const sinD = 0.5 * dot(aXb, n);
  const sinDError = (4 * DBL_ERR + (2.5 + 2 * SQRT3) * T_ERR) * aXb1 * n1 + 16 * SQRT3 * DBL_ERR * T_ERR * (aXb1 + n1);
  const result = absLhs3 - sinD;
  const resultError = lhs3Error + sinDError;
  if (result < -resultError) return "NEITHER";
  // The sites' order along the edge reversed: S2's further cosine tests are not reproduced.
  if (sinD <= sinDError) throw uncertain();
  const cosD = dot(a, b) * n2 - A.pDn * B.pDn;
  const cosDError = ((8 * DBL_ERR + 5 * T_ERR) * Math.abs(A.pDn) + A.pDnError) * Math.abs(B.pDn) + (Math.abs(A.pDn) + A.pDnError) * B.pDnError + (8 * DBL_ERR + 8 * T_ERR) * n2;
  if (cosD <= -cosDError) return "NEITHER";
  if (cosD < cosDError || result <= resultError) throw uncertain();
  return lhs3 > 0 ? "FIRST" : "SECOND";
}

/** s2pred::EdgeCircumcenterSign (its double triage): the side of edge x0–x1 the circumcenter of abc lies on. */
function circumcenterSign(x0: Vec, x1: Vec, a: Vec, b: Vec, c: Vec, abcSign: number): number {
  const plus = (p: Vec, q: Vec): Vec => [p[0] + q[0], p[1] + q[1], p[2] + q[2]];
  const len = (p: Vec) => Math.sqrt(dot(p, p));
  const abDiff = sub(a, b);
  const abSum = plus(a, b);
  const bcDiff = sub(b, c);
  const bcSum = plus(b, c);
  const nab = cross(abDiff, abSum);
  const nbc = cross(bcDiff, bcSum);
  const [nabLen, nbcLen] = [len(nab), len(nbc)];
  const zError =
    ((16 + 24 * SQRT3) * T_ERR + 8 * DBL_ERR * (len(abDiff) + len(bcDiff))) * nabLen * nbcLen + 128 * SQRT3 * DBL_ERR * T_ERR * (nabLen + nbcLen) + 3 * 4096 * DBL_ERR * DBL_ERR * T_ERR * T_ERR;
  const z = cross(cross(nab, abSum), cross(nbc, bcSum));
  const nx = cross(sub(x0, x1), plus(x0, x1));
  const result = abcSign * dot(nx, z);
  const nxLen = len(nx);
  const nxError = ((1 + 2 * SQRT3) * nxLen + 32 * SQRT3 * DBL_ERR) * T_ERR;
  const resultError = (3 * T_ERR * nxLen + nxError) * len(z) + zError * nxLen;
  if (Math.abs(result) <= resultError) throw new NotReproduced("a circumcenter S2 places exactly");
  return result > 0 ? 1 : -1;
}

export interface Snapped {
  sites: Vec[];
  /** Per input edge: its chain of site ids. */
  chains: number[][];
  /** Per input edge: the sites near it, by distance from its first vertex (S2's edge_sites_). */
  edgeSites: number[][];
  radii: Radii;
}

export interface Radii {
  snap2: number;
  edgeSite2: number;
  splitLength2: number;
}

const MAX_VERTICES = 100_000;

/** Sites, edge chains and near sites of S2Builder for input vertices and edges, snap radius r (radians). */
export function snap(vertices: Vec[], edges: [number, number][], r: number): Snapped {
  if (vertices.length > MAX_VERTICES) throw new NotReproduced(`more than ${MAX_VERTICES} vertices`);
  const snap2 = chord2OfAngle(r);
  const query2 = chord2OfAngle(1.1 * r + 0.5 * r);
  const adjacent2 = chord2OfAngle(2 * r);
  const edgeSite2 = chord2OfAngle(0.5 * r);
  const splitLength2 = chord2OfAngle(2 * Math.acos(Math.sin(r) / Math.sin(1.1 * r)));
  const ids = vertices.map((v) => s2.cellid.fromPoint(new s2.Point(v[0], v[1], v[2])));
  const order = vertices.map((_, k) => k).sort((i, j) => (ids[i] < ids[j] ? -1 : ids[i] > ids[j] ? 1 : i - j));
  const sites: Vec[] = [];
  const grid = new SiteGrid(Math.sqrt(query2) * (1 + 1e-9));
  for (const k of order) {
    const v = vertices[k];
    if (!grid.nearPoint(v).some((id) => chord2(sites[id], v) === 0 || compare(chord2(sites[id], v), snap2) <= 0)) {
      grid.add(sites.length, v);
      sites.push(v);
    }
  }
  const chains: number[][] = [];
  const edgeSites: number[][] = [];
  for (const [i, j] of edges) {
    const x = vertices[i];
    const y = vertices[j];
    const near: number[] = [];
    for (const id of grid.nearEdge(x, y) ?? sites.keys()) if (compare(edgeChord2(sites[id], x, y), query2) <= 0) near.push(id);
    near.sort((p, q) => {
      const a = chord2(x, sites[p]);
      const b = chord2(x, sites[q]);
      return a === b ? p - q : compare(a, b);
    });
    const chain: number[] = [];
    for (const id of near) {
      const c = sites[id];
      if (compare(edgeChord2(c, x, y), snap2) > 0) continue;
      let add = true;
      while (chain.length > 0) {
        const b = sites[chain[chain.length - 1]];
        // S2 pads this bound by its rounding error: a distance that close to it is not decided.
        if (compare(chord2(b, c), adjacent2) >= 0) break;
        const result = voronoiExclusion(b, c, x, y, snap2);
        if (result === "FIRST") {
          chain.pop();
          continue;
        }
        if (result === "SECOND") {
          add = false;
          break;
        }
        // Is B's region clipped away by A and C together? When triangle ABC turns the other way
        // than XYB, that is when their circumcenter lies on the other side of XY than B.
        if (chain.length < 2) break;
        const a = sites[chain[chain.length - 2]];
        if (compare(chord2(a, c), adjacent2) >= 0) break;
        const xyb = sign(x, y, b);
        const abc = sign(a, b, c);
        if (abc === xyb || circumcenterSign(x, y, a, b, c, abc) !== xyb) break;
        chain.pop();
      }
      if (add) chain.push(id);
    }
    checkNoExtraSites(near, chain, sites, splitLength2, edgeSite2);
    chains.push(chain);
    edgeSites.push(near);
  }
  return { sites, chains, edgeSites, radii: { snap2, edgeSite2, splitLength2 } };
}

/** S2Builder::MaybeAddExtraSites, where every case that would add a site is refused. */
function checkNoExtraSites(near: number[], chain: number[], sites: Vec[], splitLength2: number, edgeSite2: number): void {
  for (let i = 0, j = 0; j < near.length && chain.length > 0; j++) {
    if (near[j] === chain[i]) {
      if (++i === chain.length) break;
      if (chord2(sites[chain[i - 1]], sites[chain[i]]) >= splitLength2) throw new NotReproduced("a snapped edge long enough to be split");
    } else if (i > 0) {
      if (compare(edgeChord2(sites[near[j]], sites[chain[i - 1]], sites[chain[i]]), edgeSite2) < 0) throw new NotReproduced("a snapped edge too close to another site (S2 adds a separation site)");
    }
  }
}
