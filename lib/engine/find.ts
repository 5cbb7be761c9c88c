/**
 * The find operator (find-operator page): `find [withsource=C] [in (Tables)] where Predicate
 * project Col[:Type], ...`. Rows of each source table for which the predicate is true, with a first
 * column (`source_`, or C) naming the table and then the projected columns.
 *
 * What is implemented is what the reference documents exactly:
 * - sources: `in (...)` names tables, views and wildcards; without it every table of the workspace and
 *   every `view` (the same set `search` reads, evaluator.searchSources);
 * - "Source tables that don't contain any column used by the predicate evaluation will be filtered
 *   out"; a table holding only some of them reads the others as null (its "Search in common and
 *   uncommon columns" example: `Version == ... or EventName == ...` over tables with one each);
 * - the predicate is a `where` predicate, or search terms (`find "x"`, `* has "x"`) as in search.ts;
 * - `project` list: "If a source table doesn't contain a certain column, the values ... will be null";
 *   `Col:Type` casts the values to Type in the result (not in the predicate).
 * Refused by name: project-smart (also the default with no project clause), whose column set the
 * reference and Microsoft's analyzer disagree on (the reference gives a column per type, `X_string`,
 * the analyzer, Binder VisitFindOperator, one `dynamic` column; and what pack_ holds for a null or
 * empty value is documented nowhere); pack_all(), whose text ("all the columns, including the projected columns") and
 * example (projected columns left out) disagree; a source given as a tabular expression (its source_
 * value is not documented); a projected or predicate column with several types across the tables and
 * no `:Type` (the reference requires the type, the analyzer silently picks one).
 */
import type { Value } from "../dataset/columns";
import type { KustoType } from "../telemetry/schemas";
import { exactCopy } from "./exact-keys";
import type { KNode } from "./kusto";
import type { QueryContext } from "./scalar";
import { compileSearch } from "./search";
import { childOf, columnReferences, listElements, nameOf, nodes, tokenTexts, unsupported } from "./syntax";
import { findColumn, materialize, valuesColumn, type EColumn, type ETable } from "./table";
import { toKustoString } from "./value-ops";
import { wildcardPattern } from "./union-wildcard";

const CLAUSES = new Set(["SyntaxList", "FindInClause", "FindProjectClause", "DataScopeClause"]);

const predicateOf = (op: KNode): KNode => nodes(op).filter((c) => !CLAUSES.has(c.cls))[0];

/** The project clause's items, or undefined for project-smart (explicit or by default). */
function projectItems(op: KNode): KNode[] | undefined {
  const clause = childOf(op, "FindProjectClause");
  if (!clause || tokenTexts(clause).includes("project-smart")) return undefined;
  return clause.children.filter((c) => c.cls === "SyntaxList").flatMap(listElements);
}

const isPackAll = (item: KNode) => item.cls === "FunctionCallExpression" && nameOf(item.children[0]).toLowerCase() === "pack_all";

/** What a find operator uses that is refused, known before any table is read (validation pass). */
export function findRefusals(op: KNode): string[] {
  const out: string[] = [];
  const items = projectItems(op);
  if (!items) out.push("find with project-smart (the default without a project list): its output columns are not documented exactly; name them with project");
  else if (items.some(isPackAll)) out.push("find ... project pack_all() (its reference text and example disagree on which columns the bag holds)");
  if (childOf(op, "DataScopeClause")) out.push("find with a data scope");
  // Newer parsers give find its own project-away clause; the reference does not document it.
  for (const extra of nodes(op).filter((c) => !CLAUSES.has(c.cls)).slice(1)) out.push(`find clause ${extra.cls}`);
  // "Tables that don't contain any column used by the predicate" are left out: with no column used, the
  // rule would leave out every table, which the reference surely does not mean; refused, not guessed.
  const pred = predicateOf(op);
  if (pred && !readsEveryColumn(pred) && columnReferences(pred).length === 0) out.push("find where a predicate that reads no column (the reference's table filtering leaves its sources undefined)");
  const inClause = childOf(op, "FindInClause");
  const legs = inClause ? inClause.children.filter((c) => c.cls === "SyntaxList").flatMap(listElements) : [];
  if (legs.some((e) => e.cls !== "NameReference" && wildcardPattern(e) === undefined)) out.push("find in a tabular expression (the source_ value of its rows is not documented)");
  return out;
}

