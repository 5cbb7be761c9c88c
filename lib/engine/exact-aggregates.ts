/**
 * min/max/minif/maxif/arg_min/arg_max over exact 64-bit longs (exact-long.ts): the extremum is
 * chosen on the 64-bit values (two longs sharing a double are told apart), and an output column of
 * longs carries its 64-bit values beside its doubles, so summarize prints every digit and an
 * expression over the aggregate (`max(h) % 10`) stays exact.
 */
import type { Value } from "../dataset/columns";
import { exactGetter, hasExact, type ExactGetter } from "./exact-long";
import { compareValues, type Getter } from "./value-ops";

/** An aggregate's output column with the 64-bit value of each group beside its double. */
export type ExactValues = Value[] & { exact: (bigint | null)[] };

export function isExactValues(v: readonly Value[]): v is ExactValues {
  return Array.isArray((v as Partial<ExactValues>).exact);
}

function exactValues(exact: (bigint | null)[]): ExactValues {
  return Object.assign(
    exact.map((b) => (b === null ? null : Number(b))),
    { exact },
  );
}

/** A getter over an aggregate's output by group: exact when the output is. */
export function groupGetter(values: Value[]): Getter {
  return isExactValues(values) ? exactGetter((g) => values.exact[g]) : (g) => values[g];
}

const SIGN: Record<string, 1 | -1> = { max: 1, maxif: 1, arg_max: 1, min: -1, minif: -1, arg_min: -1 };

/** A row's value as the extremum compares it: the 64-bit value of an exact getter, else the value. */
type Order = (i: number) => Value | bigint;

/** Order of two 64-bit values; a null after every number, as compareValues places it among doubles. */
export function compareExact(a: bigint | null, b: bigint | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function better(v: Value | bigint, b: Value | bigint, sign: number): boolean {
  if (typeof v === "bigint" && typeof b === "bigint") return (v > b ? 1 : v < b ? -1 : 0) * sign > 0;
  return compareValues(v as Value, b as Value) * sign > 0;
}

/**
 * The aggregate's output columns when it is an extremum and its value (or, for arg_*, any carried
 * expression) is an exact long; undefined otherwise (the ordinary aggregate runs). Ties and nulls
 * are as aggregates.ts has them: the first row of the best value wins, a group of nulls gives its
 * first row to arg_*.
 */
export function exactExtremum(name: string, args: Getter[], carried: Getter[], groupOf: Int32Array, groups: number, rows: number): Value[][] | undefined {
  const sign = SIGN[name];
  if (sign === undefined) return undefined;
  const [x, p] = args;
  const arg = name.startsWith("arg_");
  if (!hasExact(x) && !(arg && carried.some(hasExact))) return undefined;
  const order: Order = hasExact(x) ? (i) => x.exact(i) : x;
  const best = new Array<Value | bigint>(groups).fill(null);
  const at = new Int32Array(groups).fill(-1);
  const filtered = !arg && name.endsWith("if");
  for (let i = 0; i < rows; i++) {
    if (filtered && p(i) !== true) continue;
    const g = groupOf[i];
    if (arg && at[g] === -1) at[g] = i;
    const v = order(i);
    if (v === null) continue;
    const b = best[g];
    if (b === null || better(v, b, sign)) {
      best[g] = v;
      at[g] = i;
    }
  }
  const column = (c: Getter) => (hasExact(c) ? exactValues(Array.from(at, (i) => (i < 0 ? null : (c as ExactGetter).exact(i)))) : Array.from(at, (i) => (i < 0 ? null : c(i))));
  return [column(x), ...(arg ? carried.map(column) : [])];
}
