/**
 * table(TableName [, DataScope]) (its page): the table named by a constant string, else the
 * parameterless tabular function (here: a tabular `let`) of that name, else a semantic error. The
 * name must be constant at the call (a function's parameter is, a column is not: the analyzer only
 * accepts constants). DataScope "all" and "default" read every row (the embedded workspace has no
 * cache policy, so "default" is "all"); "hotcache" is refused, as there is no cache to restrict to.
 */
import { KqlRuntimeError, KqlSemanticError } from "./errors";
import { callArgs } from "./functions";
import type { KNode } from "./kusto";
import { compileScalar, type QueryContext } from "./scalar";
import { unsupported } from "./syntax";
import type { ETable } from "./table";

/** A call of the built-in table() (not a user function of that name). */
export function isTableCall(n: KNode): boolean {
  return n.cls === "FunctionCallExpression" && n.symbol?.kind === "Function" && n.symbol.name.toLowerCase() === "table";
}

/** A literal DataScope the validation pass refuses up front (a computed one is checked when it runs). */
export function tableCallRefusal(n: KNode): string | undefined {
  const scope = callArgs(n)[1];
  const text = scope?.cls === "LiteralExpression" ? scope.children.find((c) => c.isToken)?.text : undefined;
  return text && /^@?(['"])hotcache\1$/i.test(text) ? HOTCACHE : undefined;
}

const HOTCACHE = "table() with DataScope hotcache (the embedded workspace has no cache policy)";

/** The table a table() call names, resolved by `lookup` (workspace table first, then a tabular let). */
export function tableCall(call: KNode, ctx: QueryContext, lookup: (name: string) => ETable | undefined): ETable {
  const [nameArg, scopeArg] = callArgs(call);
  const constant = (n: KNode) => compileScalar(n, { table: { length: 1, columns: [] }, ctx })(0);
  if (!nameArg) throw new KqlRuntimeError("table(): TableName is required", call.pos);
  const name = constant(nameArg);
  if (typeof name !== "string" || name === "") throw new KqlRuntimeError(`table(): TableName must be a non-empty string, got ${JSON.stringify(name)}`, nameArg.pos);
  if (scopeArg) {
    const scope = String(constant(scopeArg) ?? "").toLowerCase();
    if (scope === "hotcache") return unsupported(scopeArg, HOTCACHE);
    if (scope !== "all" && scope !== "default") throw new KqlRuntimeError(`table(): DataScope must be hotcache, all or default, got ${JSON.stringify(scope)}`, scopeArg.pos);
  }
  const table = lookup(name);
  if (!table) throw new KqlSemanticError(`table(): '${name}' is no table or parameterless tabular function of the workspace`, call.pos, "KS204", name);
  return table;
}
