/**
 * Operations that keep exact 64-bit longs exact (exact-long.ts): a column reference to an exact
 * column, long arithmetic and comparisons with an exact operand, tostring(); and the guard that
 * refuses, by name, any other function given a long beyond ±(2^53 − 1) whose value it would only
 * see as a double. All are chosen when a query is compiled, from the getters' `exact`: an operand
 * without it takes the plain number paths, unchanged.
 */
import type { KNode } from "./kusto";
import { ExactLongColumn, exactGetter, hasExact, type ExactGetter } from "./exact-long";
import { exactKeyGetter } from "./exact-keys";
import { unixtimeOfParts } from "./datetime-arith";
import { allTokens, unsupported } from "./syntax";
import type { FnImpl } from "./functions";
import { toLong, type Getter } from "./value-ops";
import { EXACT_ARITH, longArithmetic, longNegation } from "./long-arith";
import { wholeDecimalArithmetic } from "./decimal-arith";

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MAX_SAFE_N = Number.MAX_SAFE_INTEGER;
const unsafe = (b: bigint) => b > MAX_SAFE || b < -MAX_SAFE;
const integral = (t: string | undefined) => t === "long" || t === "int";
/** Types whose exact values are whole numbers: longs, and parse_version()'s decimals. */
const whole = (t: string | undefined) => integral(t) || t === "decimal";

/** The getter of an exact column read through an optional row selection. */
export function exactColumnGetter(view: ExactLongColumn, sel: Int32Array | undefined): ExactGetter {
  return exactGetter(sel ? (i) => wideAt(view, sel[i]) : (i) => wideAt(view, i));
}

function wideAt(view: ExactLongColumn, i: number): bigint | null {
  return view.data[i] !== view.data[i] ? null : view.wide[i];
}

/**
 * The operand's value for an exact comparison: its exact value where it has one, else its number
 * (`<` and `==` of a bigint and a number compare mathematically, a decimal's fraction included). A
 * whole double beyond ±(2^53 − 1) without its exact value is refused.
 */
function wholeOf(g: Getter, i: number, n: KNode): number | bigint | null {
  const v = g(i);
  // An exact getter's double is its value while it is a safe integer: its bigint is read only beyond.
  if (hasExact(g)) return typeof v === "number" && v <= MAX_SAFE_N && v >= -MAX_SAFE_N ? v : g.exact(i);
  if (typeof v !== "number") return null;
  if (Number.isInteger(v) && !Number.isSafeInteger(v)) return unsupported(n, "long arithmetic with a long beyond ±(2^53 − 1) that was computed as a double");
  return v;
}

/** A long operand's 64-bit value (its exact one, else its safe whole number; beyond, refused). */
export function exactWhole(g: Getter, i: number, n: KNode): bigint | null {
  const v = wholeOf(g, i, n);
  if (typeof v === "number" && !Number.isInteger(v)) return unsupported(n, "long arithmetic with a value that is not whole");
  return v === null ? null : BigInt(v);
}

// Mixed bigint/number operands: JS compares them by mathematical value.
const COMPARE: Record<string, (a: bigint | number, b: bigint | number) => boolean> = {
  LessThanExpression: (a, b) => a < b,
  LessThanOrEqualExpression: (a, b) => a <= b,
  GreaterThanExpression: (a, b) => a > b,
  GreaterThanOrEqualExpression: (a, b) => a >= b,
};

/**
 * `l op r` over whole numbers when either side carries exact values; undefined when the operation
 * is not one of long arithmetic or comparison (real arithmetic converts the long to the same double
 * Kusto does, so the number path is right there).
 */
