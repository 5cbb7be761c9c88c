/**
 * Round 2's table T: besides a unique id, a key k, a nullable long n, a real r and a datetime t, it
 * holds text for the constructs round 1 left out: j, a JSON array of longs (its DuckDB twin jl a
 * BIGINT[]); q, one of longs and nulls (ql); m, a JSON array of mixed values; b, a JSON property bag;
 * s, text with non-ASCII characters (all in the Basic Multilingual Plane: see text.ts on substring);
 * p, text for the parse operator; z, a datetime in one of the datetime page's text forms (zt, the
 * instant it names, computed here: DuckDB does not read RFC 822). DuckDB reads the JSON texts with
 * its own JSON functions, so the engine's parse_json is checked against another parser.
 */
import type { Rng } from "./rng";
import { BASE_MS, KEYS, kqlLiteral, sqlLiteral, type Cell } from "./table";

export const TEXTS = ["", "a", "héllo", "naïve café", "⒦⒰⒮⒯⒪", "日本語テキスト", "abc123def45", "x-12,yz", "C\u0327edilla", "ab12cd", "Ünïcödé 7", "a,b,,c"];
const MIXED: unknown[] = [1, -2, 7, "a", "é", "", 2.5, -0.25, true, false, null, [1, 2], { x: 1 }];
const WORDS = ["ab", "x", "é", "k_1"];

export interface JsonRow {
  id: number;
  k: string;
  n: number | null;
  r: number;
  t: number;
  j: number[];
  /** An array of longs and nulls (its DuckDB twin ql). */
  q: (number | null)[];
  m: unknown[];
  b: Record<string, unknown>;
  s: string;
  p: string;
  z: string;
  /** The instant z names, epoch ms. */
  zt: number;
}

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const p2 = (n: number) => String(n).padStart(2, "0");

/**
 * The instant t (whole seconds) as text in one of the datetime page's formats, and the instant that
 * text names (a form without seconds drops them): ISO 8601 with Z or an offset (2026-01-01T12:00:00+02:00
 * is 10:00Z), with a space, without seconds; RFC 822 ("Sat, 8 Nov 14 15:05:02 GMT", "8 Nov 14 15:05 GMT")
 * and RFC 850 ("Saturday, 08-Nov-14 15:05:02 GMT"), two-digit years being 20yy here.
 */
function dateText(rng: Rng, t: number): [string, number] {
  const d = new Date(t);
  const [y, mo, day, h, mi, sec] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  const noSec = t - sec * 1000;
  const yy = p2(y % 100);
  switch (rng.int(0, 5)) {
    case 0:
      return [`${y}-${p2(mo + 1)}-${p2(day)} ${p2(h)}:${p2(mi)}:${p2(sec)}`, t];
    case 1:
      return [`${y}-${p2(mo + 1)}-${p2(day)}T${p2(h)}:${p2(mi)}`, noSec];
    case 2:
      return [`${DAYS[d.getUTCDay()].slice(0, 3)}, ${day} ${MONTHS[mo]} ${yy} ${p2(h)}:${p2(mi)}:${p2(sec)} GMT`, t];
    case 3:
      return [`${day} ${MONTHS[mo]} ${yy} ${p2(h)}:${p2(mi)} GMT`, noSec];
    case 4:
      return [`${DAYS[d.getUTCDay()]}, ${p2(day)}-${MONTHS[mo]}-${yy} ${p2(h)}:${p2(mi)}:${p2(sec)} GMT`, t];
    default: {
      const off = rng.pick([0, 120, -300, 330, -90]);
      const local = new Date(t + off * 60_000).toISOString().slice(0, 19);
      if (off === 0) return [rng.chance(0.5) ? `${local}Z` : `${local}+00:00`, t];
      const a = Math.abs(off);
      return [`${local}${off < 0 ? "-" : "+"}${p2(Math.floor(a / 60))}:${p2(a % 60)}`, t];
    }
  }
}

function row(rng: Rng, id: number): JsonRow {
  const j = Array.from({ length: rng.int(0, 5) }, () => rng.int(-3, 5));
  const q = Array.from({ length: rng.int(0, 4) }, () => (rng.chance(0.35) ? null : rng.int(-2, 3)));
  const m = Array.from({ length: rng.int(1, 4) }, () => rng.pick(MIXED));
  const b: Record<string, unknown> = {};
  if (rng.chance(0.75)) b.a = rng.chance(0.15) ? null : rng.int(-2, 4);
  if (rng.chance(0.6)) b.s = rng.pick(["x", "é", "", "ab"]);
  if (rng.chance(0.5)) b.n = { b: rng.int(0, 3) };
  const p = rng.chance(0.15) ? rng.pick(["oops", "", "x=;"]) : `${rng.pick(WORDS)}=${rng.int(-5, 99)};${rng.pick([1.5, -0.25, 3, 10.75])}`;
  const t = BASE_MS + rng.int(-4320, 4320) * 60_000 + (rng.chance(0.3) ? rng.int(0, 59_999) : 0);
  const [z, zt] = dateText(rng, Math.floor(t / 1000) * 1000);
  return { id, k: rng.pick(KEYS), n: rng.chance(0.2) ? null : rng.int(-7, 7), r: rng.pick([-2.5, -1, 0, 0.5, 1.25, 3, 10.75]), t, j, q, m, b, s: rng.pick(TEXTS), p, z, zt };
}

export function jsonRows(rng: Rng): JsonRow[] {
  const count = rng.chance(0.05) ? 0 : rng.int(1, 8);
  return Array.from({ length: count }, (_, i) => row(rng, i + 1));
}

const COLS = ["id:long", "k:string", "n:long", "r:real", "t:datetime", "j:string", "q:string", "m:string", "b:string", "s:string", "p:string", "z:string"];

export function kqlJsonTable(rows: JsonRow[]): string {
  const cells = rows.flatMap((x) => [String(x.id), JSON.stringify(x.k), kqlLiteral("long", x.n), kqlLiteral("real", x.r), kqlLiteral("datetime", x.t), ...[JSON.stringify(x.j), JSON.stringify(x.q), JSON.stringify(x.m), JSON.stringify(x.b), x.s, x.p, x.z].map((v) => JSON.stringify(v))]);
  return `let T = datatable(${COLS.join(", ")})[${cells.join(", ")}];`;
}

const str = (v: string) => sqlLiteral("string", v);

export function sqlJsonTable(rows: JsonRow[]): string[] {
  const create = `CREATE OR REPLACE TABLE fz (id BIGINT, k VARCHAR, n BIGINT, r DOUBLE, t BIGINT, j VARCHAR, jl BIGINT[], q VARCHAR, ql BIGINT[], m JSON, b JSON, s VARCHAR, p VARCHAR, z VARCHAR, zt BIGINT)`;
  if (!rows.length) return [create];
  const values = rows.map((x) => `(${[x.id, str(x.k), sqlLiteral("long", x.n as Cell), `${x.r}::DOUBLE`, x.t, str(JSON.stringify(x.j)), `[${x.j.join(", ")}]::BIGINT[]`, str(JSON.stringify(x.q)), `[${x.q.map((v) => (v === null ? "NULL" : v)).join(", ")}]::BIGINT[]`, str(JSON.stringify(x.m)), str(JSON.stringify(x.b)), str(x.s), str(x.p), str(x.z), x.zt].join(", ")})`);
  return [create, `INSERT INTO fz VALUES ${values.join(", ")}`];
}
