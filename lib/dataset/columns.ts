/**
 * Column storage shared by the embedded workspace and the query engine. Numbers, datetimes
 * (epoch milliseconds) and timespans (milliseconds) live in growable Float64Arrays with NaN for
 * null (number-column.ts); strings are interned per column, or kept plain once nearly every value
 * is distinct (string-column.ts); bools are bytes (bool-column.ts); dynamic and guid values stay
 * JS values (value-columns.ts, with the engine's array-backed views).
 *
 * Stored columns are written sparsely: `put(row, v)` stores a non-null value at `row` and only then
 * fills the nulls of the rows the column skipped (one typed-array fill, not per-row work). A column
 * that never saw a value costs nothing: its views read a shared all-null backing (backing.ts).
 */
import type { KustoType } from "../telemetry/schemas";
import { BoolColumn } from "./bool-column";
import { NumberColumn } from "./number-column";
import { StringColumn } from "./string-column";
import { ValueColumn } from "./value-columns";

export type { ColumnView, Value } from "./column-view";
export type { IdArray } from "./backing";
export type { StoredColumnApi } from "./stored-column";
export { NumberColumn, FrozenNumberColumn } from "./number-column";
export { StringColumn, FrozenStringColumn } from "./string-column";
export { BoolColumn, FrozenBoolColumn } from "./bool-column";
export { ValueColumn, ArrayColumn, ArraySliceColumn } from "./value-columns";

export const NUMERIC_STORAGE = new Set<KustoType>(["long", "int", "real", "decimal", "datetime", "timespan"]);

export type StoredColumn = NumberColumn | StringColumn | BoolColumn | ValueColumn;

export function newStoredColumn(type: KustoType): StoredColumn {
  if (NUMERIC_STORAGE.has(type)) return new NumberColumn(type);
  if (type === "string") return new StringColumn();
  if (type === "bool") return new BoolColumn();
  return new ValueColumn(type);
}