export function exactBinary(n: KNode, l: Getter, r: Getter, [ln, rn]: KNode[]): Getter | undefined {
  if (!(hasExact(l) || hasExact(r)) || !whole(ln?.type) || !whole(rn?.type)) return undefined;
  const kind = n.kind;
  // Whole decimals (parse_version()'s) add, subtract and multiply exactly (decimal-arith.ts); a
  // quotient's scale and rounding are not documented.
  if (kind in EXACT_ARITH && n.type === "decimal") return wholeDecimalArithmetic(n, l, r, exactWhole) ?? unsupported(n, "division or modulo of a parse_version() decimal");
  if (kind in EXACT_ARITH && integral(n.type)) return longArithmetic(n, l, r, [ln, rn], exactWhole);
  if (kind === "EqualExpression" || kind === "NotEqualExpression") {
    const eq = kind === "EqualExpression";
    // Null rules as the number path: two nulls give null, one null gives false for ==, true for !=.
    return (i) => {
      const a = wholeOf(l, i, n);
      const b = wholeOf(r, i, n);
      if (a === null || b === null) return a === null && b === null ? null : !eq;
      // Loose equality compares a bigint and a number by value.
      return (a == b) === eq;
    };
  }
  const cmp = COMPARE[kind];
  if (cmp && r.constant && !hasExact(r)) {
    // `x > 5`: a safe double of x is its value, so only x past ±(2^53 − 1) reads its bigint.
    const c = wholeOf(r, 0, n);
    if (c === null) return () => null;
    return (i) => {
      const a = l(i);
      if (typeof a === "number" && a <= MAX_SAFE_N && a >= -MAX_SAFE_N) return cmp(a, c);
      const x = wholeOf(l, i, n);
      return x === null ? null : cmp(x, c);
    };
  }
  if (cmp) {
    return (i) => {
      const a = wholeOf(l, i, n);
      const b = wholeOf(r, i, n);
      return a === null || b === null ? null : cmp(a, b);
    };
  }
  return undefined;
}

/**
 * `v between (lo .. hi)` when any side carries exact values (a 64-bit long, a parse_version()
 * decimal) and all are whole-typed: compared on those values, nulls giving false as the number path
 * does; undefined otherwise.
 */
export function exactBetween(n: KNode, [v, lo, hi]: Getter[], types: (string | undefined)[], negate: boolean): Getter | undefined {
  if (![v, lo, hi].some(hasExact) || !types.every(whole)) return undefined;
  return (i) => {
    const x = wholeOf(v, i, n);
    const a = wholeOf(lo, i, n);
    const b = wholeOf(hi, i, n);
    if (x === null || a === null || b === null) return false;
    return (x >= a && x <= b) !== negate;
  };
}

/** -x of a long (long-arith.ts), exact beyond ±(2^53 − 1). */
export function exactNegation(g: Getter, n: KNode): Getter {
  return longNegation(g, n, exactWhole);
}

/** Functions that read their arguments' exact values themselves. */
const EXACT_AWARE = new Set(["hash", "hash_xxhash64", "binary_and", "binary_or", "binary_xor", "binary_not", "binary_shift_left", "binary_shift_right", "prev", "next", "row_rank_dense", "row_rank_min", "row_rank"]);

/** A bitwise argument: its exact value, else its value as tolong() reads it. */
function bitArg(g: Getter, i: number, n: KNode): bigint | null {
  if (hasExact(g)) return g.exact(i);
  const t = toLong(g(i));
  if (t === null || !Number.isFinite(t)) return null;
  if (!Number.isSafeInteger(t)) return unsupported(n, "a bitwise function of a long beyond ±(2^53 − 1) that was computed as a double");
  return BigInt(t);
}

/**
 * A binary_* function on 64-bit two's complement longs (their pages), with its exact result beside
 * its double: binary_shift_left(1, 62) and binary_and(hash(x), 255) are exact.
 */
export function exactBitwise(op: (x: bigint, y: bigint) => bigint | null): FnImpl {
  return ({ g, call }) => exactGetter((i) => {
    const x = bitArg(g[0], i, call);
    const y = g.length > 1 ? bitArg(g[1], i, call) : 0n;
    if (x === null || y === null) return null;
    const r = op(x, y);
    return r === null ? null : BigInt.asIntN(64, r);
  });
}

const UNIX_UNITS_PER_MS: Record<string, bigint> = { unixtime_microseconds_todatetime: 1000n, unixtime_nanoseconds_todatetime: 1_000_000n };

/** Functions exact on a long beyond ±(2^53 − 1) as they are: conversions to real and null tests. */
const DOUBLE_IS_RIGHT = new Set(["toreal", "todouble", "isnull", "isnotnull", "isempty", "isnotempty"]);
/** Aggregates that only count rows: a value's low digits do not matter to them. */
const COUNTING = new Set(["count", "countif"]);
/** Aggregates that count distinct values: they tell 64-bit values apart by their exact keys (exact-keys.ts). */
const DISTINCT_COUNTING = new Set(["dcount", "dcountif", "count_distinct", "count_distinctif"]);

