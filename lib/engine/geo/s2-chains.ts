/**
 * S2Builder's edge-chain simplification (EdgeChainSimplifier with S2PolylineSimplifier) over the
 * snapped edges of s2-snap.ts, one layer whose degenerate edges are discarded (S2's polyline and
 * polygon layers): chains of interior vertices are replaced by the longest edges that pass within
 * the snap radius of every input vertex snapped to them and keep clear of the other sites.
 */
import { s1 } from "s2js";
import { chord2, NotReproduced, orderedCCW, sign, type Snapped } from "./s2-snap";
import { dot, type Vec } from "./sphere";

export interface OutEdge {
  from: number;
  to: number;
  /** The input edges it replaces (S2's input edge id set). */
  inputs: number[];
}

/** S2PolylineSimplifier: the window of directions from src an output edge may take. */
class Simplifier {
  private window = s1.Interval.fullInterval();
  private avoid: { interval: s1.Interval; onLeft: boolean }[] = [];
  private xDir: Vec = [0, 0, 0];
  private yDir: Vec = [0, 0, 0];
  constructor(private src: Vec) {
    const t = src.map(Math.abs);
    const i = t[0] < t[1] ? (t[0] < t[2] ? 0 : 2) : t[1] < t[2] ? 1 : 2;
    const j = i === 2 ? 0 : i + 1;
    const k = i === 0 ? 2 : i - 1;
    this.yDir[i] = 0;
    this.yDir[j] = src[k];
    this.yDir[k] = -src[j];
    this.xDir[i] = src[j] * src[j] + src[k] * src[k];
    this.xDir[j] = -src[j] * src[i];
    this.xDir[k] = -src[k] * src[i];
  }

  private direction(p: Vec): number {
    return Math.atan2(dot(p, this.yDir), dot(p, this.xDir));
  }

  private semiwidth(p: Vec, r2: number, round: number): number {
    let a2 = chord2(this.src, p);
    a2 -= 64 * (Number.EPSILON / 2) ** 2 * round;
    if (a2 <= r2) return Math.PI;
    const sin2R = r2 * (1 - 0.25 * r2);
    const sin2A = a2 * (1 - 0.25 * a2);
    const w = Math.asin(Math.sqrt(sin2R / sin2A));
    return w + round * ((2 * 10 + 4) * (Number.EPSILON / 2) + 17 * (Number.EPSILON / 2) * w);
  }

  extend(dst: Vec): boolean {
    if (chord2(this.src, dst) > 2) return false;
    const dir = this.direction(dst);
    if (!contains(this.window, dir)) return false;
    return !this.avoid.some((r) => contains(r.interval, dir));
  }

  targetDisc(p: Vec, r2: number): boolean {
    const w = this.semiwidth(p, r2, -1);
    if (w >= Math.PI) return true;
    if (w < 0) {
      this.window = s1.Interval.emptyInterval();
      return false;
    }
    const c = this.direction(p);
    this.window = this.window.intersection(fromPoint(c).expanded(w));
    for (const r of this.avoid) this.avoidRange(r.interval, r.onLeft);
    this.avoid = [];
    return !this.window.isEmpty();
  }

  avoidDisc(p: Vec, r2: number, onLeft: boolean): boolean {
    const w = this.semiwidth(p, r2, 1);
    if (w >= Math.PI) {
      this.window = s1.Interval.emptyInterval();
      return false;
    }
    const c = this.direction(p);
    const dl = onLeft ? Math.PI / 2 : w;
    const dr = onLeft ? w : Math.PI / 2;
    const interval = s1.Interval.fromEndpoints(remainder(c - dr), remainder(c + dl));
    if (this.window.isFull()) {
      this.avoid.push({ interval, onLeft });
      return true;
    }
    this.avoidRange(interval, onLeft);
    return !this.window.isEmpty();
  }

  private avoidRange(interval: s1.Interval, onLeft: boolean): void {
    if (this.window.containsInterval(interval)) {
      this.window = onLeft ? s1.Interval.fromEndpoints(this.window.lo, interval.lo) : s1.Interval.fromEndpoints(interval.hi, this.window.hi);
    } else this.window = this.window.intersection(interval.complement());
  }
}

// C's remainder(x, 2π): x − n·2π with n the nearest integer (ties to even).
function remainder(x: number): number {
  const y = 2 * Math.PI;
  const q = x / y;
  let n = Math.round(q);
  if (Math.abs(q - Math.trunc(q)) === 0.5) n = 2 * Math.round(q / 2);
  return x - n * y;
}

const fromPoint = (p: number) => (p === -Math.PI ? new s1.Interval(Math.PI, Math.PI) : new s1.Interval(p, p));
const contains = (i: s1.Interval, p: number) => i.contains(p === -Math.PI ? Math.PI : p);

/**
 * EdgeChainSimplifier::Run over the snapped edges (degenerate ones already discarded). `inputVertices`
 * are the builder's input vertices, `siteVertices` the input vertices snapped to each site.
 */
