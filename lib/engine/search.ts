/**
 * `where * has "x"` (any column) and the search operator (search-operator page): a bare term is
 * `* has term`, `*term`/`term*`/`*term*` hassuffix/hasprefix/contains, `a*b` matches regex
 * `\ba.*b\b`; `Col:"term"` restricts a term to one column; kind=case_sensitive uses the _cs forms.
 * Every column is tested in its text form (tostring). The output starts with `$table`, the name of
 * the table the row came from.
 */
import type { KNode } from "./kusto";
import { compilePredicate, compileScalar, columnGetter, type QueryContext, type Scope } from "./scalar";
import { STRING_PREDICATES } from "./string-ops";
import { namedParameters, nodes, unsupported } from "./syntax";
import { gatherTable, materialize, valuesColumn, type ETable } from "./table";
import type { Value } from "../dataset/columns";
import { testKustoText, toKustoString, type Getter } from "./value-ops";
import { hasExact } from "./exact-long";
import { isBillingColumn } from "../telemetry/billing";

/** A 64-bit long (exact-long.ts) reads as its digits, as tostring() prints it; other getters as they are. */
function textGetter(g: Getter): Getter {
  if (!hasExact(g)) return g;
  return (i) => {
    const b = g.exact(i);
    return b === null ? null : String(b);
  };
}

/** The columns `*` and a bare search term look at (as text): all but the hidden billing columns. */
function searchedColumns(scope: Scope): { get: Getter; type: string | undefined }[] {
  return scope.table.columns.filter((c) => !isBillingColumn(c.name)).map((c) => ({ get: textGetter(columnGetter(scope.table, c.name)), type: c.type }));
}

/** Any column of the scope's table satisfies `pred(text, term)`. */
export function starPredicate(kind: string, n: KNode, term: Getter, scope: Scope): Getter {
  const pred = STRING_PREDICATES[kind];
  if (!pred || kind.startsWith("Not") || kind === "BangTildeExpression") return unsupported(n, `* with ${kind.replace(/Expression$/, "")} (a negated test over every column)`);
  const cols = searchedColumns(scope);
  return (i) => {
    const t = toKustoString(term(i), "string");
    return cols.some((c) => testKustoText(c.get(i), c.type, (s) => pred(s, t)));
  };
}

function termTest(text: string, caseSensitive: boolean): { kind: string; term: string } | { regex: RegExp } {
  const cs = caseSensitive ? "Cs" : "";
  const inner = text.replace(/^\*|\*$/g, "");
  if (inner.includes("*")) {
    const body = inner.split("*").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*");
    return { regex: new RegExp(`\\b${body}\\b`, caseSensitive ? "" : "i") };
  }
  const starts = text.startsWith("*");
  const ends = text.endsWith("*") && text.length > 1;
  const kind = starts && ends ? `Contains${cs}Expression` : starts ? `HasSuffix${cs}Expression` : ends ? `HasPrefix${cs}Expression` : `Has${cs}Expression`;
  return { kind, term: inner };
}

/** Compiles a search predicate: terms become column tests, the rest is an ordinary predicate. */
export function compileSearch(n: KNode, scope: Scope, caseSensitive: boolean): Getter {
  if (n.cls === "ParenthesizedExpression") return compileSearch(nodes(n)[0], scope, caseSensitive);
  if (n.cls === "BinaryExpression" && (n.kind === "AndExpression" || n.kind === "OrExpression")) {
    const [l, r] = nodes(n).map((c) => compileSearch(c, scope, caseSensitive));
    return n.kind === "AndExpression" ? (i) => l(i) === true && r(i) === true : (i) => l(i) === true || r(i) === true;
  }
  const isTerm = n.cls === "LiteralExpression" && n.kind === "StringLiteralExpression";
  const isColumnTerm = n.cls === "BinaryExpression" && n.kind === "SearchExpression";
  if (isTerm || isColumnTerm) {
    const termNode = isTerm ? n : nodes(n)[1];
    const text = String(compileScalar(termNode, scope)(0));
    const test = termTest(text, caseSensitive);
    const columns = isColumnTerm ? [{ get: textGetter(compileScalar(nodes(n)[0], scope)), type: nodes(n)[0].type }] : searchedColumns(scope);
    const match = "regex" in test ? (s: string) => test.regex.test(s) : (s: string) => STRING_PREDICATES[test.kind](s, test.term);
    return (i) => columns.some((c) => testKustoText(c.get(i), c.type, match));
  }
  if (n.cls === "StarExpression") return () => true;
  return compilePredicate(n, scope);
}

/** The sources' columns aligned to the output schema (a column a source lacks reads as null / ""). */
function aligned(table: ETable, schema: readonly { name: string; type: ETable["columns"][number]["type"] }[]): ETable {
  return {
    length: table.length,
    columns: schema.map((c) => {
      const src = table.columns.find((x) => x.name === c.name && x.type === c.type);
      if (src) return src;
      const empty = c.type === "string" ? "" : null;
      return { name: c.name, type: c.type, view: { type: c.type, length: table.length, get: () => empty } };
    }),
  };
}

/**
 * search over one or more named sources (`T | search ...`, `search in (T1, T2) ...`, `search ...` over
 * every table and view): each source's rows that pass, with `$table` naming the source, columns
 * matched by name and type as the analyzer lays them out.
 */
export function search(op: KNode, sources: { name: string | undefined; table: ETable }[], ctx: QueryContext): ETable {
  const params = namedParameters(op);
  const kind = (params.get("kind") ?? "default").toLowerCase();
  if (kind !== "default" && kind !== "case_sensitive" && kind !== "case_insensitive") return unsupported(op, `search kind=${kind}`);
  if (sources.some((s) => s.name === undefined)) return unsupported(op, "search over an unnamed tabular expression (its $table value is not documented)");
  const schema = (op.columns ?? []).filter((c) => c.name !== "$table");
  const predNode = nodes(op).filter((c) => c.cls !== "SyntaxList" && c.cls !== "FindInClause" && c.cls !== "DataScopeClause")[0];
  const names: string[] = [];
  const parts: ETable[] = [];
  for (const src of sources) {
    const table = aligned(src.table, schema);
    const pred = compileSearch(predNode, { table, ctx }, kind === "case_sensitive");
    const sel: number[] = [];
    for (let i = 0; i < table.length; i++) if (pred(i) === true) sel.push(i);
    parts.push(gatherTable(table, sel));
    for (let k = 0; k < sel.length; k++) names.push(src.name as string);
  }
  const length = names.length;
  const columns = schema.map((c, k) => {
    const values: Value[] = [];
    for (const p of parts) for (let i = 0; i < p.length; i++) values.push(p.columns[k].view.get(i));
    return { name: c.name, type: c.type, view: materialize(c.type, length, (i) => values[i]) };
  });
  return { length, columns: [valuesColumn("$table", "string", names), ...columns] };
}
