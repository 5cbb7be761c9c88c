/**
 * Long arithmetic (+ - * / % and unary minus) exact over the whole 64-bit range. Kusto's long is a
 * 64-bit integer; the engine computes with doubles, exact only within ±(2^53 − 1). Each long
 * arithmetic getter therefore computes on doubles while its operands and result are safe integers
 * (the old path, one range test more) and falls back to bigints only past that range; it carries
 * `exact` (exact-long.ts) so every site that tells longs apart or orders them (keys, sort, compare,
 * print) reads the 64-bit value. It is marked `lazy`: its double is exact whenever it is a safe
 * integer, so consumers read the double first and ask for `exact` only beyond (no bigint per row for
 * ordinary values).
 */
import type { KNode } from "./kusto";
import { exactGetter, type ExactGetter } from "./exact-long";
import { unsupported } from "./syntax";
import type { Getter } from "./value-ops";

const MAX = Number.MAX_SAFE_INTEGER;

/** Kusto's % is never negative (numerical-operators page: -14 % 12 = 10, -14 % -12 = 10). */
function kustoMod(a: number, b: number): number {
  const r = a % b;
  return r < 0 ? r + Math.abs(b) : r;
}

/** Long operations on safe doubles: / truncates toward zero; / and % by zero are null (as the number path has them). */
const DOUBLE: Record<string, (a: number, b: number) => number | null> = {
  AddExpression: (a, b) => a + b,
  SubtractExpression: (a, b) => a - b,
  MultiplyExpression: (a, b) => a * b,
  DivideExpression: (a, b) => (b === 0 ? null : Math.trunc(a / b)),
  ModuloExpression: (a, b) => (b === 0 ? null : kustoMod(a, b)),
};

/** The same operations on 64-bit values. */
export const EXACT_ARITH: Record<string, (a: bigint, b: bigint) => bigint | null> = {
  AddExpression: (a, b) => a + b,
  SubtractExpression: (a, b) => a - b,
  MultiplyExpression: (a, b) => a * b,
  // BigInt division truncates toward zero, as Kusto's long division does.
  DivideExpression: (a, b) => (b === 0n ? null : a / b),
  ModuloExpression: (a, b) => {
    if (b === 0n) return null;
    const r = a % b;
    return r < 0n ? r + (b < 0n ? -b : b) : r;
  },
};

const integral = (t: string | undefined) => t === "long" || t === "int";

/** A getter whose double is exact whenever it is a safe integer (its `exact` is needed only beyond). */
export type LazyExactGetter = ExactGetter & { lazy: true };

export function isLazyExact(g: Getter): g is LazyExactGetter {
  return (g as Partial<LazyExactGetter>).lazy === true;
}

/** The 64-bit value at row i of a whole-number getter, reading the double first (see isLazyExact). */
export function fastExact(g: ExactGetter, i: number): bigint | null {
  const v = g(i);
  if (typeof v === "number" && v <= MAX && v >= -MAX && Number.isInteger(v)) return BigInt(v);
  return g.exact(i);
}

/**
 * Kusto documents an overflow as a query failure ("usually leads to a partial query failure",
 * overflow page) and does not document wrap-around for long arithmetic: refused by name, never wrapped.
 */
function checked(n: KNode, out: bigint | null): bigint | null {
  if (out !== null && BigInt.asIntN(64, out) !== out) return unsupported(n, "long arithmetic overflowing 64 bits");
  return out;
}

/** `lazy` and `exact` on a getter whose double path is `fast`. */
export function lazy(fast: Getter, exact: (i: number) => bigint | null): LazyExactGetter {
  const g = fast as LazyExactGetter;
  g.exact = exact;
  g.lazy = true;
  return g;
}

/**
 * `l op r` for a long (or int) result of two long/int operands; undefined for any other operation
 * or type (real arithmetic converts a long to the double Kusto converts it to). `wholeAt` reads an
 * operand's 64-bit value (exact-long-ops.ts's exactWhole: refuses an unsafe double without one).
 */
