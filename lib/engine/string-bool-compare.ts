/**
 * `==` / `!=` between a string and a bool. Kusto's analyzer accepts it and Microsoft's published
 * queries rely on it both ways: `_IsBillable == true` over the string column `_IsBillable`
 * (log-standard-columns, analyze-usage) and `IsBillable == "true"` over Usage's bool column
 * (analyze-usage, "Log Management solution"). What Kusto does with other strings is not documented,
 * so only the texts tostring() gives a bool, "true" and "false", compare (as that bool); "" is the
 * string null (null semantics of `==`: null vs a value is false, `!=` true); any other text is
 * refused when met, never guessed.
 */
import type { KNode } from "./kusto";
import { KqlUnsupportedError } from "./errors";
import type { Getter } from "./value-ops";

const isStringBool = (a: string | undefined, b: string | undefined) => (a === "string" && b === "bool") || (a === "bool" && b === "string");

/** True when `n` compares a string with a bool by == or != (the case compiled below). */
export function isStringBoolEquality(n: KNode, [ln, rn]: KNode[]): boolean {
  return (n.kind === "EqualExpression" || n.kind === "NotEqualExpression") && isStringBool(ln?.type, rn?.type);
}

export function stringBoolEquality(n: KNode, [ln]: KNode[], l: Getter, r: Getter): Getter {
  const [str, bool] = ln.type === "string" ? [l, r] : [r, l];
  const isEq = n.kind === "EqualExpression";
  const asBool = (s: string): boolean | null => {
    if (s === "") return null;
    if (s === "true") return true;
    if (s === "false") return false;
    throw new KqlUnsupportedError(`comparison of the string ${JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s)} with a bool (Kusto documents no rule for strings other than "true" and "false")`, n.pos);
  };
  return (i) => {
    const s = str(i);
    const a = typeof s === "string" ? asBool(s) : null;
    const b = bool(i) as boolean | null;
    if (a === null || b === null) return a === null && b === null ? null : !isEq;
    return (a === b) === isEq;
  };
}