/** True when the predicate holds search terms (`"x"`, `* has "x"`), which read every column, so no table is filtered out. */
function readsEveryColumn(n: KNode): boolean {
  if (n.cls === "ParenthesizedExpression" || (n.cls === "BinaryExpression" && (n.kind === "AndExpression" || n.kind === "OrExpression"))) return nodes(n).some(readsEveryColumn);
  return (n.cls === "LiteralExpression" && n.kind === "StringLiteralExpression") || hasStar(n);
}

const hasStar = (n: KNode): boolean => n.cls === "StarExpression" || nodes(n).some(hasStar);

/** The kind names of a column across the tables that have it. */
function typesOf(name: string, tables: readonly ETable[]): Set<string> {
  const out = new Set<string>();
  for (const t of tables) for (const c of t.columns) if (c.name === name) out.add(c.type);
  return out;
}

/** Missing predicate columns added as null ("" for strings: Kusto strings have no null). */
function withColumns(table: ETable, wanted: readonly { name: string; type: KustoType }[]): ETable {
  const extra: EColumn[] = wanted
    .filter((w) => !findColumn(table, w.name))
    .map((w) => ({ name: w.name, type: w.type, view: materialize(w.type, table.length, () => (w.type === "string" ? "" : null)) }));
  return extra.length === 0 ? table : { length: table.length, columns: [...table.columns, ...extra] };
}

export function find(op: KNode, sources: { name: string | undefined; table: ETable }[], ctx: QueryContext): ETable {
  const refusals = findRefusals(op);
  if (refusals.length > 0) return unsupported(op, refusals[0]);
  if (sources.some((s) => s.name === undefined)) return unsupported(op, "find in a tabular expression (the source_ value of its rows is not documented)");
  const pred = predicateOf(op);
  const schema = op.columns ?? [];
  const items = projectItems(op) ?? [];
  const all = sources.map((s) => s.table);

  // Predicate columns: typed once across the scope, as the predicate is compiled once.
  const predCols = [...new Set(columnReferences(pred))];
  const predTypes = predCols.map((name) => {
    const types = typesOf(name, all);
    if (types.size > 1) unsupported(op, `find where on ${name}, which has types ${[...types].join(" and ")} across the tables (the reference runs it as a union whose columns it does not document exactly)`);
    return { name, type: [...types][0] as KustoType };
  });
  const every = readsEveryColumn(pred);
  const kept = sources.filter((s) => every || predCols.some((c) => findColumn(s.table, c)));

  // Projected columns: an untyped one must have one type wherever it exists (reference, Notes).
  const outCols = items.map((item, k) => {
    const name = nameOf(item.cls === "TypedColumnReference" ? nodes(item)[0] : item);
    const out = schema[k + 1];
    const types = typesOf(name, all);
    if (item.cls !== "TypedColumnReference" && types.size > 1) unsupported(item, `find ... project ${name}, which has types ${[...types].join(" and ")} across the tables, without :type (the reference requires one)`);
    return { name, out };
  });

  const names: string[] = [];
  const picks: { table: ETable; sel: number[] }[] = [];
  for (const src of kept) {
    const table = withColumns(src.table, predTypes);
    const test = compileSearch(pred, { table, ctx }, false);
    const sel: number[] = [];
    for (let i = 0; i < table.length; i++) if (test(i) === true) sel.push(i);
    picks.push({ table: src.table, sel });
    for (let k = 0; k < sel.length; k++) names.push(src.name as string);
  }
  const length = names.length;
  const columns: EColumn[] = outCols.map(({ name, out }) => {
    const srcs = picks.map((p) => findColumn(p.table, name));
    srcs.forEach((c) => {
      if (c && c.type !== out.type && out.type !== "string") unsupported(op, `find ... project ${name}:${out.type} from a ${c.type} column (only casts to string are implemented)`);
    });
    const exact = out.type === "long" || out.type === "decimal" ? exactCopy(picks.map((p, k) => ({ view: srcs[k]?.view, rows: p.sel })), op, "find's copy") : undefined;
    if (exact) return { name: out.name, type: out.type, view: exact };
    const values: Value[] = new Array(length);
    let at = 0;
    picks.forEach((p, k) => {
      const c = srcs[k];
      const cast = c && c.type !== out.type;
      for (const i of p.sel) {
        const v = c ? c.view.get(i) : null;
        // tostring(): the value's text; a missing column reads as "" (a Kusto string is never null).
        values[at++] = cast ? toKustoString(v, c.type) : v === null && out.type === "string" ? "" : v;
      }
    });
    return { name: out.name, type: out.type, view: materialize(out.type, length, (i) => values[i]) };
  });
  return { length, columns: [valuesColumn(schema[0]?.name ?? "source_", "string", names), ...columns] };
}
