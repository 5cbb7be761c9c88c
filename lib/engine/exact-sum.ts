/**
 * sum()/sumif() of longs, exact over the whole 64-bit range. Doubles add longs exactly while every
 * partial sum stays within ±(2^53 − 1); the loop bounds all partial sums of every group by the sum of
 * the absolute values, and only when that bound passes 2^53 (rare: 9·10^15) are the groups summed
 * again as bigints, the output then carrying its 64-bit values (exact-aggregates.ts's ExactValues)
 * so summarize prints every digit and later keys, sorts and arithmetic read them.
 */
import type { Value } from "../dataset/columns";
import { hasExact } from "./exact-long";
import type { ExactValues } from "./exact-aggregates";
import type { KNode } from "./kusto";
import { unsupported } from "./syntax";
import type { Getter } from "./value-ops";

const MAX = Number.MAX_SAFE_INTEGER;

/** A long argument's 64-bit value: its exact one, else its whole safe double (beyond, refused). */
function wholeAt(x: Getter, i: number, call: KNode): bigint | null {
  const v = x(i);
  if (typeof v !== "number") return null;
  if (v <= MAX && v >= -MAX && Number.isInteger(v)) return BigInt(v);
  if (hasExact(x)) return x.exact(i);
  return unsupported(call, "sum() of a long beyond ±(2^53 − 1) that was computed as a double");
}

/**
 * The output of sum(x)/sumif(x, p) when x is a long or int; undefined otherwise (real sums take
 * aggregates.ts's path). As there, a group with no value to add sums to 0 (the summarize page's
 * default values).
 */
export function exactSum(name: string, args: Getter[], argNodes: KNode[], call: KNode, groupOf: Int32Array, groups: number, rows: number): Value[][] | undefined {
  if (name !== "sum" && name !== "sumif") return undefined;
  const t = argNodes[0]?.type;
  if (t !== "long" && t !== "int") return undefined;
  const [x, p] = args;
  const withPredicate = name === "sumif";
  const s = new Float64Array(groups);
  let bound = 0;
  for (let i = 0; i < rows; i++) {
    if (withPredicate && p(i) !== true) continue;
    const v = x(i);
    if (typeof v !== "number") continue;
    s[groupOf[i]] += v;
    bound += v < 0 ? -v : v;
  }
  if (bound <= MAX) return [Array.from(s)];
  const exact = new Array<bigint | null>(groups).fill(0n);
  for (let i = 0; i < rows; i++) {
    if (withPredicate && p(i) !== true) continue;
    const b = wholeAt(x, i, call);
    if (b !== null) exact[groupOf[i]] = (exact[groupOf[i]] as bigint) + b;
  }
  // Kusto documents an overflow as a query failure (overflow page), not as wrap-around.
  for (const b of exact) if (b !== null && BigInt.asIntN(64, b) !== b) return unsupported(call, `${name}() overflowing 64 bits`);
  const out = Object.assign(exact.map((b) => (b === null ? null : Number(b))), { exact }) as ExactValues;
  return [out];
}
