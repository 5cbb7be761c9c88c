/**
 * A variable-length edge `-[e*1..3]->` stands, in graph-match's where/project, for the array of the
 * path's edges: the pages apply array_length() to it (graph-function page: `PathLength =
 * array_length(e)`; tutorials/your-first-graph: `reportingLevels = array_length(reports)`). Microsoft's
 * analyzer 12.4.1 gives the name another type and rejects the call (KS234, "The expression value must
 * be a dynamic array"). Rather than guess the types the analyzer would give the expression around it,
 * the engine refuses it by name: an error that is neither Kusto's answer nor a refusal would read as
 * "your query is invalid", which the pages say it is not.
 */
import { KqlUnsupportedError } from "../errors";
import type { KNode } from "../kusto";
import { childOf, nameOf } from "../syntax";

/** The names of the query's variable-length edges (`[name*min..max]`). */
function variableEdges(n: KNode, out: Set<string>): Set<string> {
  if (n.cls === "GraphMatchPatternEdge" && childOf(n, "GraphMatchPatternEdgeRange")) {
    const decl = childOf(n, "NameDeclaration");
    if (decl) out.add(nameOf(decl));
  }
  for (const c of n.children) variableEdges(c, out);
  return out;
}

/** The name reference starting at `at`, if any. */
function nameAt(n: KNode, at: number): KNode | undefined {
  if (at < n.pos || at >= n.end) return undefined;
  if (n.cls === "NameReference" && n.pos === at) return n;
  for (const c of n.children) {
    const found = nameAt(c, at);
    if (found) return found;
  }
  return undefined;
}

/** KS234 over a variable-length edge's name: a refusal naming it. */
export function variableEdgeArrayRefusal(root: KNode, code: string, position: number): KqlUnsupportedError | undefined {
  if (code !== "KS234") return undefined;
  const ref = nameAt(root, position);
  if (!ref || !variableEdges(root, new Set()).has(nameOf(ref))) return undefined;
  return new KqlUnsupportedError(
    `the variable-length edge ${nameOf(ref)}, or one of its properties, as a dynamic array`,
    position,
    "Microsoft's analyzer 12.4.1 rejects it (KS234) though the graph pages apply array_length() to it",
  );
}
