/**
 * + − × on whole decimals (parse_version()'s, with longs/ints beside them) kept exact. Kusto's
 * decimal is "a 128-bit wide, decimal number" (decimal page), System.Data.SqlTypes.SqlDecimal (the
 * scalar-data-types page's .NET table, before 2021): up to 38 digits. A sum, difference or product
 * of whole numbers is whole, so while it stays within 38 digits its value is that exact integer
 * whatever scale rules SqlDecimal applies. Beyond 38 digits
 * Kusto's overflow behaviour is not documented: refused by name. Division and modulo give fractions
 * whose scale and rounding the page does not give: still refused (exact-long-ops.ts).
 */
import { exactGetter } from "./exact-long";
import type { KNode } from "./kusto";
import { unsupported } from "./syntax";
import type { Getter } from "./value-ops";

const WHOLE_OPS: Record<string, (a: bigint, b: bigint) => bigint> = {
  AddExpression: (a, b) => a + b,
  SubtractExpression: (a, b) => a - b,
  MultiplyExpression: (a, b) => a * b,
};

const LIMIT = 10n ** 38n;

/** The exact getter of `l op r` typed decimal, or undefined when `op` is not + − ×. */
export function wholeDecimalArithmetic(
  n: KNode,
  l: Getter,
  r: Getter,
  wholeAt: (g: Getter, i: number, n: KNode) => bigint | null,
): Getter | undefined {
  const op = WHOLE_OPS[n.kind];
  if (!op) return undefined;
  const g = exactGetter((i) => {
    const a = wholeAt(l, i, n);
    const b = wholeAt(r, i, n);
    if (a === null || b === null) return null;
    const out = op(a, b);
    if (out >= LIMIT || out <= -LIMIT) return unsupported(n, "decimal arithmetic past 38 digits");
    return out;
  });
  if (l.constant && r.constant) g.constant = true;
  return g;
}
