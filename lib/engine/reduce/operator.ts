/**
 * `T | reduce by Expr [with threshold=T, characters="..."]` (reduce-operator page): one row per group
 * of similar strings — Pattern, Count, Representative — with the clustering of slct.ts.
 *
 * Refused by name, because the page does not pin them down:
 * - threshold other than 0.1 (the default): the page's threshold=0.9 example (reduce-operator#2) gives
 *   nine groups that all print the same pattern "MachineLearning*", one of them two digits merged,
 *   which no rule on the rows' terms gives. Below the default the page's prose says a smaller
 *   threshold gives *fewer* groups, the opposite of slct.ts's support rule (a lower support makes
 *   more terms frequent, so more groups); reduce-operator#1 agrees with the page only through the
 *   digit rule. Rather than a silently different grouping, only the default threshold runs.
 * - kind=source: the page appends a Pattern column to the input rows, while Kusto's analyzer also
 *   appends Count and Representative, so the result's columns are not known.
 * - characters="": whether no character then separates terms, or the default applies, is not said.
 * - characters= over a value holding another non-alphanumeric character: the page calls the
 *   parameter the list of separators (reduce-operator#4 splits "fooZ1" at Z), while its last
 *   example and the older page treat it as characters that do *not* break a term; whether a space
 *   still separates terms when characters= is given is therefore open. The values decide, so this is
 *   refused when the operator runs.
 */
import { KqlRuntimeError } from "../errors";
import type { KNode } from "../kusto";
import { compileScalar, type QueryContext } from "../scalar";
import { literalValue } from "../literals";
import { allTokens, childOf, listElements, nameOf, namedParameters, nodes, unsupported } from "../syntax";
import { valuesColumn, type ETable } from "../table";
import { toNumber } from "../value-ops";
import { reduceValues } from "./slct";

const DEFAULT_THRESHOLD = 0.1;
const OTHER_SEPARATOR = /[^\p{L}\p{Nd}]/u;

/** The `with` clause's parameters, name (lower case) → value expression. */
function withParameters(op: KNode): Map<string, KNode> {
  const out = new Map<string, KNode>();
  const clause = childOf(op, "ReduceByWithClause");
  const list = clause?.children.find((c) => c.cls === "SyntaxList");
  for (const p of listElements(list)) {
    if (p.cls !== "NamedParameter") continue;
    const [name, value] = nodes(p);
    if (value) out.set(nameOf(name).toLowerCase(), value);
  }
  return out;
}

// The analyzer admits only literals here (a numeric one for threshold, a string one for characters).
const constant = (n: KNode) => (n.cls === "LiteralExpression" ? literalValue(n) : unsupported(n, "reduce parameter that is not a literal"));

function thresholdOf(op: KNode): number {
  const node = withParameters(op).get("threshold");
  if (!node) return DEFAULT_THRESHOLD;
  const t = toNumber(constant(node));
  if (t === null || !Number.isFinite(t) || t < 0 || t > 1) throw new KqlRuntimeError(`reduce: threshold must be a number between 0 and 1, got ${allTokens(node).join("")}`, node.pos);
  return t;
}

/** What the validation pass refuses in a reduce (see the header); none when it can run. */
export function reduceRefusals(op: KNode): string[] {
  const out: string[] = [];
  if ((namedParameters(op).get("kind") ?? "").toLowerCase() === "source") out.push("reduce kind=source (the page appends only Pattern to the input rows, Kusto's analyzer also Count and Representative: its columns are not documented consistently)");
  const params = withParameters(op);
  const t = params.get("threshold");
  const tv = t ? toNumber(constant(t)) : DEFAULT_THRESHOLD;
  if (tv !== null && tv > DEFAULT_THRESHOLD && tv <= 1) out.push(`reduce with threshold above ${DEFAULT_THRESHOLD} (the page's threshold=0.9 example splits one pattern into nine groups, which no documented rule gives)`);
  if (tv !== null && tv >= 0 && tv < DEFAULT_THRESHOLD) out.push(`reduce with threshold below ${DEFAULT_THRESHOLD} (the page says a smaller threshold gives fewer groups; the support rule of slct.ts gives more, so only the default is exact)`);
  const chars = params.get("characters");
  if (chars && constant(chars) === "") out.push('reduce with characters="" (whether no character then separates terms is not documented)');
  return out;
}

export function reduce(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const refusals = reduceRefusals(op);
  if (refusals.length > 0) return unsupported(op, refusals[0]);
  const threshold = thresholdOf(op);
  const charsNode = withParameters(op).get("characters");
  const separators = charsNode ? new Set([...String(constant(charsNode))]) : undefined;
  const expr = nodes(op).find((c) => c.cls !== "SyntaxList" && c.cls !== "ReduceByWithClause");
  if (!expr) return unsupported(op, "reduce without a by expression");
  const get = compileScalar(expr, { table: input, ctx });
  const values: string[] = [];
  for (let i = 0; i < input.length; i++) {
    const v = get(i);
    // Kusto strings are never null; an absent value is the empty string.
    const s = v === null || v === undefined ? "" : String(v);
    if (separators && [...s].some((ch) => !separators.has(ch) && OTHER_SEPARATOR.test(ch))) {
      return unsupported(op, "reduce with characters= over values holding other non-alphanumeric characters (whether those still separate terms is not documented)");
    }
    values.push(s);
  }
  const groups = reduceValues(values, threshold, separators);
  const [pattern, count, representative] = (op.columns ?? []).map((c) => c.name);
  return {
    length: groups.length,
    columns: [
      valuesColumn(pattern ?? "Pattern", "string", groups.map((g) => g.pattern)),
      valuesColumn(count ?? "Count", "long", groups.map((g) => g.count)),
      valuesColumn(representative ?? "Representative", "string", groups.map((g) => g.representative)),
    ],
  };
}
