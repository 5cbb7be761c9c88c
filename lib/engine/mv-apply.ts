/**
 * mv-apply (its reference page): each input row is expanded like mv-expand (arrays in parallel,
 * optional with_itemindex and `to typeof(T)`), the `on (...)` subquery runs over that row's
 * expansion alone, and its rows are joined back to the row's other columns.
 */
import type { ColumnView, Value } from "../dataset/columns";
import type { KustoType } from "../telemetry/schemas";
import type { KNode } from "./kusto";
import { expandRows, expandTarget } from "./mv-expand";
import type { QueryContext } from "./scalar";
import { allTokens, listElements, namedParameters, nodes, unsupported } from "./syntax";
import { findColumn, gatherTable, valuesColumn, type EColumn, type ETable } from "./table";
import { exactCopy } from "./exact-keys";

export function mvApply(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const params = namedParameters(op);
  for (const k of params.keys()) if (k !== "with_itemindex") return unsupported(op, `mv-apply ${k}=`);
  const itemIndex = params.get("with_itemindex");
  const sub = nodes(op).find((c) => c.cls === "MvApplySubqueryExpression");
  if (!sub || !ctx.applyChain) return unsupported(op, "mv-apply without a subquery");
  const items = op.children.filter((c) => c.cls === "SyntaxList").flatMap(listElements).filter((c) => c.cls === "MvApplyExpression");
  const targets = items.map((item) =>
    expandTarget(item, input, ctx, () => {
      const typeOf = nodes(item).find((c) => c.cls === "ToTypeOfClause");
      const toks = typeOf ? allTokens(typeOf) : [];
      return (typeOf ? toks[toks.indexOf("(") + 1] : "dynamic") as KustoType;
    }),
  );

  // The expansion of every row, then the subquery over each row's share of it.
  const { rows, expanded, indexes } = expandRows(targets, input.length, false);
  const starts: number[] = [];
  for (let i = 0, r = 0; i <= input.length; i++) {
    while (r < rows.length && rows[r] < i) r++;
    starts.push(r);
  }
  const base = gatherTable(input, Int32Array.from(rows));
  const targetNames = new Set(targets.map((t) => t.name));
  const columns: EColumn[] = [
    ...base.columns.filter((c) => !targetNames.has(c.name) && c.name !== itemIndex),
    ...targets.map((t, k) => valuesColumn(t.name, t.type, expanded[k])),
    ...(itemIndex ? [valuesColumn(itemIndex, "long", indexes)] : []),
  ];
  const whole: ETable = { length: rows.length, columns };

  const schema = op.columns ?? [];
  const out: Value[][] = schema.map(() => []);
  // Where each output cell comes from, for 64-bit longs copied exactly (exact-keys.ts).
  const origins: { view: ColumnView | undefined; rows: ArrayLike<number> | number }[][] = schema.map(() => []);
  for (let i = 0; i < input.length; i++) {
    const part = gatherTable(whole, Int32Array.from({ length: starts[i + 1] - starts[i] }, (_, k) => starts[i] + k));
    const result = ctx.applyChain(sub, part);
    const sources = schema.map((c) => findColumn(result, c.name));
    schema.forEach((c, k) => {
      const fromSub = sources[k];
      const fromRow = fromSub ? undefined : findColumn(input, c.name);
      if (!fromSub && !fromRow) return unsupported(op, `mv-apply output column ${c.name}`);
      for (let r = 0; r < result.length; r++) out[k].push(fromSub ? fromSub.view.get(r) : (fromRow as EColumn).view.get(i));
      if (c.type === "long" || c.type === "decimal") origins[k].push(fromSub ? { view: fromSub.view, rows: result.length } : { view: (fromRow as EColumn).view, rows: Array<number>(result.length).fill(i) });
    });
  }
  const exactOf = (k: number) => (schema[k].type === "long" || schema[k].type === "decimal" ? exactCopy(origins[k], op, "mv-apply's copy") : undefined);
  return { length: out[0]?.length ?? 0, columns: schema.map((c, k) => ({ name: c.name, type: c.type, view: exactOf(k) ?? valuesColumn(c.name, c.type, out[k]).view })) };
}
