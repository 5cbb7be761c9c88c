/**
 * A tabular function's body as bound at its call site. Kusto binds a function body once per call
 * with the arguments' types (the user-defined-functions page: a `T:(*)` parameter accepts any table
 * and the body sees its columns), and so does Microsoft's analyzer; the declaration's own tree only
 * knows `T` as a table without columns, so every operator after it would lose the input's columns
 * (`T | extend x = 1` would give just x). The engine evaluates the call-site tree when there is one.
 */
import type { KNode } from "./kusto";
import { listElements, nodes } from "./syntax";
import type { UserFunction } from "./user-functions";

export function atCallSite(fn: UserFunction, call: KNode): UserFunction {
  const body = call.expansion;
  if (!body || body.cls !== "FunctionBody") return fn;
  const lets = body.children.filter((c) => c.cls === "SyntaxList").flatMap(listElements);
  const expr = nodes(body)
    .filter((c) => c.cls !== "SyntaxList")
    .pop();
  if (!expr || lets.length !== fn.lets.length) return fn;
  return { ...fn, lets, body: expr };
}
