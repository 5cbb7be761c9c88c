/** Numeric functions (abs, floor/bin, bin_at, round, ceiling, sqrt, exp, exp2, exp10, log*, pow, sign, isnan, isfinite). */
import { KqlUnsupportedError } from "./errors";
import type { FnImpl } from "./functions";
import { map1 } from "./functions-core";
import { num as num1 } from "./functions-more";
import type { KNode } from "./kusto";
import { constant, toLong, toNumber, type Getter } from "./value-ops";

/**
 * Kusto rounds half away from zero on the decimal digits (round(2.15, 1) = 2.2): shifting through
 * the decimal exponent avoids 2.15 * 10 = 21.499999….
 */
function roundTo(v: number, digits: number): number {
  if (!Number.isFinite(v)) return v;
  const shifted = Math.round(Math.abs(Number(`${Math.abs(v)}e${digits}`)));
  const r = Number(`${shifted}e${-digits}`);
  return v < 0 ? -r : r;
}

function binImpl(a: Getter, b: Getter, nodes: KNode[]): Getter {
  if (b.constant) {
    const size = toNumber(b(0));
    if (size === null || size <= 0) return constant(null);
    const integral = nodes[0].type === "long" || nodes[0].type === "int";
    return (i) => {
      const v = a(i);
      if (typeof v !== "number") return null;
      const r = Math.floor(v / size) * size;
      return integral ? Math.trunc(r) : r;
    };
  }
  return (i) => {
    const v = a(i);
    const s = b(i);
    if (typeof v !== "number" || typeof s !== "number" || s <= 0) return null;
    return Math.floor(v / s) * s;
  };
}

export const MATH_FUNCTIONS: Record<string, FnImpl> = {
  abs: num1(Math.abs),
  floor: ({ g: [a, b], nodes }) => binImpl(a, b, nodes),
  bin: ({ g: [a, b], nodes }) => binImpl(a, b, nodes),
  bin_at: ({ g: [a, b, at] }) => (i) => {
    const v = a(i);
    const s = b(i);
    const o = at(i);
    if (typeof v !== "number" || typeof s !== "number" || typeof o !== "number" || s <= 0) return null;
    return Math.floor((v - o) / s) * s + o;
  },
  round: ({ g: [a, d] }) => (i) => {
    const v = toNumber(a(i));
    if (v === null) return null;
    const digits = d ? toLong(d(i)) : 0;
    // The round page gives precision's default (0) for an omitted one; what a null precision does it
    // does not say (the default, or a null result): refused rather than guessed.
    if (digits === null) throw new KqlUnsupportedError("round() with a null precision (the round page documents only an omitted one, default 0)");
    return roundTo(v, digits);
  },
  ceiling: num1(Math.ceil),
  sqrt: num1(Math.sqrt),
  exp: num1(Math.exp),
  log: num1(Math.log),
  log10: num1(Math.log10),
  log2: num1(Math.log2),
  exp2: num1((x) => 2 ** x),
  exp10: num1((x) => 10 ** x),
  pow: ({ g: [a, b] }) => (i) => {
    const x = toNumber(a(i));
    const y = toNumber(b(i));
    return x === null || y === null ? null : x ** y;
  },
  sign: num1(Math.sign),
  isnan: map1((v) => typeof v === "number" && Number.isNaN(v)),
  isfinite: map1((v) => typeof v === "number" && Number.isFinite(v)),
};
