/**
 * Compares the engine's geo_union_polygons_array with S2Polygon::DestructiveUnion (libs2) on random
 * sets of cells of a 3×3 grid, which share edges and touch at corners: `bash test/oracles/s2/run.sh`.
 * Exits 1 on any disagreement; refusals (results with holes) are counted.
 */
import { execFileSync } from "node:child_process";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlUnsupportedError, runQuery } from "@/lib/engine";

const oracle = process.argv[2] ?? "/tmp/s2-oracle-union";
const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
let seed = Number(process.env.SEED ?? 1);
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

// OVERLAP=1: random overlapping star polygons instead of grid cells (known: ~5 % of them start the
// union's loop at another vertex, or order its loops otherwise, than S2 does: not modelled yet).
function overlapping(): number[][][] {
  const [x0, y0] = [(rnd() - 0.5) * 300, (rnd() - 0.5) * 140];
  return Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => {
    const [cx, cy, r, n] = [x0 + rnd() * 0.02, y0 + rnd() * 0.02, 0.003 + rnd() * 0.008, 3 + Math.floor(rnd() * 5)];
    return Array.from({ length: n }, (_, k) => {
      const a = (2 * Math.PI * (k + 0.5 * rnd())) / n;
      return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
    });
  });
}

const cases = Array.from({ length: Number(process.env.N ?? 300) }, () => {
  if (process.env.OVERLAP) return overlapping();
  const [x0, y0, s] = [Math.round((rnd() - 0.5) * 300), Math.round((rnd() - 0.5) * 140), 0.01];
  const picked = new Set<string>();
  const k = 2 + Math.floor(rnd() * 7);
  while (picked.size < k) picked.add(`${Math.floor(rnd() * 3)},${Math.floor(rnd() * 3)}`);
  return [...picked].map((g) => {
    const [x, y] = g.split(",").map((c, d) => (d === 0 ? x0 : y0) + Number(c) * s);
    return [[x, y], [x + s, y], [x + s, y + s], [x, y + s]];
  });
});
const input = cases.map((cells) => `${cells.map((r) => `${r.length} ${r.map(([a, b]) => `${a} ${b}`).join(" ")}`).join("\n")}\n---`).join("\n") + "\n";
const answers = execFileSync(oracle, { input }).toString().trim().split("\n");
// Numbers agree to 1e-9 relative, the doc-example comparison's precision (crossing points are
// computed differently from S2's, to ~1e-11), the rest exactly.
function same(a: string, b: string): boolean {
  const [ta, tb] = [a.trim().split(/\s+/), b.trim().split(/\s+/)];
  return ta.length === tb.length && ta.every((t, k) => t === tb[k] || Math.abs(Number(t) - Number(tb[k])) <= 1e-9 * Math.max(1, Math.abs(Number(t))));
}
const tally = { same: 0, refused: 0, different: 0 };
cases.forEach((cells, k) => {
  const arr = cells.map((r) => `dynamic(${JSON.stringify({ type: "Polygon", coordinates: [[...r, r[0]]] })})`).join(", ");
  let got: string;
  try {
    const v = run(`print geo_union_polygons_array(pack_array(${arr}))`).rows[0][0] as { type: string; coordinates: unknown };
    const polygons = (v.type === "Polygon" ? [v.coordinates] : v.coordinates) as number[][][][];
    got = `${polygons.length}${polygons.map((p) => ` |${p[0].length - 1} ${p[0].slice(0, -1).map(([a, b]) => `${a} ${b}`).join(" ")}`).join("")}`;
  } catch (e) {
    if (!(e instanceof KqlUnsupportedError)) throw e;
    tally.refused++;
    return;
  }
  if (same(got, answers[k])) tally.same++;
  else {
    tally.different++;
    console.log(`DIFFERENT ${JSON.stringify(cells)}\n  S2:     ${answers[k]}\n  engine: ${got}`);
  }
});
console.log(tally);
process.exit(tally.different > 0 ? 1 : 0);
