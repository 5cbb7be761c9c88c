/**
 * schema_merge([PreserveOrder]) (schema-merge-plugin page): merges schemas in getschema's form
 * (ColumnName, ColumnOrdinal, DataType, ColumnType) into one, in that form. The page's three examples
 * fix one model, read here from the rows in input order (a union of getschema results, each schema's
 * rows in ordinal order):
 *  - a column not seen before takes its place at its ordinal in the merged list (Referrer, ordinal 1,
 *    goes between Uri and HttpStatus: the page's outputs list Uri, Referrer, HttpStatus);
 *  - with PreserveOrder (default true) a column seen again at another ordinal than "the column ordinal
 *    of the first schema that it appeared in" becomes the page's error row: ordinal -1, DataType
 *    "ERROR(unknown CSL type:ERROR(columns are out of order))", ColumnType "ERROR(columns are out of
 *    order)"; with PreserveOrder=false it keeps its place;
 *  - the output's ordinals are the merged list's positions.
 * What the page leaves open is refused by name, never guessed: which types "reduce to common ones"
 * (two types for one column), where a new column goes whose ordinal is past the merged list's end,
 * and how columns after an out-of-order one are numbered.
 */
import type { Value } from "../../dataset/columns";
import { callArgs } from "../functions";
import type { KNode } from "../kusto";
import { columnGetter, compileScalar } from "../scalar";
import { nodes, unsupported } from "../syntax";
import { findColumn, valuesColumn } from "../table";
import { toNumber } from "../value-ops";
import type { Plugin } from "./types";

const OUT_OF_ORDER = "columns are out of order";
const SCHEMA_COLUMNS = ["ColumnName", "ColumnOrdinal", "DataType", "ColumnType"];

interface Merged {
  name: string;
  firstOrdinal: number;
  dataType: Value;
  columnType: Value;
  outOfOrder: boolean;
}

export const schemaMerge: Plugin = (_op, call, input, ctx) => {
  const [arg] = callArgs(call);
  const valueNode: KNode | undefined = arg?.cls === "SimpleNamedExpression" ? nodes(arg)[1] : arg;
  const preserveOrder = valueNode ? compileScalar(valueNode, { table: { length: 1, columns: [] }, ctx })(0) !== false : true;
  const missing = SCHEMA_COLUMNS.filter((c) => !findColumn(input, c));
  if (missing.length > 0) return unsupported(call, `schema_merge() of a table without getschema's column ${missing.join(", ")}`);
  const [name, ordinal, dataType, columnType] = SCHEMA_COLUMNS.map((c) => columnGetter(input, c));

  const merged: Merged[] = [];
  for (let i = 0; i < input.length; i++) {
    const columnName = String(name(i) ?? "");
    const at = toNumber(ordinal(i));
    if (at === null || !Number.isInteger(at) || at < 0) return unsupported(call, "schema_merge() of a row whose ColumnOrdinal is not a whole number from 0");
    const seen = merged.find((m) => m.name === columnName);
    if (!seen) {
      if (at > merged.length) return unsupported(call, "schema_merge() of a new column whose ordinal is past the merged columns' end (the page does not say where it goes)");
      merged.splice(at, 0, { name: columnName, firstOrdinal: at, dataType: dataType(i), columnType: columnType(i), outOfOrder: false });
      continue;
    }
    if (columnType(i) !== seen.columnType) return unsupported(call, `schema_merge() of column ${columnName} with two types, ${String(seen.columnType)} and ${String(columnType(i))} (the page does not say which types reduce to a common one)`);
    if (preserveOrder && at !== seen.firstOrdinal) seen.outOfOrder = true;
  }
  const firstError = merged.findIndex((m) => m.outOfOrder);
  if (firstError >= 0 && merged.slice(firstError + 1).some((m) => !m.outOfOrder)) {
    return unsupported(call, "schema_merge() with columns after an out-of-order one (the page does not say how they are numbered)");
  }
  return {
    length: merged.length,
    columns: [
      valuesColumn("ColumnName", "string", merged.map((m) => m.name)),
      valuesColumn("ColumnOrdinal", "int", merged.map((m, k) => (m.outOfOrder ? -1 : k))),
      valuesColumn("DataType", "string", merged.map((m) => (m.outOfOrder ? `ERROR(unknown CSL type:ERROR(${OUT_OF_ORDER}))` : m.dataType))),
      valuesColumn("ColumnType", "string", merged.map((m) => (m.outOfOrder ? `ERROR(${OUT_OF_ORDER})` : m.columnType))),
    ],
  };
};
