/**
 * toscalar() in a user function's body over a subquery that reads the function's parameters: the
 * user-defined-functions page supports it when the call passes no reference to the row context
 * (`f(10)`), so each parameter the subquery reads must be a constant here; it is bound as a scalar
 * while the subquery runs. A row-dependent one (`f(Column)`) is the page's "unsupported scalar
 * function" and is refused by name, never read from an outer let of the same name.
 */
import type { Value } from "../dataset/columns";
import type { KNode } from "./kusto";
import type { Scope } from "./scalar";
import { nameOf, unsupported } from "./syntax";

export function withConstantParams<T>(sub: KNode, scope: Scope, run: () => T): T {
  const params = scope.params;
  if (!params || params.size === 0) return run();
  const read = new Set<string>();
  const walk = (k: KNode) => {
    if (k.cls === "NameReference" && k.symbol?.kind === "Parameter" && params.has(nameOf(k))) read.add(nameOf(k));
    for (const c of k.children) walk(c);
  };
  walk(sub);
  if (read.size === 0) return run();
  const values = new Map<string, Value>();
  for (const name of read) {
    const g = params.get(name);
    if (!g?.constant) return unsupported(sub, `toscalar() over a subquery reading parameter ${name} of a function called with a row-dependent argument (unsupported, per the user-defined-functions page)`);
    values.set(name, g(0));
  }
  // The outer scalars the parameters hide while the subquery runs, put back after it.
  const { scalars } = scope.ctx;
  const hidden = new Map([...read].filter((name) => scalars.has(name)).map((name) => [name, scalars.get(name) as Value]));
  for (const [name, v] of values) scalars.set(name, v);
  try {
    return run();
  } finally {
    for (const name of read) {
      if (hidden.has(name)) scalars.set(name, hidden.get(name) as Value);
      else scalars.delete(name);
    }
  }
}
