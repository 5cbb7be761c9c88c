/**
 * `union isfuzzy=true`: Kusto reduces the union's sources to those that resolve when it analyses the
 * query; if at least one does, the others are dropped (Log Analytics shows a warning), and if none
 * does, the query fails (union operator reference, isfuzzy). Workbooks rely on it to read tables a
 * workspace may lack, e.g. `union isfuzzy=true (AppExceptions | ...), (AppRequests | ...)`.
 *
 * The analyzer types such a leg with columns of an unknown type, which would leak into the union's
 * schema, so the unresolved legs are blanked out of the text (spaces, keeping every position) and
 * the query is analysed again.
 */
import type { KNode } from "./kusto";
import { namedParameters, nodes } from "./syntax";

/** The table a leg reads, through parentheses and pipes: an unresolved name has no symbol. */
function unresolvedSource(leg: KNode): boolean {
  let cur: KNode | undefined = leg;
  while (cur && (cur.cls === "ParenthesizedExpression" || cur.cls === "PipeExpression")) cur = nodes(cur)[0];
  if (cur?.cls !== "NameReference" || cur.symbol) return false;
  // A wildcard that matches no table (`Nope*`) is typed "other" rather than "table".
  return cur.type === "table" || cur.children.some((c) => c.cls === "WildcardedName");
}

/** Spans [pos, end) to blank (or overwrite) for one fuzzy union: its unresolved legs and the commas they leave dangling. */
type Span = [from: number, to: number, text?: string];

function blanks(union: KNode, hasInput: boolean): Span[] {
  const list = union.children.filter((c) => c.cls === "SyntaxList").find((l) => l.children.some((c) => c.cls === "SeparatedElement" && c.children[0]?.cls !== "NamedParameter"));
  if (!list) return [];
  const elements = list.children.filter((c) => c.cls === "SeparatedElement");
  const dropped = elements.filter((e) => unresolvedSource(e.children[0]));
  if (dropped.length === 0) return [];
  if (dropped.length === elements.length) {
    // `T | union isfuzzy=true Missing` is T alone: the operator becomes `where true`. With no input
    // (or a withsource column to add) nothing is left to run, and the query fails as in Kusto.
    if (!hasInput || namedParameters(union).has("withsource")) return [];
    return [[union.pos, union.end, "where true"]];
  }
  const spans: Span[] = dropped.map((e) => [e.pos, e.end]);
  const kept = elements.filter((e) => !dropped.includes(e));
  const last = kept[kept.length - 1];
  const comma = last?.children.find((c) => c.isToken && c.text === ",");
  if (comma) spans.push([comma.pos, comma.end]);
  return spans;
}

/** The query text with the unresolved legs of every `union isfuzzy=true` blanked, or undefined when there are none. */
export function withoutUnresolvedFuzzyLegs(kql: string, root: KNode): string | undefined {
  const spans: Span[] = [];
  const visit = (n: KNode, parent?: KNode) => {
    if (n.isToken) return;
    if (n.cls === "UnionOperator" && (namedParameters(n).get("isfuzzy") ?? "").toLowerCase() === "true") {
      spans.push(...blanks(n, parent?.cls === "PipeExpression" && nodes(parent)[1] === n));
    }
    for (const c of n.children) visit(c, n);
  };
  visit(root);
  if (spans.length === 0) return undefined;
  const chars = kql.split(""); // UTF-16 units, as the analyzer counts positions
  for (const [from, to, text = ""] of spans) {
    for (let i = from; i < to; i++) if (chars[i] !== "\n") chars[i] = " ";
    for (let i = 0; i < text.length; i++) chars[from + i] = text[i];
  }
  return chars.join("");
}
