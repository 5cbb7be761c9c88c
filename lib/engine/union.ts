/** union [kind=inner|outer] [withsource=Name] of piped input and listed tables; columns matched by name and type. */
import type { Value } from "../dataset/columns";
import type { KNode } from "./kusto";
import type { QueryContext } from "./scalar";
import { childOf, listElements, nameOf, namedParameterName, namedParameters, nodes, unsupported } from "./syntax";
import { materialize, type ETable } from "./table";
import { exactCopy } from "./exact-keys";
import { expandWildcard, hasWildcardSources, wildcardPattern } from "./union-wildcard";

/**
 * Output column name → (input name, type), following Kusto's outer-union naming: a name used
 * with several types becomes `name_type`, deduplicated against plain names with a counter.
 */
function outputSources(tables: ETable[]): Map<string, { name: string; type: string }> {
  const types = new Map<string, string[]>();
  for (const t of tables) {
    for (const c of t.columns) {
      const list = types.get(c.name) ?? [];
      if (!list.includes(c.type)) list.push(c.type);
      types.set(c.name, list);
    }
  }
  const out = new Map<string, { name: string; type: string }>();
  const plain = new Set([...types].filter(([, ts]) => ts.length === 1).map(([n]) => n));
  for (const [name, ts] of types) {
    if (ts.length === 1) {
      out.set(name, { name, type: ts[0] });
      continue;
    }
    for (const type of ts) {
      let candidate = `${name}_${type}`;
      for (let k = 1; plain.has(candidate) || out.has(candidate); k++) candidate = `${name}_${type}${k}`;
      out.set(candidate, { name, type });
    }
  }
  return out;
}

/** The name an `| as Name` at the end of a (parenthesized) union argument, or of its piped input, gives it. */
export function asName(e: KNode): string | undefined {
  let cur = e;
  while (cur.cls === "ParenthesizedExpression") cur = nodes(cur).find((c) => c.type === "table") ?? nodes(cur)[0];
  if (cur.cls !== "PipeExpression") return undefined;
  const op = nodes(cur)[1];
  const decl = op?.cls === "AsOperator" ? childOf(op, "NameDeclaration") : undefined;
  return decl ? nameOf(decl) : undefined;
}

/**
 * A view leg's columns must each have a place in the analyzer's schema (union-views.ts declares the
 * views a wildcard matches); one that has none (a view declared inside a function body) is refused
 * rather than dropped.
 */
function checkViewLegs(parts: Part[], schema: readonly { name: string; type: string }[], sources: ReturnType<typeof outputSources>, op: KNode): void {
  for (const p of parts.filter((x) => x.view)) {
    for (const c of p.table.columns) {
      const out = [...sources].find(([, src]) => src.name === c.name && src.type === c.type)?.[0];
      if (!schema.some((s) => s.name === out && s.type === c.type)) unsupported(op, `union over view ${p.name}, its column ${c.name} missing from the analyzed schema`);
    }
  }
}

/**
 * kind=inner: "the subset of columns that are common to all of the input tables". Microsoft's analyzer
 * types an inner union like an outer one (every column of every leg), and every operator after it is
 * typed from that, so an inner union runs only where the two agree: when each column of the schema is
 * one every leg has under that name and type. Otherwise it is refused by name, never given columns
 * some leg lacks.
 */
function checkInner(parts: Part[], schema: readonly { name: string; type: string }[], sourceCol: string | undefined, op: KNode): void {
  for (const c of schema) {
    if (c.name === sourceCol) continue;
    const missing = parts.find((p) => !p.table.columns.some((x) => x.name === c.name && x.type === c.type));
    if (missing) unsupported(op, `union kind=inner over legs with different columns (${missing.name} has no ${c.name} of type ${c.type})`);
  }
}

interface Part {
  name: string;
  table: ETable;
  view?: boolean;
}

/** `inputName`: the piped input's `| as Name` (the as page: `range ... | as T1 | union withsource=TableName ...` gives T1). */
export function union(op: KNode, input: ETable | undefined, ctx: QueryContext, inputName?: string): ETable {
  const params = namedParameters(op);
  const kind = (params.get("kind") ?? "outer").toLowerCase();
  if (kind !== "outer" && kind !== "inner") return unsupported(op, `union kind=${params.get("kind")}`);
  const sourceCol = namedParameterName(op, "withsource");
  const parts: Part[] = [];
  if (input) parts.push({ name: inputName ?? "union_arg0", table: input });
  const lists = op.children.filter((c) => c.cls === "SyntaxList");
  for (const e of lists.flatMap(listElements)) {
    if (e.cls === "NamedParameter") continue;
    const pattern = wildcardPattern(e);
    if (pattern !== undefined) {
      if (!hasWildcardSources(ctx)) return unsupported(e, `union ${pattern} (no workspace to match tables in)`);
      parts.push(...expandWildcard(e, pattern, ctx, true));
      continue;
    }
    if (e.type !== "table") return unsupported(e, "union argument that is not a table");
    // The union page: when a query references tables of more than one database, the withsource value is "a
    // table name qualified with the database" (and with the cluster when several are referenced), in a form
    // it does not give; a workspace()/database()/cluster() leg names another database, so its rows' source
    // name is refused rather than given as the bare table name or an expression's union_argN.
    if (sourceCol !== undefined && e.cls === "PathExpression") return unsupported(e, "union withsource= over a workspace(), database() or cluster() table (its source name is qualified in an undocumented form)");
    const name = e.cls === "NameReference" ? nameOf(e) : (asName(e) ?? `union_arg${parts.length}`);
    if (e.cls === "NameReference" && e.symbol?.kind === "Table" && /[*]/.test(name)) return unsupported(e, "union with wildcards");
    parts.push({ name, table: ctx.evalTabular(e) });
  }
  const schema = op.columns ?? [];
  const sources = outputSources(parts.map((p) => p.table));
  if (kind === "inner") checkInner(parts, schema, sourceCol, op);
  else checkViewLegs(parts, schema, sources, op);
  const length = parts.reduce((s, p) => s + p.table.length, 0);
  const columns = schema.map((c) => {
    // kind=inner keeps only columns every leg has under their own name (checkInner).
    const want = kind === "inner" ? { name: c.name, type: c.type } : sources.get(c.name);
    const srcOf = (p: (typeof parts)[number]) => (c.name === sourceCol || !want ? undefined : p.table.columns.find((x) => x.name === want.name && x.type === want.type));
    // 64-bit longs are copied with their exact values (exact-keys.ts).
    const exact = c.type === "long" || c.type === "decimal" ? exactCopy(parts.map((p) => ({ view: srcOf(p)?.view, rows: p.table.length })), op, "union's copy") : undefined;
    if (exact) return { name: c.name, type: c.type, view: exact };
    const values: Value[] = new Array(length);
    let at = 0;
    for (const p of parts) {
      const src = srcOf(p);
      for (let i = 0; i < p.table.length; i++) {
        values[at++] = c.name === sourceCol ? p.name : src ? src.view.get(i) : c.type === "string" ? "" : null;
      }
    }
    return { name: c.name, type: c.type, view: materialize(c.type, length, (i) => values[i]) };
  });
  return { length, columns };
}
