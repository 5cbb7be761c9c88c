/**
 * column_ifexists(name, default). Its page: "If columnName exists, then returns the column.
 * Otherwise, it returns the defaultValue column." Microsoft's analyzer types the call as the
 * default's type even when the column exists with another type (`column_ifexists(t, '')` over a
 * datetime column is a string to it), and Kusto does not document what such a call then gives: the
 * column at its own type, or its values converted to the default's type. The page says "returns
 * the column", and percentiles_linear_fl's page (`column_ifexists(val_col, 0.0)` over a long column)
 * prints the values as longs (`[5,7,9]`, where reals print `5.0`): the column at its own type. So:
 * - a column of the default's type, or both numeric (int/long/real/decimal: the same JS numbers;
 *   the values are the column's, as there): the column;
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

const NUMERIC = new Set(["int", "long", "real", "decimal"]);
const alike = (a: string | undefined, b: string | undefined) => a === b || (NUMERIC.has(a ?? "") && NUMERIC.has(b ?? ""));

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
