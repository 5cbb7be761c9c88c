/**
 * estimate_data_size(columns) (its page): bytes per row of the referenced columns. The page gives a
 * long as 8 bytes and a string as its length (ASCII there; we count UTF-8 bytes); real, datetime and
 * timespan are 8-byte values too. What Kusto counts for other types (dynamic, bool, int, guid,
 * decimal) is not documented, so those are refused.
 */
import type { FnImpl } from "./functions";
import { compileScalar } from "./scalar";
import { unsupported } from "./syntax";
import type { Getter } from "./value-ops";

const FIXED: Record<string, number> = { long: 8, real: 8, datetime: 8, timespan: 8 };

export const SIZE_FUNCTIONS: Record<string, FnImpl> = {
  estimate_data_size: ({ nodes, scope, call }) => {
    const parts: { get: Getter; type: string }[] = nodes.flatMap((n) =>
      n.cls === "StarExpression" ? scope.table.columns.map((c) => ({ get: (i: number) => c.view.get(i), type: String(c.type) })) : [{ get: compileScalar(n, scope), type: String(n.type) }],
    );
    const bad = parts.find((p) => p.type !== "string" && !(p.type in FIXED));
    if (bad) return unsupported(call, `estimate_data_size() of a ${bad.type} column (its size is not documented)`);
    return (i) => {
      let total = 0;
      for (const p of parts) {
        const v = p.get(i);
        if (p.type === "string") total += typeof v === "string" ? Buffer.byteLength(v, "utf8") : 0;
        else total += FIXED[p.type];
      }
      return total;
    };
  },
};
