/**
 * Element-wise math over series (dynamic numeric arrays), their reductions (sum, product, magnitude,
 * dot product, cosine similarity, Pearson correlation), and erf/erfc/gamma/loggamma, per their pages.
 * A non-numeric element gives a null element; a reduction over an array holding one gives null.
 */
import type { Value } from "../dataset/columns";
import type { FnImpl } from "./functions";
import { toNumber, type Getter } from "./value-ops";

const arrayOf = (v: Value): Value[] | null => (Array.isArray(v) ? (v as Value[]) : null);
const finiteOrNull = (r: number): Value => (Number.isNaN(r) ? null : r);

function unary(op: (x: number) => number): FnImpl {
  return ({ g: [a] }) =>
    (i) => {
      const xs = arrayOf(a(i));
      return xs ? xs.map((x) => (typeof x === "number" ? finiteOrNull(op(x)) : null)) : null;
    };
}

/** Numbers of an array, or null when any element is not a number. */
function numbers(v: Value): number[] | null {
  const xs = arrayOf(v);
  return xs && xs.every((x) => typeof x === "number") ? (xs as number[]) : null;
}

function reduce(op: (xs: number[]) => number): FnImpl {
  return ({ g: [a] }) =>
    (i) => {
      const xs = numbers(a(i));
      return xs ? finiteOrNull(op(xs)) : null;
    };
}

/**
 * Two series, a scalar second argument repeated (series_dot_product's page shows it). Unequal lengths give
 * null, except for series_dot_product and series_cosine_similarity, whose pages say "In case both series
 * length isn't equal, the longer series will be truncated to the length of the shorter one" (`truncate`),
 * and where an empty array gives null. Their "any non-numeric element ... will be ignored" does not say
 * whether such an element still counts in a magnitude, so one keeps giving null (this file's rule).
 */
function pair(op: (xs: number[], ys: number[], i: number) => number, truncate = false): FnImpl {
  return ({ g: [a, b] }) =>
    (i) => {
      const xs = numbers(a(i));
      const bv = b(i);
      const ys = typeof bv === "number" && xs ? xs.map(() => bv) : numbers(bv);
      if (!xs || !ys || (!truncate && xs.length !== ys.length) || (truncate && (xs.length === 0 || ys.length === 0))) return null;
      const n = Math.min(xs.length, ys.length);
      return finiteOrNull(op(xs.slice(0, n), ys.slice(0, n), i));
    };
}

const dot = (xs: number[], ys: number[]) => xs.reduce((s, x, k) => s + x * ys[k], 0);

function pearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < n; k++) {
    sxy += (xs[k] - mx) * (ys[k] - my);
    sxx += (xs[k] - mx) ** 2;
    syy += (ys[k] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** erf by its everywhere-positive series 2/√π·e^(−x²)·Σ 2ⁿx^(2n+1)/(1·3·…·(2n+1)) (no cancellation). */
function erf(x: number): number {
  if (x === 0) return 0;
  if (Math.abs(x) > 6) return Math.sign(x);
  const ax = Math.abs(x);
  let term = ax;
  let sum = ax;
  for (let n = 1; n < 500 && term > sum * 1e-17; n++) {
    term *= (2 * ax * ax) / (2 * n + 1);
    sum += term;
  }
  return Math.sign(x) * ((2 / Math.sqrt(Math.PI)) * Math.exp(-ax * ax) * sum);
}

/** erfc for large x by its continued fraction (1 − erf(x) would lose every digit there). */
function erfc(x: number): number {
  if (x < 2) return 1 - erf(x);
  // Lentz evaluation of e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))).
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 300; n++) {
    const an = n / 2;
    d = x + an * d;
    d = d === 0 ? 1e-300 : 1 / d;
    c = x + an / c;
    if (c === 0) c = 1e-300;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let k = 1; k < 9; k++) a += LANCZOS[k] / (z + k);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

function gamma(x: number): number {
  if (Number.isInteger(x) && x <= 0) return NaN;
  if (Number.isInteger(x) && x <= 171) {
    let r = 1;
    for (let k = 2; k < x; k++) r *= k;
    return r;
  }
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  return Math.exp(logGamma(x));
}

const scalar =
  (f: (v: number) => number): FnImpl =>
  ({ g: [a] }) =>
  (i) => {
    const v = toNumber(a(i));
    return v === null ? null : finiteOrNull(f(v));
  };

export const SERIES_MATH_FUNCTIONS: Record<string, FnImpl> = {
  series_acos: unary(Math.acos),
  series_asin: unary(Math.asin),
  series_atan: unary(Math.atan),
  series_cos: unary(Math.cos),
  series_sin: unary(Math.sin),
  series_tan: unary(Math.tan),
  series_exp: unary(Math.exp),
  series_log: unary(Math.log),
  series_floor: unary(Math.floor),
  series_ceiling: unary(Math.ceil),
  series_pow: ({ g: [a, b] }) => (i) => {
    const xs = arrayOf(a(i));
    const bv = b(i);
    const ys = arrayOf(bv);
    if (!xs && !ys) return null;
    const n = Math.max(xs?.length ?? 0, ys?.length ?? 0);
    return Array.from({ length: n }, (_, k) => {
      const p = xs ? xs[k] : a(i);
      const q = ys ? ys[k] : bv;
      return typeof p === "number" && typeof q === "number" ? finiteOrNull(p ** q) : null;
    });
  },
  series_sum: reduce((xs) => xs.reduce((s, x) => s + x, 0)),
  series_product: reduce((xs) => xs.reduce((s, x) => s * x, 1)),
  series_magnitude: reduce((xs) => Math.sqrt(dot(xs, xs))),
  series_dot_product: pair(dot, true),
  // magnitude1/magnitude2 (the page): "If the magnitude isn't provided, it will be calculated"; a null one
  // is calculated too, as series_cosine_similarity_fl's page does with its double(null) defaults.
  series_cosine_similarity: (args) => {
    const [m1, m2] = [args.g[2], args.g[3]];
    const magnitude = (m: Getter | undefined, xs: number[], i: number) => (m ? toNumber(m(i)) : null) ?? Math.sqrt(dot(xs, xs));
    return pair((xs, ys, i) => dot(xs, ys) / (magnitude(m1, xs, i) * magnitude(m2, ys, i)), true)(args);
  },
  series_pearson_correlation: pair(pearson),
  erf: scalar(erf),
  erfc: scalar(erfc),
  gamma: scalar(gamma),
  loggamma: scalar((x) => logGamma(x)),
};
