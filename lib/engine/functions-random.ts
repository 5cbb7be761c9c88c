/**
 * rand() and new_guid() (their pages): fresh values on every call, never folded into a constant
 * (compileFunctionCall leaves them per row). Their documented outputs can only be checked by shape.
 */
import { randomUUID } from "node:crypto";
import type { FnImpl } from "./functions";
import type { KNode } from "./kusto";
import { nameOf } from "./syntax";
import { toLong } from "./value-ops";

export const RANDOM_FUNCTIONS: Record<string, FnImpl> = {
  // rand(): a real in [0, 1); rand(N): a real from {0, 1, ..., N - 1}.
  rand: ({ g: [n] }) => {
    if (!n) return () => Math.random();
    return (i) => {
      const count = toLong(n(i));
      return count === null || count <= 0 ? null : Math.floor(Math.random() * count);
    };
  },
  new_guid: () => () => randomUUID(),
};

/** Functions whose value differs per call: not folded to a constant, not cached per distinct value. */
export const VOLATILE_FUNCTIONS = new Set(["rand", "new_guid"]);

/**
 * A `let` body calling rand()/new_guid() outside toscalar(): Kusto evaluates it at each use (the
 * toscalar page: `let g2 = new_guid()` gives each row its own guid; named-expressions: x, x differ).
 */
export function isVolatileExpression(n: KNode): boolean {
  if (n.isToken || n.cls === "ToScalarExpression") return false;
  if (n.cls === "FunctionCallExpression" && VOLATILE_FUNCTIONS.has((n.symbol?.name ?? nameOf(n.children[0])).toLowerCase())) return true;
  return n.children.some(isVolatileExpression);
}
