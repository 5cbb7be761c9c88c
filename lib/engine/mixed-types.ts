/**
 * Comparisons Kusto's analyzer accepts between kinds of value whose outcome Kusto does not document,
 * refused by name rather than guessed (scalar.ts refuses a string against a number the same way):
 * - a bool against a number (`Success == 0`): a bool is stored as 1/0, but whether `==` compares it
 *   as a number is not documented, and answering "no row" would be silently wrong if it does;
 * - an `in`/`!in` list whose element is of another kind than the tested value (`ResultCode in (500,
 *   502)` over a string column, `StatusCode in ("429")` over an int column): the in operator page
 *   documents equality against each element, not a conversion between kinds.
 */
import type { KNode } from "./kusto";
import { listElements, nodes } from "./syntax";

const NUMERIC = new Set(["long", "int", "real", "decimal"]);

/** The comparison family of a scalar type; undefined for dynamic, tables and unknown types (not checked). */
function family(t: string | undefined): string | undefined {
  if (t === undefined) return undefined;
  if (NUMERIC.has(t)) return "number";
  if (t === "string" || t === "bool" || t === "datetime" || t === "timespan" || t === "guid") return t;
  return undefined;
}

const COMPARISONS = new Set([
  "EqualExpression",
  "NotEqualExpression",
  "LessThanExpression",
  "LessThanOrEqualExpression",
  "GreaterThanExpression",
  "GreaterThanOrEqualExpression",
]);

/** `bool == 0` and the like (string against other kinds is scalar.ts's mixedComparison). */
export function boolNumberComparison(n: KNode): string | undefined {
  if (n.cls !== "BinaryExpression" || !COMPARISONS.has(n.kind)) return undefined;
  const [l, r] = nodes(n).map((x) => family(x?.type));
  if (!((l === "bool" && r === "number") || (l === "number" && r === "bool"))) return undefined;
  const op = n.children.find((c) => c.isToken)?.text ?? n.kind;
  return `comparison of a bool with a number (\`${op}\`): compare with true/false, or convert with toint()`;
}

const article = (t: string | undefined) => (/^[aeiou]/.test(t ?? "") ? "an" : "a");

/** An `in` list holding an element of another kind than the value tested. */
export function mixedInList(n: KNode): string | undefined {
  if (n.cls !== "InExpression") return undefined;
  const [value, list] = nodes(n);
  const want = family(value?.type);
  if (!want || !list) return undefined;
  const op = n.children.find((c) => c.isToken)?.text ?? "in";
  for (const e of listElements(nodes(list)[0] ?? list)) {
    const got = family(e.type);
    if (got && got !== want) {
      return `\`${op}\` of ${article(value.type)} ${value.type} value with ${article(e.type)} ${e.type} list element: convert one side (toint(), tostring(), ...)`;
    }
  }
  return undefined;
}
