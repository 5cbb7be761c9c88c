/**
 * A query statement whose value is not a table. A scalar expression statement (`asin(0.5)`, the
 * one-line examples of many function pages) answers one row with one column, as `print` does: that
 * is what those pages show. We name the column `print_0`, print's name for an unnamed expression
 * (the pages' own headers vary: "result", "Result"). A graph cannot be a query's result: make-graph
 * "must be followed by a graph operator" (make-graph page).
 */
import type { KNode } from "./kusto";
import { compileScalar, type QueryContext } from "./scalar";
import { unsupported } from "./syntax";
import { GRAPH_RESULT, isGraphExpr } from "./graph";
import { materialize, type ETable } from "./table";

export function statementResult(expr: KNode, ctx: QueryContext): ETable {
  const type = expr.type;
  if (type === undefined || type === "table" || type === "other") {
    return unsupported(expr, isGraphExpr(expr) ? GRAPH_RESULT : "a query whose result is not a table");
  }
  // The getter itself, as print hands it: a 64-bit value (hash()) keeps its exact form (exact-long.ts).
  const value = compileScalar(expr, { table: { length: 1, columns: [] }, ctx });
  return { length: 1, columns: [{ name: "print_0", type, view: materialize(type, 1, value) }] };
}
