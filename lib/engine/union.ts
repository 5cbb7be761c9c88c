/** union [withsource=Name] of piped input and listed tables; columns matched by name (outer union). */
import type { Value } from "../dataset/columns";
import type { KNode } from "./kusto";
import type { QueryContext } from "./scalar";
import { listElements, nameOf, namedParameters, unsupported } from "./syntax";
import { materialize, type ETable } from "./table";

/**
 * The distinct (name, type) input columns in order of first appearance: the outer union's output
 * columns, positionally (a name used with several types becomes `name_type`). When such a generated
 * name collides with a real column name, Kusto (union page: x_long1) and its analyzer number the two
 * differently, so that case is refused rather than risk swapping columns.
 */
function outputSources(tables: ETable[], op: KNode): { name: string; type: string }[] {
  const out: { name: string; type: string }[] = [];
  const types = new Map<string, Set<string>>();
  for (const t of tables) {
    for (const c of t.columns) {
      if (!types.has(c.name)) types.set(c.name, new Set());
      types.get(c.name)?.add(c.type);
      if (!out.some((o) => o.name === c.name && o.type === c.type)) out.push({ name: c.name, type: c.type });
    }
  }
  for (const [name, ts] of types) {
    if (ts.size < 2) continue;
    for (const t of ts) if (types.has(`${name}_${t}`)) unsupported(op, `union of column ${name} with several types next to a column named ${name}_${t}`);
  }
  return out;
}

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
    if (e.cls === "NameReference" && e.symbol?.kind === "Table" && /[*]/.test(name)) return unsupported(e, "union with wildcards");
    parts.push({ name, table: ctx.evalTabular(e) });
  }
  const schema = op.columns ?? [];
  const sources = outputSources(parts.map((p) => p.table), op);
  const dataColumns = schema.filter((c) => c.name !== sourceCol);
  if (dataColumns.length !== sources.length) return unsupported(op, "union whose output columns differ from the analyzer's");
  const length = parts.reduce((s, p) => s + p.table.length, 0);
  const columns = schema.map((c) => {
    const values: Value[] = new Array(length);
    let at = 0;
    const want = c.name === sourceCol ? undefined : sources[dataColumns.indexOf(c)];
    for (const p of parts) {
      const src = want ? p.table.columns.find((x) => x.name === want.name && x.type === want.type) : undefined;
      for (let i = 0; i < p.table.length; i++) {
        values[at++] = c.name === sourceCol ? p.name : src ? src.view.get(i) : c.type === "string" ? "" : null;
      }
    }
    return { name: c.name, type: c.type, view: materialize(c.type, length, (i) => values[i]) };
  });
  return { length, columns };
}
