/**
 * Calling a tabular user function (`f(T, 5)`, `T | invoke f()`): its parameters and its body's lets
 * are bound for the duration of the call, then the caller's bindings are restored (user-functions.ts
 * reads the declaration).
 */
import type { Value } from "../dataset/columns";
import { atCallSite } from "./function-expansion";
import type { KNode } from "./kusto";
import { compileScalar, type QueryContext } from "./scalar";
import { unsupported } from "./syntax";
import type { ETable } from "./table";
import { boundArguments, type UserFunction } from "./user-functions";

/** A tabular `let`: its expression, its value once evaluated, and whether each use re-evaluates it (rand()). */
export interface TabularLet {
  node: KNode;
  value?: ETable;
  volatile?: boolean;
}

/** The evaluator's bindings a call saves and restores, and how it binds a `let` of the body. */
export interface CallHost extends QueryContext {
  readonly scalars: Map<string, Value>;
  readonly tabularLets: Map<string, TabularLet>;
  readonly functions: Map<string, UserFunction>;
  bindLet(stmt: KNode): void;
}

/** Replaces the contents of `target` with those of `saved`. */
function restore<K, V>(target: Map<K, V>, saved: Map<K, V>): void {
  target.clear();
  for (const [k, v] of saved) target.set(k, v);
}

export function callTabular(host: CallHost, declared: UserFunction, call: KNode, input?: ETable): ETable {
  const fn = atCallSite(declared, call);
  if (fn.body.type !== "table") return unsupported(call, `scalar function ${fn.name}() used as a table`);
  const savedScalars = new Map(host.scalars);
  const savedTables = new Map(host.tabularLets);
  const savedFunctions = new Map(host.functions);
  try {
    const args = boundArguments(fn, call, input ? [call] : []);
    fn.params.forEach((p, k) => {
      if (input && k === 0) {
        if (!p.tabular) unsupported(call, `invoke ${fn.name}(): its first parameter is not a table`);
        host.tabularLets.set(p.name, { node: call, value: input });
      } else if (p.tabular) host.tabularLets.set(p.name, { node: args[k], value: host.evalTabular(args[k]) });
      else host.scalars.set(p.name, compileScalar(args[k], { table: { length: 1, columns: [] }, ctx: host })(0));
    });
    for (const s of fn.lets) host.bindLet(s);
    return host.evalTabular(fn.body);
  } finally {
    restore(host.scalars, savedScalars);
    restore(host.tabularLets, savedTables);
    restore(host.functions, savedFunctions);
  }
}

/** `T | invoke f(...)`: the let function `f` with T as its first (tabular) argument. */
export function invoke(host: CallHost, op: KNode, call: KNode | undefined, input: ETable): ETable {
  const fn = call?.cls === "FunctionCallExpression" ? host.functions.get(call.symbol?.name ?? "") : undefined;
  return fn && call ? callTabular(host, fn, call, input) : unsupported(op, "invoke of a function that is not a let function");
}