/** An aggregate's argument getters, guarded as a function's are (summarize.ts). */
export function exactAggregateArguments(name: string, g: Getter[], call: KNode): Getter[] {
  if (COUNTING.has(name)) return g;
  // The value counted is the first argument; dcount's accuracy and the *if predicate are not longs.
  if (DISTINCT_COUNTING.has(name)) return g.map((a, k) => (k === 0 && hasExact(a) ? exactKeyGetter(a) : guardExact(a, call, `${name}()`)));
  return g.map((a) => guardExact(a, call, `${name}()`));
}

/**
 * A function's arguments as it should see them: tostring() of an exact long prints its digits; any
 * function not known to be right on the double refuses, by name, a long beyond ±(2^53 − 1) when one
 * arrives (its low digits are not in the double it would be given).
 */
export function exactArguments(name: string, g: Getter[], call: KNode): { g: Getter[]; override?: (normal: Getter) => Getter } {
  if (!g.some(hasExact) || DOUBLE_IS_RIGHT.has(name) || EXACT_AWARE.has(name)) return { g };
  if (name === "tostring" && g.length === 1 && hasExact(g[0])) {
    const a = g[0];
    return { g, override: (normal) => (i) => {
      const b = a.exact(i);
      return b === null ? normal(i) : String(b);
    } };
  }
  // tolong() of a long is the value itself: its 64-bit value stays (a parse_version() decimal past 64 bits is refused).
  if (name === "tolong" && g.length === 1 && hasExact(g[0])) {
    const a = g[0];
    return { g, override: () => exactGetter((i) => {
      const b = a.exact(i);
      if (b !== null && BigInt.asIntN(64, b) !== b) return unsupported(call, "tolong() of a decimal beyond 64 bits");
      return b;
    }) };
  }
  const perMs = UNIX_UNITS_PER_MS[name];
  if (perMs && g.length === 1 && hasExact(g[0])) {
    // 1546300800000000000 ns: whole milliseconds and the rest, each exact, instead of the count's double.
    const a = g[0];
    return { g, override: (normal) => (i) => {
      const b = a.exact(i);
      return b === null ? normal(i) : unixtimeOfParts(Number(b / perMs), Number(b % perMs) / Number(perMs), `${name}()`);
    } };
  }
  return { g: g.map((a) => guardExact(a, call, `${name}()`)) };
}

/** `a` as it is, or, when it carries exact values, refusing (by `what`) one beyond ±(2^53 − 1). */
export function guardExact(a: Getter, at: KNode, what: string): Getter {
  if (!hasExact(a)) return a;
  const guarded: Getter = (i) => {
    const v = a(i);
    if (v === null || (typeof v === "number" && v <= MAX_SAFE_N && v >= -MAX_SAFE_N)) return v;
    const b = a.exact(i);
    if (b !== null && unsafe(b)) return unsupported(at, `${what} of a long beyond ±(2^53 − 1) (hash(), graph-to-table's node ids; or a parse_version() decimal)`);
    return a(i);
  };
  guarded.constant = a.constant;
  return guarded;
}

/** A long literal beyond ±(2^53 − 1) (`9223372036854775807`, `long(0x7fffffffffffffff)`), with its exact value. */
export function exactLiteral(n: KNode, value: unknown): Getter | undefined {
  if (n.kind !== "LongLiteralExpression" || typeof value !== "number" || Number.isSafeInteger(value) || !Number.isInteger(value)) return undefined;
  const m = /^(?:long\s*\(\s*)?([+-]?)(0x[0-9a-f]+|\d+)\s*\)?$/i.exec(allTokens(n).join("").trim());
  if (!m) return undefined;
  const b = BigInt(m[2]) * (m[1] === "-" ? -1n : 1n);
  if (BigInt.asIntN(64, b) !== b) return unsupported(n, "a long literal beyond 64 bits");
  const g = exactGetter(() => b);
  g.constant = true;
  return g;
}