export function simplifyChains(snapped: Snapped, inputVertices: Vec[], siteVertices: number[][]): OutEdge[] {
  const { sites, chains, edgeSites, radii } = snapped;
  // Snapped edges, sorted as S2's graph sorts them: by source, destination, then input order.
  const edges: { from: number; to: number; input: number }[] = [];
  chains.forEach((chain, input) => {
    for (let k = 1; k < chain.length; k++) edges.push({ from: chain[k - 1], to: chain[k], input });
  });
  edges.sort((a, b) => a.from - b.from || a.to - b.to);
  const outIds = sites.map((): number[] => []);
  const inIds = sites.map((): number[] => []);
  edges.forEach((e, id) => {
    outIds[e.from].push(id);
    inIds[e.to].push(id);
  });
  const between = (v0: number, v1: number) => outIds[v0].filter((e) => edges[e].to === v1);
  const interior = sites.map((_, v) => isInterior(v));
  const used = edges.map(() => false);
  const out: OutEdge[] = [];

  function isInterior(v: number): boolean {
    if (outIds[v].length === 0 || outIds[v].length !== inIds[v].length) return false;
    let excess = 0;
    let v1 = -1;
    let v2 = -1;
    let n1 = 0;
    let n2 = 0;
    const tally = (w: number, outgoing: boolean) => {
      excess += outgoing ? 1 : -1;
      if (v1 < 0) v1 = w;
      if (v1 === w) n1++;
      else {
        if (v2 < 0) v2 = w;
        if (v2 === w) n2++;
        else excess = NaN;
      }
    };
    for (const e of outIds[v]) tally(edges[e].to, true);
    for (const e of inIds[v]) tally(edges[e].from, false);
    return excess === 0 && n1 === n2;
  }

  const outputEdge = (e: number) => {
    out.push({ from: edges[e].from, to: edges[e].to, inputs: [edges[e].input] });
    used[e] = true;
  };

  function avoidSites(v0: number, v1: number, v2: number, usedVertices: Set<number>, simplifier: Simplifier): boolean {
    const [p0, p1, p2] = [sites[v0], sites[v1], sites[v2]];
    const r1 = chord2(p0, p1);
    const r2 = chord2(p0, p2);
    if (r2 < r1) return false;
    if (r2 >= radii.splitLength2) return false;
    let best = -1;
    for (const e of [...between(v1, v2), ...between(v2, v1)]) if (best < 0 || edgeSites[edges[e].input].length < edgeSites[best].length) best = edges[e].input;
    for (const v of edgeSites[best]) {
      const p = sites[v];
      if (chord2(p0, p) >= r2) continue;
      if (usedVertices.has(v)) continue;
      usedVertices.add(v);
      const onLeft = v1 === v0 ? sign(p1, p2, p) > 0 : orderedCCW(p0, p2, p, p1);
      if (!simplifier.avoidDisc(p, radii.edgeSite2, onLeft)) return false;
    }
    return true;
  }

  const targetInputVertices = (v: number, simplifier: Simplifier) => siteVertices[v].every((i) => simplifier.targetDisc(inputVertices[i], radii.snap2));

  function followChain(v0: number, v1: number): number {
    for (const e of outIds[v1]) if (edges[e].to !== v0 && edges[e].to !== v1) return edges[e].to;
    throw new NotReproduced("an edge chain S2 could not follow");
  }

  function mergeChain(vertices: number[]): void {
    const merged: number[][] = [];
    for (let i = 1; i < vertices.length; i++) {
      const ids = [...between(vertices[i - 1], vertices[i]), ...between(vertices[i], vertices[i - 1])];
      ids.forEach((e, j) => {
        (merged[j] ??= []).push(edges[e].input);
        used[e] = true;
      });
    }
    const [v0, v1, vb] = [vertices[0], vertices[1], vertices[vertices.length - 1]];
    const forward = between(v0, v1).length;
    merged.forEach((inputs, j) => out.push(j < forward ? { from: v0, to: vb, inputs } : { from: vb, to: v0, inputs }));
  }

  function simplifyChain(v0: number, v1: number): void {
    const vstart = v0;
    let done = false;
    do {
      const chain = [v0];
      const usedVertices = new Set([v0]);
      const simplifier = new Simplifier(sites[v0]);
      const simplify = avoidSites(v0, v0, v1, usedVertices, simplifier);
      for (;;) {
        chain.push(v1);
        usedVertices.add(v1);
        done = !interior[v1] || v1 === vstart;
        if (done) break;
        const prev = v0;
        v0 = v1;
        v1 = followChain(prev, v0);
        if (!(simplify && targetInputVertices(v0, simplifier) && avoidSites(chain[0], v0, v1, usedVertices, simplifier) && simplifier.extend(sites[v1]))) break;
      }
      if (chain.length === 2) {
        for (const e of [...between(chain[0], chain[1]), ...between(chain[1], chain[0])]) outputEdge(e);
      } else mergeChain(chain);
    } while (!done);
  }

  for (let e = 0; e < edges.length; e++) {
    if (used[e] || interior[edges[e].from]) continue;
    if (!interior[edges[e].to]) outputEdge(e);
    else simplifyChain(edges[e].from, edges[e].to);
  }
  for (let e = 0; e < edges.length; e++) if (!used[e]) simplifyChain(edges[e].from, edges[e].to);
  return out;
}