export function longArithmetic(
  n: KNode,
  l: Getter,
  r: Getter,
  [ln, rn]: KNode[],
  wholeAt: (g: Getter, i: number, n: KNode) => bigint | null,
): Getter | undefined {
  const dbl = DOUBLE[n.kind];
  const big = EXACT_ARITH[n.kind];
  if (!dbl || !big || !integral(n.type) || !integral(ln?.type) || !integral(rn?.type)) return undefined;
  const exact = (i: number): bigint | null => {
    const a = wholeAt(l, i, n);
    const b = wholeAt(r, i, n);
    return a === null || b === null ? null : checked(n, big(a, b));
  };
  if (l.constant && r.constant) {
    const b = exact(0);
    const g = exactGetter(() => b);
    g.constant = true;
    return g;
  }
  const slow = (i: number): number | null => {
    const e = exact(i);
    return e === null ? null : Number(e);
  };
  return lazy(fastGetter(n.kind, l, r, dbl, slow), exact);
}

/**
 * The double path: while operands and result are safe integers it is the true value (+ - / % of safe
 * integers are exact doubles, and a product's double is past 2^53 whenever the true product is, as
 * rounding is monotonic); otherwise `slow`. + - * get their own small closures so the engine's loops
 * can inline them as they did the plain ones.
 */
function fastGetter(kind: string, l: Getter, r: Getter, dbl: (a: number, b: number) => number | null, slow: (i: number) => number | null): Getter {
  if (kind === "AddExpression") return (i) => {
    const a = l(i);
    const b = r(i);
    if (typeof a !== "number" || typeof b !== "number") return null;
    const v = a + b;
    return v <= MAX && v >= -MAX && a <= MAX && a >= -MAX && b <= MAX && b >= -MAX ? v : slow(i);
  };
  if (kind === "SubtractExpression") return (i) => {
    const a = l(i);
    const b = r(i);
    if (typeof a !== "number" || typeof b !== "number") return null;
    const v = a - b;
    return v <= MAX && v >= -MAX && a <= MAX && a >= -MAX && b <= MAX && b >= -MAX ? v : slow(i);
  };
  if (kind === "MultiplyExpression") return (i) => {
    const a = l(i);
    const b = r(i);
    if (typeof a !== "number" || typeof b !== "number") return null;
    const v = a * b;
    return v <= MAX && v >= -MAX && a <= MAX && a >= -MAX && b <= MAX && b >= -MAX ? v : slow(i);
  };
  if (kind === "ModuloExpression") return (i) => {
    const a = l(i);
    const b = r(i);
    if (typeof a !== "number" || typeof b !== "number") return null;
    if (a <= MAX && a >= -MAX && b <= MAX && b >= -MAX) {
      if (b === 0) return null;
      const m = a % b;
      return m < 0 ? m + Math.abs(b) : m;
    }
    return slow(i);
  };
  return (i) => {
    const a = l(i);
    const b = r(i);
    if (typeof a !== "number" || typeof b !== "number") return null;
    if (a <= MAX && a >= -MAX && b <= MAX && b >= -MAX) {
      const v = dbl(a, b);
      if (v === null || (v <= MAX && v >= -MAX)) return v;
    }
    return slow(i);
  };
}

/** -x of a long: exact beyond ±(2^53 − 1); -(−2^63) does not fit in 64 bits and is refused. */
export function longNegation(g: Getter, n: KNode, wholeAt: (g: Getter, i: number, n: KNode) => bigint | null): Getter {
  const exact = (i: number) => {
    const b = wholeAt(g, i, n);
    return b === null ? null : checked(n, -b);
  };
  return lazy((i) => {
    const v = g(i);
    if (typeof v !== "number") return null;
    if (v <= MAX && v >= -MAX) return -v;
    const e = exact(i);
    return e === null ? null : Number(e);
  }, exact);
}
