/**
 * Arithmetic whose result is a timespan (`1d / 0`, `1h * (1.0 / 0)`, `1d % 0`). A Kusto timespan is a
 * whole count of 100 ns ticks: it has no infinity and no NaN, and Kusto does not document what a
 * timespan divided by zero (or scaled by an infinity) gives: .NET's TimeSpan throws there. The engine
 * computes on doubles and used to print the non-finite result as "Infinity.NaN:NaN:NaN", a value no
 * timespan can have; such a row is refused by name instead of guessed (null would be a guess too).
 */
import type { KNode } from "./kusto";
import { unsupported } from "./syntax";
import type { Getter } from "./value-ops";

export function timespanArithmetic(n: KNode, l: Getter, r: Getter, arith: (a: number, b: number) => number): Getter | undefined {
  if (n.type !== "timespan") return undefined;
  const what = n.kind === "DivideExpression" ? "a timespan divided by zero" : n.kind === "ModuloExpression" ? "a timespan modulo zero" : "timespan arithmetic with an infinite or NaN real";
  return (i) => {
    const a = l(i);
    const b = r(i);
    if (typeof a !== "number" || typeof b !== "number") return null;
    const out = arith(a, b);
    return Number.isFinite(out) ? out : unsupported(n, `${what} (a timespan has no infinity or NaN; Kusto does not document the result)`);
  };
}
