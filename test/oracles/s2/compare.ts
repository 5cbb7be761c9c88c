/**
 * Compares the engine's S2Builder simplification (lib/engine/geo/s2-simplify.ts) with Google's S2
 * library on random lines and counterclockwise rings: `bash test/oracles/s2/run.sh` (installs the
 * Debian package libs2-dev when missing, compiles oracle.cc). Prints how many cases agree, how many
 * the engine refuses (and why), and every disagreement; exits 1 on any disagreement.
 * Options (environment): SEED, N (cases), NMAX (vertices), TOLMIN/TOLMAX (meters), POLE=1, ANTI=1 (near the north
 * pole or straddling the antimeridian).
 */
import { execFileSync } from "node:child_process";
import { signedArea } from "@/lib/engine/geo/pieces";
import { simplifyLine, simplifyRing } from "@/lib/engine/geo/s2-simplify";
import { NotReproduced } from "@/lib/engine/geo/s2-snap";
import { EARTH_RADIUS_M as R, toVec } from "@/lib/engine/geo/sphere";

const oracle = process.argv[2] ?? "/tmp/s2-oracle";
let seed = Number(process.env.SEED ?? 1);
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const NMAX = Number(process.env.NMAX ?? 25);
type Case = { kind: "L" | "P"; tol: number; coords: [number, number][] };

function randomCase(): Case {
  const lat0 = process.env.POLE ? 89.99 - rnd() * 0.001 : (rnd() - 0.5) * 170;
  const lng0 = process.env.ANTI ? 179.9999 : (rnd() - 0.5) * 350;
  const mLat = (Math.PI / 180) * R;
  const mLng = mLat * Math.cos((lat0 * Math.PI) / 180);
  const tol = Number(process.env.TOLMIN ?? 1) + rnd() * Number(process.env.TOLMAX ?? 40);
  const at = (x: number, y: number): [number, number] => {
    const lng = lng0 + x / mLng;
    return [lng > 180 ? lng - 360 : lng < -180 ? lng + 360 : lng, lat0 + y / mLat];
  };
  const coords: [number, number][] = [];
  if (rnd() < 0.5) {
    // A random walk: mostly gentle turns, sometimes sharp ones.
    let [x, y, dir] = [0, 0, rnd() * 2 * Math.PI];
    for (let k = 0, n = 2 + Math.floor(rnd() * NMAX); k < n; k++) {
      coords.push(at(x, y));
      dir += (rnd() - 0.5) * (rnd() < 0.8 ? 0.6 : 3);
      const step = 2 + rnd() * 40;
      x += step * Math.cos(dir);
      y += step * Math.sin(dir);
    }
    return { kind: "L", tol, coords };
  }
  // A star-shaped ring, counterclockwise.
  const rad = 10 + rnd() * 150;
  for (let k = 0, n = 3 + Math.floor(rnd() * NMAX); k < n; k++) {
    const a = (2 * Math.PI * (k + 0.8 * rnd())) / n;
    const r = rad * (0.5 + rnd() * 0.5);
    coords.push(at(r * Math.cos(a), r * Math.sin(a)));
  }
  return { kind: "P", tol, coords };
}

function ours(c: Case): string | NotReproduced {
  const points = c.coords.map(([lng, lat]) => toVec(lng, lat));
  try {
    const v = (c.kind === "L" ? simplifyLine(points, c.tol / R) : simplifyRing([...points, points[0]], c.tol / R, signedArea)) as { coordinates: unknown } | null;
    if (v === null) return "EMPTY";
    if (c.kind === "L") {
      const cs = v.coordinates as number[][];
      return `L ${cs.length} ${cs.map(([a, b]) => `${a} ${b}`).join(" ")}`;
    }
    const cs = (v.coordinates as number[][][])[0].slice(0, -1);
    return `P 1 |${cs.length} ${cs.map(([a, b]) => `${a} ${b}`).join(" ")}`;
  } catch (e) {
    if (e instanceof NotReproduced) return e;
    throw e;
  }
}

const cases = Array.from({ length: Number(process.env.N ?? 1000) }, randomCase);
const input = cases.map((c) => `${c.kind} ${c.tol} ${c.coords.length} ${c.coords.map(([a, b]) => `${a} ${b}`).join(" ")}`).join("\n") + "\n";
const answers = execFileSync(oracle, { input }).toString().trim().split("\n");
// Both print S2LatLng degrees: numbers agree to 1e-12 (last-bit differences of cos/atan2), the rest exactly.
function same(a: string, b: string): boolean {
  const [ta, tb] = [a.trim().split(/\s+/), b.trim().split(/\s+/)];
  return ta.length === tb.length && ta.every((t, k) => t === tb[k] || Math.abs(Number(t) - Number(tb[k])) <= 1e-12 * Math.max(1, Math.abs(Number(t))));
}
const tally = { same: 0, refused: 0, different: 0 };
const reasons: Record<string, number> = {};
cases.forEach((c, k) => {
  const got = ours(c);
  if (got instanceof NotReproduced) {
    tally.refused++;
    reasons[got.message] = (reasons[got.message] ?? 0) + 1;
  } else if (same(got, answers[k])) tally.same++;
  else {
    tally.different++;
    console.log(`DIFFERENT ${JSON.stringify(c)}\n  S2:     ${answers[k]}\n  engine: ${got}`);
  }
});
console.log(tally, reasons);
process.exit(tally.different > 0 ? 1 : 0);
