/** union [withsource=Name] of piped input and listed tables; columns matched by name (outer union). */
import type { Value } from "../dataset/columns";
import type { KNode } from "./kusto";
import type { QueryContext } from "./scalar";
import { listElements, nameOf, namedParameters, unsupported } from "./syntax";
import { findColumn, materialize, type ETable } from "./table";

export function union(op: KNode, input: ETable | undefined, ctx: QueryContext): ETable {
  const params = namedParameters(op);
  if ((params.get("kind") ?? "outer").toLowerCase() !== "outer") return unsupported(op, `union kind=${params.get("kind")}`);
  const sourceCol = params.get("withsource");
  const parts: { name: string; table: ETable }[] = [];
  if (input) parts.push({ name: "union_arg0", table: input });
  const lists = op.children.filter((c) => c.cls === "SyntaxList");
  for (const e of lists.flatMap(listElements)) {
    if (e.cls === "NamedParameter") continue;
    if (e.type !== "table") return unsupported(e, "union argument that is not a table (wildcards are not supported)");
    const name = e.cls === "NameReference" ? nameOf(e) : `union_arg${parts.length}`;
    parts.push({ name, table: ctx.evalTabular(e) });
  }
  const schema = op.columns ?? [];
  const length = parts.reduce((s, p) => s + p.table.length, 0);
  const columns = schema.map((c) => {
    const values: Value[] = new Array(length);
    let at = 0;
    for (const p of parts) {
      const src = c.name === sourceCol ? undefined : (findColumn(p.table, c.name) ?? findColumn(p.table, c.name.replace(/_[a-z]+$/, "")));
      for (let i = 0; i < p.table.length; i++) {
        values[at++] = c.name === sourceCol ? p.name : src ? src.view.get(i) : c.type === "string" ? "" : null;
      }
    }
    return { name: c.name, type: c.type, view: materialize(c.type, length, (i) => values[i]) };
  });
  return { length, columns };
}
