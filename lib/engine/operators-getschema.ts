/**
 * getschema (its page): one row per input column — name, 0-based ordinal, the .NET type Kusto
 * stores it as, and the KQL type. The page's example shows System.DateTime, System.Int32,
 * System.String, System.Double and System.Object; long, timespan and guid are the .NET types of the
 * same names. What Kusto prints for bool and decimal columns is not shown anywhere: refused.
 */
import type { KNode } from "./kusto";
import type { QueryContext } from "./scalar";
import { unsupported } from "./syntax";
import { valuesColumn, type ETable } from "./table";

const DOTNET: Record<string, string> = {
  string: "System.String",
  int: "System.Int32",
  long: "System.Int64",
  real: "System.Double",
  datetime: "System.DateTime",
  timespan: "System.TimeSpan",
  guid: "System.Guid",
  dynamic: "System.Object",
};

/**
 * Log Analytics' standard-columns page: hidden columns (the billing ones) are not shown in results
 * unless the query names them. Whether getschema lists them is not documented; it lists what a
 * result would show, so a hidden column appears only when the query names it, as in the result.
 */
export function getschema(op: KNode, table: ETable, ctx?: Pick<QueryContext, "hidden">): ETable {
  const input = { ...table, columns: table.columns.filter((c) => !ctx?.hidden?.(c.name)) };
  const types = input.columns.map((c) => DOTNET[c.type] ?? unsupported(op, `getschema of a ${c.type} column (its DataType is not documented)`));
  const n = input.columns.length;
  const [name, ordinal, dataType, columnType] = (op.columns ?? []).map((c) => c.name);
  return {
    length: n,
    columns: [
      valuesColumn(name ?? "ColumnName", "string", input.columns.map((c) => c.name)),
      valuesColumn(ordinal ?? "ColumnOrdinal", "long", input.columns.map((_, k) => k)),
      valuesColumn(dataType ?? "DataType", "string", types),
      valuesColumn(columnType ?? "ColumnType", "string", input.columns.map((c) => c.type)),
    ],
  };
}
