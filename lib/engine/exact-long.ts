/**
 * Exact 64-bit longs without slowing the number paths. The engine computes with doubles, exact for
 * longs up to ±(2^53 − 1); hash()'s and graph-to-table's 64-bit values are not. Where such a value is
 * produced, the getter also carries `exact(i)` (the true 64-bit value) and the column that stores it
 * is an ExactLongColumn: a number column like any other (every operator reads its doubles, as
 * before) that also keeps the 64-bit values. Row selections (where, sort, take, join) keep them; a
 * column computed anew keeps them only when its getter has `exact` too (the long arithmetic and
 * tostring() below), so a result prints Kusto's digits or, when exactness was lost, is refused.
 */
import { FrozenNumberColumn } from "../dataset/columns";
import type { Getter } from "./value-ops";

/** A long as the engine returns it: a number when it is a safe integer, else a bigint. */
export type ExactLong = number | bigint;

/** A getter whose values are long doubles, with their exact 64-bit values beside them. */
export type ExactGetter = Getter & { exact: (i: number) => bigint | null };

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function exactOrNumber(b: bigint): ExactLong {
  return b > MAX_SAFE || b < -MAX_SAFE ? b : Number(b);
}

export function hasExact(g: Getter | undefined): g is ExactGetter {
  return typeof (g as Partial<ExactGetter> | undefined)?.exact === "function";
}

/** A getter returning the nearest double of `exact`'s 64-bit values (what the rest of the engine computes with). */
export function exactGetter(exact: (i: number) => bigint | null): ExactGetter {
  const g = ((i: number) => {
    const b = exact(i);
    return b === null ? null : Number(b);
  }) as ExactGetter;
  g.exact = exact;
  return g;
}

/**
 * A column of longs with their 64-bit values; or, typed decimal, of parse_version()'s whole decimals
 * (up to 10^32, so kept in a bigint array). Both are whole numbers: every exact path reads `wide`.
 */
export class ExactLongColumn extends FrozenNumberColumn {
  constructor(
    readonly wide: BigInt64Array | bigint[],
    data: Float64Array,
    length: number,
    type: "long" | "decimal" = "long",
  ) {
    super(type, data, length);
  }

  /** The exact value: a number when it is a safe integer, a bigint beyond ±(2^53 − 1), null for null. */
  exact(i: number): ExactLong | null {
    return this.data[i] !== this.data[i] ? null : exactOrNumber(this.wide[i]);
  }

  gather(sel: ArrayLike<number>): ExactLongColumn {
    const n = sel.length;
    const wide = this.wide instanceof BigInt64Array ? new BigInt64Array(n) : new Array<bigint>(n).fill(0n);
    const data = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      wide[i] = this.wide[sel[i]];
      data[i] = this.data[sel[i]];
    }
    return new ExactLongColumn(wide, data, n, this.type === "decimal" ? "decimal" : "long");
  }
}

/** An exact column of whole decimals (parse_version()'s), unbounded: nothing wraps at 64 bits. */
export function exactDecimalColumn(length: number, exact: (i: number) => bigint | null): ExactLongColumn {
  const wide = new Array<bigint>(length).fill(0n);
  const data = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const b = exact(i);
    if (b === null) data[i] = NaN;
    else {
      wide[i] = b;
      data[i] = Number(b);
    }
  }
  return new ExactLongColumn(wide, data, length, "decimal");
}

/** The exact column for `type`: 64-bit longs, or whole decimals. */
export function exactColumnOf(type: string, length: number, exact: (i: number) => bigint | null): ExactLongColumn {
  return type === "decimal" ? exactDecimalColumn(length, exact) : exactLongColumn(length, exact);
}

export function exactLongColumn(length: number, exact: (i: number) => bigint | null): ExactLongColumn {
  const wide = new BigInt64Array(length);
  const data = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const b = exact(i);
    if (b === null) data[i] = NaN;
    else {
      wide[i] = BigInt.asIntN(64, b);
      data[i] = Number(wide[i]);
    }
  }
  return new ExactLongColumn(wide, data, length);
}

/** The exact values of a result column, for the query API's rows. */
export function exactReader(view: ExactLongColumn): (i: number) => ExactLong | null {
  return (i) => view.exact(i);
}

/** A constant-folded exact getter (hash("World") in print): the value and its 64-bit form, computed once. */
export function constantExact(g: ExactGetter): ExactGetter {
  const b = g.exact(0);
  const out = exactGetter(() => b);
  out.constant = true;
  return out;
}

/**
 * JSON of a query table with a 64-bit long written as its digits, as the Log Analytics API writes
 * longs (JSON.stringify refuses a bigint). Cells are written one by one, so no string can be taken
 * for a marker; a bigint only ever is a whole cell (functions refuse to put one in a dynamic value).
 */
export function queryTableJson(table: { columns: unknown; rows: readonly (readonly unknown[])[] }): string {
  const cell = (v: unknown) => (typeof v === "bigint" ? String(v) : (JSON.stringify(v) ?? "null"));
  const rows = table.rows.map((r) => `[${r.map(cell).join(",")}]`).join(",");
  return `{"columns":${JSON.stringify(table.columns)},"rows":[${rows}]}`;
}
