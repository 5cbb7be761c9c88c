/**
 * pivot (pivot plugin page) with an OutputSchema: rows grouped by the key columns (those named, or
 * all but the pivot and aggregated columns), one column per pivot value the schema lists, holding
 * count() (the default) or sum() of that value's rows, 0 where it has none (the page's outputs show
 * 0 there). Values the schema does not list are left out, as the page's schema example shows.
 * Without an OutputSchema the value columns come from the data, in an order the page does not pin
 * down (ARKANSAS before ARIZONA in one example): that is exact only for at most one distinct value
 * (the key columns are the analyzer's), so two or more are refused when they appear, as are the
 * other aggregations (what an empty cell holds for them is not shown).
 */
import type { Value } from "../../dataset/columns";
import type { KustoType } from "../../telemetry/schemas";
import { KqlUnsupportedError } from "../errors";
import { callArgs } from "../functions";
import { outputSchema } from "../evaluate";
import type { KNode } from "../kusto";
import { columnGetter, compileScalar } from "../scalar";
import { nameOf, unsupported } from "../syntax";
import { findColumn, valuesColumn } from "../table";
import { keyOf, toKustoString, toNumber } from "../value-ops";
import type { Plugin } from "./types";

export const pivot: Plugin = (op, call, input, ctx) => {
  const declared = outputSchema(op);
  if (declared?.star) return unsupported(call, "pivot() with `*` in its output schema");
  const args = callArgs(call);
  const column = (n: KNode | undefined, what: string) => {
    if (!n || n.cls !== "NameReference" || !findColumn(input, nameOf(n))) return unsupported(n ?? call, `pivot(): ${what} must be a column`);
    return nameOf(n);
  };
  const pivotName = column(args[0], "the pivot");
  let rest = args.slice(1);
  let agg: { fn: "count" | "sum"; arg?: KNode } = { fn: "count" };
  if (rest[0]?.cls === "FunctionCallExpression") {
    const fn = (rest[0].symbol?.name ?? "").toLowerCase();
    if (fn !== "count" && fn !== "sum") return unsupported(rest[0], `pivot() with ${fn}() (what an empty cell holds is not documented)`);
    agg = { fn, arg: callArgs(rest[0])[0] };
    rest = rest.slice(1);
  }
  const aggColumn = agg.arg?.cls === "NameReference" ? nameOf(agg.arg) : undefined;
  const keys = rest.length > 0 ? rest.map((n) => column(n, "a key")) : input.columns.map((c) => c.name).filter((n) => n !== pivotName && n !== aggColumn);
  const keyGets = keys.map((k) => columnGetter(input, k));
  const pivotGet = columnGetter(input, pivotName);
  const pivotType = findColumn(input, pivotName)?.type;
  const value = agg.arg ? compileScalar(agg.arg, { table: input, ctx }) : undefined;

  const schema = declared ?? { star: false, columns: [...(op.columns ?? []), ...dataColumns(pivotGet, pivotType, input.length, agg, call)] };
  const valueColumns = schema.columns.filter((c) => !keys.includes(c.name));
  const slot = new Map(valueColumns.map((c, k) => [c.name, k]));
  const groups = new Map<string, { keys: Value[]; cells: number[] }>();
  for (let i = 0; i < input.length; i++) {
    const kv = keyGets.map((g) => g(i));
    const id = JSON.stringify(kv.map(keyOf));
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { keys: kv, cells: valueColumns.map(() => 0) }));
    const at = slot.get(toKustoString(pivotGet(i), pivotType));
    if (at === undefined) continue;
    g.cells[at] += agg.fn === "count" ? 1 : (toNumber(value ? value(i) : null) ?? 0);
  }
  const rows = [...groups.values()];
  return {
    length: rows.length,
    columns: schema.columns.map((c) => {
      const k = keys.indexOf(c.name);
      if (k >= 0) return valuesColumn(c.name, c.type, rows.map((r) => r.keys[k]));
      const at = slot.get(c.name) as number;
      return valuesColumn(c.name, c.type, rows.map((r) => r.cells[at]));
    }),
  };
};

/** The value column pivot adds without a schema: none or one; two or more have no documented order. */
function dataColumns(get: (i: number) => Value, type: KustoType | undefined, rows: number, agg: { fn: string; arg?: KNode }, call: KNode): { name: string; type: KustoType }[] {
  const names = new Set<string>();
  for (let i = 0; i < rows; i++) names.add(toKustoString(get(i), type));
  if (names.size > 1) throw new KqlUnsupportedError("pivot() without an output schema over several values", call.pos, `${[...names].slice(0, 3).join(", ")}, …: the order of their columns is not documented; give the output schema`);
  const argType = agg.arg?.type;
  if (agg.fn === "sum" && argType !== "int" && argType !== "long" && argType !== "real") return unsupported(call, `pivot() without an output schema summing a ${String(argType)}`);
  const valueType: KustoType = agg.fn === "sum" && argType === "real" ? "real" : "long";
  return [...names].map((name) => {
    if (name === "") return unsupported(call, "pivot() of an empty or null value (its column name is not documented)");
    return { name, type: valueType };
  });
}
