/**
 * Further aggregation functions, each per its reference page: covariance (sample, n − 1) and covariancep (population), make_list_with_nulls (keeps null
 * elements), make_bag/make_bag_if (merge property bags; a key seen again keeps its first value, as
 * the make_bag page says "if a key appears in more than one row, an arbitrary value is chosen" and
 * the first is the one our row order gives), binary_all_and/or/xor (bitwise over longs).
 */
import type { Value } from "../dataset/columns";
import type { AggregateFn } from "./aggregates";
import { dynamicForm, toNumber } from "./value-ops";

function perGroup<T>(groups: number, init: () => T): T[] {
  const out = new Array<T>(groups);
  for (let g = 0; g < groups; g++) out[g] = init();
  return out;
}

function covariance(sample: boolean, withPredicate: boolean): AggregateFn {
  return ({ args: [x, y, p], groupOf, groups, rows }) => {
    // Welford's co-moment update, not Σxy − ΣxΣy/n, which cancels for values far from 0 (as variance's, aggregates.ts).
    const n = new Float64Array(groups);
    const mx = new Float64Array(groups);
    const my = new Float64Array(groups);
    const cxy = new Float64Array(groups);
    for (let i = 0; i < rows; i++) {
      if (withPredicate && p(i) !== true) continue;
      const a = x(i);
      const b = y(i);
      if (typeof a !== "number" || typeof b !== "number") continue;
      const g = groupOf[i];
      const dx = a - mx[g];
      const k = ++n[g];
      mx[g] += dx / k;
      my[g] += (b - my[g]) / k;
      cxy[g] += dx * (b - my[g]);
    }
    return [
      Array.from(n, (cnt, g) => {
        const d = sample ? cnt - 1 : cnt;
        if (d <= 0) return cnt > 0 || rows === 0 ? 0 : null;
        return cxy[g] / d;
      }),
    ];
  };
}

const makeListWithNulls: AggregateFn = ({ args: [x], argNodes, groupOf, groups, rows }) => {
  const form = dynamicForm(argNodes[0]?.type);
  const lists = perGroup<Value[]>(groups, () => []);
  for (let i = 0; i < rows; i++) {
    const v = x(i);
    lists[groupOf[i]].push(v === null ? null : form(v));
  }
  return [lists];
};

/**
 * make_bag(expr [, maxSize]) / make_bag_if(expr, predicate [, maxSize]): *maxSize* is "the limit on the
 * maximum number of elements returned" (default and most 1048576; make_dictionary's 128); a bag's
 * elements are its properties. Which keys a full bag keeps is not documented (as which value a repeated
 * key keeps is "arbitrary"): we keep the first ones in row order.
 */
function makeBag(withPredicate: boolean, defaultLimit = 1_048_576): AggregateFn {
  return ({ args: [x, a2, a3], groupOf, groups, rows }) => {
    const p = withPredicate ? a2 : undefined;
    const limitArg = withPredicate ? a3 : a2;
    const limit = limitArg ? (toNumber(limitArg(0)) ?? defaultLimit) : defaultLimit;
    const bags = perGroup<Record<string, Value>>(groups, () => ({}));
    const sizes = new Int32Array(groups);
    for (let i = 0; i < rows; i++) {
      if (p && p(i) !== true) continue;
      const v = x(i);
      if (v === null || typeof v !== "object" || Array.isArray(v)) continue;
      const g = groupOf[i];
      const b = bags[g];
      for (const [k, val] of Object.entries(v as Record<string, Value>)) {
        if (sizes[g] >= limit) break;
        if (k in b) continue;
        b[k] = val;
        sizes[g]++;
      }
    }
    return [bags];
  };
}

function binaryAll(op: (a: bigint, b: bigint) => bigint): AggregateFn {
  return ({ args: [x], groupOf, groups, rows }) => {
    const acc = new Array<bigint | null>(groups).fill(null);
    for (let i = 0; i < rows; i++) {
      const v = x(i);
      if (typeof v !== "number" || !Number.isInteger(v)) continue;
      const g = groupOf[i];
      const b = BigInt.asIntN(64, BigInt(v));
      acc[g] = acc[g] === null ? b : BigInt.asIntN(64, op(acc[g] as bigint, b));
    }
    return [acc.map((b) => (b === null ? null : Number(b)))];
  };
}

export const MORE_AGGREGATES: Record<string, AggregateFn> = {
  covariance: covariance(true, false),
  covariancep: covariance(false, false),
  covarianceif: covariance(true, true),
  covariancepif: covariance(false, true),
  make_list_with_nulls: makeListWithNulls,
  make_bag: makeBag(false),
  make_bag_if: makeBag(true),
  // make_bag's page: "make_dictionary() has been deprecated in favor of make_bag(). The legacy version has a default maxSize limit of 128."
  make_dictionary: makeBag(false, 128),
  binary_all_and: binaryAll((a, b) => a & b),
  binary_all_or: binaryAll((a, b) => a | b),
  binary_all_xor: binaryAll((a, b) => a ^ b),
};
