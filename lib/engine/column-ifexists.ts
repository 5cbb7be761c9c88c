/**
 * column_ifexists(name, default). Its page: "If columnName exists, then returns the column.
 * Otherwise, it returns the defaultValue column." Microsoft's analyzer types the call as the
 * default's type even when the column exists with another type (`column_ifexists(t, '')` over a
 * datetime column is a string to it), and Kusto does not document what such a call then gives: the
 * column at its own type, or its values converted to the default's type (the page says "returns
 * the column", which names the values, not their type). So:
 * - a column of the default's type: the column;
 * - a numeric column the default's type widens exactly (int → long, int/long → real): the column's
 *   values at the default's type. The analyzer's type is the one the result carries (the schema, and
 *   what `/` and `%` do after it: `column_ifexists(longCol, 0.0) / 2` divides as reals), so values and
 *   type must agree; the percentiles_linear_fl page's `[5,7,9]` cannot tell (it prints its real
 *   pct_val list `[5,6,7,8,9]` the same way), and no page says otherwise;
 * - a numeric column the default's type would narrow (real → long, long → int) or that meets a
 *   decimal: Kusto documents neither reading (the column's 5.5, or a conversion that truncates or
 *   rounds), so it is refused by name, as any other clash, outside a conversion;
 * - inside a conversion, the functions library's idiom (`todatetime(column_ifexists(t, ''))`,
 *   `tolong(column_ifexists(n, 0))`): the conversion reads the column at its own type. Both
 *   readings agree there when the default is a string (every scalar's text converts back to it)
 *   or of the conversion's own target type (converting twice to a type is converting once);
 * - any other type clash is refused by name.
 */
import type { KNode } from "./kusto";
import type { FnImpl } from "./functions";
import { compileScalar, columnGetter, type Scope } from "./scalar";
import { findColumn } from "./table";
import { childOf, listElements, unsupported } from "./syntax";

const CONVERSIONS = new Set(["tostring", "tolong", "toint", "toreal", "todouble", "todatetime", "todate", "totimespan", "totime", "tobool", "toboolean", "todecimal", "toguid"]);

/** Column type → the default's types it widens to: a long read as a real is the double a real column would hold. */
const WIDENS: Record<string, string[]> = { int: ["long", "real"], long: ["real"] };
const alike = (col: string | undefined, call: string | undefined) => col === call || (WIDENS[col ?? ""] ?? []).includes(call ?? "");

function existingColumn(nameArg: KNode, scope: Scope) {
  const name = compileScalar(nameArg, scope)(0);
  return typeof name === "string" ? findColumn(scope.table, name) : undefined;
}

export const COLUMN_IFEXISTS_FUNCTIONS: Record<string, FnImpl> = {
  column_ifexists: ({ nodes: [cn, dn], scope, call }) => {
    const col = existingColumn(cn, scope);
    if (!col) return compileScalar(dn, scope);
    if (call.type !== undefined && call.type !== "other" && !alike(col.type, call.type)) {
      return unsupported(call, `column_ifexists() of ${col.name}, a ${col.type} column, with a ${call.type} default, outside a to*() conversion (Kusto does not document which type the call then has)`);
    }
    return columnGetter(scope.table, col.name, call);
  },
};

/**
 * The arguments of conversion `name`: a `column_ifexists()` argument whose column exists with another
 * type than its default is retyped to the column's, when both readings above agree.
 */
export function conversionArguments(name: string, conversion: KNode, args: KNode[], scope: Scope): KNode[] {
  if (!CONVERSIONS.has(name) || args.length !== 1) return args;
  const [a] = args;
  if (a.cls !== "FunctionCallExpression" || (a.symbol?.name ?? "").toLowerCase() !== "column_ifexists") return args;
  const inner = listElements(childOf(childOf(a, "ExpressionList") ?? a, "SyntaxList"));
  if (inner.length !== 2) return args;
  const col = existingColumn(inner[0], scope);
  if (!col || alike(col.type, a.type) || (a.type !== "string" && a.type !== conversion.type)) return args;
  return [{ ...a, type: col.type }];
}
