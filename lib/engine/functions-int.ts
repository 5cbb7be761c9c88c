/**
 * toint() and tolong() at their types' bounds. Kusto's int is a signed 32-bit integer (toint page:
 * "signed 32-bit"; a failed conversion is null); what a long out of int's range converts to is not
 * documented (wrap-around or null), so it is refused by name rather than returned as a 33-bit "int".
 * tolong() of a string with more than 15 digits is read exactly (the number path would round it to
 * a double); one past 64 bits, or not a plain integer there, is refused as undocumented.
 */
import type { FnImpl } from "./functions";
import { lazy } from "./long-arith";
import { unsupported } from "./syntax";
import { toLong } from "./value-ops";

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;
const MAX = Number.MAX_SAFE_INTEGER;

export const INT_FUNCTIONS: Record<string, FnImpl> = {
  toint: ({ g: [a], call }) => (i) => {
    const t = toLong(a(i));
    if (t !== null && (t > INT_MAX || t < INT_MIN)) return unsupported(call, "toint() of a value outside the 32-bit int range (Kusto does not document the result)");
    return t;
  },
  tolong: ({ g: [a], nodes: [an], call }) => {
    if (an?.type !== "string") return (i) => toLong(a(i));
    const exact = (i: number): bigint | null => {
      const v = a(i);
      const m = typeof v === "string" ? /^\s*([+-]?\d+)\s*$/.exec(v) : null;
      if (!m) {
        const t = toLong(v);
        if (t === null || (t <= MAX && t >= -MAX)) return t === null ? null : BigInt(t);
        return unsupported(call, "tolong() of a string beyond ±(2^53 − 1) that is not a plain integer");
      }
      const b = BigInt(m[1]);
      if (BigInt.asIntN(64, b) !== b) return unsupported(call, "tolong() of a string beyond 64 bits (Kusto does not document the result)");
      return b;
    };
    return lazy((i) => {
      const t = toLong(a(i));
      if (t === null || (t <= MAX && t >= -MAX)) return t;
      const b = exact(i);
      return b === null ? null : Number(b);
    }, exact);
  },
};
