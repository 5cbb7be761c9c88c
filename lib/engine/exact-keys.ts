/**
 * Exact 64-bit longs where rows are told apart or ordered: group and join keys, distinct, dcount,
 * `in`, sort and top. Two longs within 2^11 of each other beyond 2^53 share a double, so every such
 * site reads the exact value (exact-long.ts) when the getter carries one. The choice is made once per
 * operator from the getter's `exact`: ordinary number getters take their usual paths untouched.
 */
import type { ColumnView, Value } from "../dataset/columns";
import { ExactLongColumn, exactColumnOf, hasExact, type ExactGetter } from "./exact-long";
import type { KNode } from "./kusto";
import { unsupported } from "./syntax";
import type { ETable } from "./table";
import type { Getter } from "./value-ops";

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MAX_SAFE_N = Number.MAX_SAFE_INTEGER;
/** Marks a key holding a long's digits; keys of a long column are otherwise numbers or null. */
const MARK = "\u0001long:";

/**
 * The key of an exact long: the number itself when it is a safe integer (so it meets an ordinary
 * column's number), else its digits behind a mark. Maps and JSON-composed keys take both, and no
 * long column yields a string, so a marked key never meets another value's key.
 */
export function exactKey(b: bigint): number | string {
  return b > MAX_SAFE || b < -MAX_SAFE ? MARK + b : Number(b);
}

/** A getter of keys (exactKey) for an exact getter. */
export function exactKeyGetter(g: ExactGetter): Getter {
  const k: Getter = (i) => {
    // The double is the value while it is a safe integer: the bigint is read only beyond.
    const v = g(i);
    if (typeof v === "number" && v <= MAX_SAFE_N && v >= -MAX_SAFE_N) return v;
    const b = g.exact(i);
    return b === null ? null : exactKey(b);
  };
  k.constant = g.constant;
  return k;
}

/** The 64-bit value behind a key from exactKeyGetter (null for a null key). */
export function exactOfKey(k: Value): bigint | null {
  if (typeof k === "string") return BigInt(k.slice(MARK.length));
  return typeof k === "number" ? BigInt(k) : null;
}

/** The double an exactKeyGetter key stands for (what the engine's other paths compute with). */
export function doubleOfKey(k: Value): Value {
  return typeof k === "string" ? Number(BigInt(k.slice(MARK.length))) : k;
}

const lost = (at: KNode, what: string) =>
  unsupported(at, `${what} of a long beyond ±(2^53 − 1) whose exact value was lost (it was computed or copied as a double)`);

/**
 * A plain getter whose values meet exact keys (the other side of a join, an `in` list): a whole
 * number beyond ±(2^53 − 1) there is already rounded, so it is refused rather than matched.
 */
export function plainKeyGetter(g: Getter, at: KNode, what: string): Getter {
  const k: Getter = (i) => {
    const v = g(i);
    if (typeof v === "number" && Number.isInteger(v) && !Number.isSafeInteger(v)) return lost(at, what);
    return v;
  };
  k.constant = g.constant;
  return k;
}

/**
 * Key getters for values compared with one another (join sides, `in`): exact keys where a getter is
 * exact; when any is, the plain ones are guarded (plainKeyGetter). None exact: returned as they are.
 */
export function keyGetters(gs: readonly Getter[], at: KNode, what: string): Getter[] {
  if (!gs.some(hasExact)) return [...gs];
  return gs.map((g) => (hasExact(g) ? exactKeyGetter(g) : plainKeyGetter(g, at, what)));
}

/** The exact value of row `i` of a column view: its 64-bit value, or a plain whole number's. */
function exactAt(view: ColumnView, i: number, at: KNode, what: string): bigint | null {
  if (view instanceof ExactLongColumn) return view.data[i] !== view.data[i] ? null : view.wide[i];
  const v = view.get(i);
  if (typeof v !== "number") return null;
  if (!Number.isSafeInteger(v)) return lost(at, what);
  return BigInt(v);
}

/**
 * A long column copied from rows of other columns (union's parts, an outer join's side, partition's
 * results): segments in order, each rows of one view (a number n: its rows 0..n−1; a negative row,
 * or no view, gives null). Exact when any view is an ExactLongColumn; undefined when none is (the
 * caller's copy is right).
 */
export function exactCopy(segments: readonly { view: ColumnView | undefined; rows: ArrayLike<number> | number }[], at: KNode, what: string): ExactLongColumn | undefined {
  const exact = segments.find((s) => s.view instanceof ExactLongColumn)?.view;
  if (!exact) return undefined;
  const values: (bigint | null)[] = [];
  for (const { view, rows } of segments) {
    const n = typeof rows === "number" ? rows : rows.length;
    for (let k = 0; k < n; k++) {
      const row = typeof rows === "number" ? k : rows[k];
      values.push(view && row >= 0 ? exactAt(view, row, at, what) : null);
    }
  }
  return exactColumnOf(exact.type, values.length, (i) => values[i]);
}

/**
 * Ties of an order-by key: exact getters break a tie of doubles beyond ±2^53 on their 64-bit values
 * (rounding to a double never reverses an order, so only ties need them).
 */
export function exactTieBreak(g: Getter): ((a: number, b: number) => number) | undefined {
  if (!hasExact(g)) return undefined;
  return (a, b) => {
    const x = g.exact(a);
    const y = g.exact(b);
    return x === null || y === null || x === y ? 0 : x < y ? -1 : 1;
  };
}

/**
 * Refuses, by `what`, a table holding a 64-bit long beyond ±(2^53 − 1) for an operator that keys or
 * stores its values as doubles (make-graph's node ids and properties), rather than merging two ids.
 */
export function refuseWideLongs(tables: readonly ETable[], at: KNode, what: string): void {
  for (const t of tables) {
    for (const c of t.columns) {
      const view = c.view;
      if (!(view instanceof ExactLongColumn)) continue;
      for (let i = 0; i < t.length; i++) {
        const b = view.wide[i];
        if (view.data[i] === view.data[i] && (b > MAX_SAFE || b < -MAX_SAFE)) unsupported(at, `${what} of a long beyond ±(2^53 − 1) (column ${c.name})`);
      }
    }
  }
}
