/** mv-expand: one output row per element of dynamic arrays (several columns expand in parallel). */
import type { Value } from "../dataset/columns";
import type { KustoType } from "../telemetry/schemas";
import type { KNode } from "./kusto";
import { compileScalar, type QueryContext } from "./scalar";
import { listElements, nameOf, namedParameters, nodes, unsupported } from "./syntax";
import { findColumn, gatherView, materialize, type EColumn, type ETable } from "./table";
import { convertTo, parseJson, toLong, type Getter } from "./value-ops";

function elements(v: Value, bagAsArray: boolean): Value[] {
  const val = typeof v === "string" ? parseJson(v) : v;
  if (Array.isArray(val)) return val as Value[];
  if (val !== null && typeof val === "object") return Object.entries(val).map(([k, x]) => (bagAsArray ? [k, x] : { [k]: x }));
  return [val];
}

export interface ExpandTarget {
  name: string;
  type: KustoType;
  get: Getter;
}

/** One `name = expr` (or a column) of mv-expand/mv-apply; typeOf gives the declared element type. */
export function expandTarget(item: KNode, input: ETable, ctx: QueryContext, typeOf: (name: string) => KustoType): ExpandTarget {
  const [exprOrNamed] = nodes(item);
  const named = exprOrNamed.cls === "SimpleNamedExpression";
  const expr = named ? nodes(exprOrNamed)[1] : exprOrNamed;
  const name = named ? nameOf(nodes(exprOrNamed)[0]) : expr.cls === "NameReference" ? nameOf(expr) : undefined;
  if (!name) return unsupported(item, "expansion of an unnamed expression");
  return { name, type: typeOf(name), get: compileScalar(expr, { table: input, ctx }) };
}

/** The expansion of rows 0..length-1: each row repeated once per element of its longest array. */
export function expandRows(targets: readonly ExpandTarget[], length: number, bagAsArray: boolean, limit = Infinity): { rows: number[]; expanded: Value[][]; indexes: number[] } {
  const rows: number[] = [];
  const expanded: Value[][] = targets.map(() => []);
  const indexes: number[] = [];
  for (let i = 0; i < length; i++) {
    const arrays = targets.map((t) => elements(t.get(i), bagAsArray));
    const n = Math.min(limit, Math.max(...arrays.map((a) => a.length)));
    for (let j = 0; j < n; j++) {
      rows.push(i);
      indexes.push(j);
      arrays.forEach((a, k) => expanded[k].push(j < a.length ? convertTo(targets[k].type, a[j]) : null));
    }
  }
  return { rows, expanded, indexes };
}

export function mvExpand(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const params = namedParameters(op);
  const bagAsArray = (params.get("kind") ?? params.get("bagexpansion") ?? "bag").toLowerCase() === "array";
  const itemIndex = params.get("with_itemindex");
  const schema = op.columns ?? [];
  const items = op.children.filter((c) => c.cls === "SyntaxList").flatMap(listElements).filter((c) => c.cls === "MvExpandExpression");
  const targets = items.map((item) => expandTarget(item, input, ctx, (name) => schema.find((c) => c.name === name)?.type ?? "dynamic"));
  // limit N: at most N rows from each input row (the mv-expand page's Rowlimit).
  const limitClause = op.children.find((c) => c.cls === "MvExpandRowLimitClause");
  const limitExpr = limitClause && nodes(limitClause)[0];
  const limit = limitExpr ? toLong(compileScalar(limitExpr, { table: input, ctx })(0)) : undefined;
  if (limitClause && (limit === null || limit === undefined || limit < 0)) return unsupported(limitClause, "mv-expand limit that is not a non-negative constant");
  const { rows, expanded, indexes } = expandRows(targets, input.length, bagAsArray, limit ?? Infinity);
  const sel = Int32Array.from(rows);
  const columns: EColumn[] = schema.map((c) => {
    const k = targets.findIndex((t) => t.name === c.name);
    if (k >= 0) return { name: c.name, type: c.type, view: materialize(c.type, rows.length, (r) => expanded[k][r]) };
    if (c.name === itemIndex) return { name: c.name, type: c.type, view: materialize("long", rows.length, (r) => indexes[r]) };
    const src = findColumn(input, c.name);
    if (!src) return unsupported(op, `mv-expand output column ${c.name}`);
    return { name: c.name, type: c.type, view: gatherView(src.view, sel) };
  });
  return { length: rows.length, columns };
}
