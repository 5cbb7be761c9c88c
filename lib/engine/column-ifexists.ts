/**
 * column_ifexists(name, default). Its page: "If columnName exists, then returns the column.
 * Otherwise, it returns the defaultValue column." Microsoft's analyzer types the call as the
 * default's type even when the column exists with another type (`column_ifexists(t, '')` over a
 * datetime column is a string to it), and Kusto does not document what such a call then gives: the
 * column at its own type, or its values converted to the default's type (the page says "returns
 * the column", which names the values, not their type). So:
 * - a column of the default's type: the column;
 * - a numeric column the default's type widens exactly (int → long, int/long → real): the column's
 *   values at the default's type, which is the analyzer's. Under a real default the page's reading
 *   (the long column itself) and the analyzer's (reals) print the same numbers everywhere except
 *   where a whole number and a real differ: `/` and `%` between whole numbers (`v / 2`: 3 or 3.5),
 *   gettype() and getschema. A query holding any of those (whose operands are not surely real,
 *   timespan, datetime or decimal) is refused by name; the percentiles_linear_fl idiom (sorted and
 *   listed, `[5,7,9]` either way; its only division is `pct/100.0`) runs;
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
import { childOf, listElements, nodes, unsupported } from "./syntax";

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
    const use = call.type === "real" && col.type !== "real" ? readingsDiffer(scope.ctx.root) : undefined;
    if (use) return unsupported(call, `column_ifexists() of ${col.name}, a ${col.type} column, with a real default, in a query that ${use} (the page returns the column, the analyzer types it real: there the two differ)`);
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

const SURELY_REAL_CALLS = new Set(["todouble", "toreal", "real"]);

/** An operand whose kind settles `/` and `%` whatever a whole-number column under a real default is. */
function settlesKind(n: KNode): boolean {
  let e = n;
  while (e.cls === "ParenthesizedExpression" && nodes(e).length === 1) e = nodes(e)[0];
  if (e.type === "timespan" || e.type === "datetime" || e.type === "decimal" || e.kind === "RealLiteralExpression") return true;
  return e.cls === "FunctionCallExpression" && SURELY_REAL_CALLS.has((e.symbol?.name ?? "").toLowerCase());
}

const verdicts = new WeakMap<KNode, string | null>();

/** The first use in the query where a long and a real of the same value would answer differently. */
function readingsDiffer(root: KNode | undefined): string | undefined {
  if (!root) return "cannot be checked";
  let verdict = verdicts.get(root);
  if (verdict === undefined) {
    verdict = firstUse(root, new Set()) ?? null;
    verdicts.set(root, verdict);
  }
  return verdict ?? undefined;
}

function firstUse(n: KNode | undefined, seen: Set<KNode>): string | undefined {
  if (!n || seen.has(n)) return undefined;
  seen.add(n);
  if (n.cls === "BinaryExpression" && (n.kind === "DivideExpression" || n.kind === "ModuloExpression")) {
    const [l, r] = nodes(n);
    if (l && r && !settlesKind(l) && !settlesKind(r)) return `${n.kind === "DivideExpression" ? "divides" : "takes a remainder of"} two values not surely real (at position ${n.pos})`;
  }
  if (n.cls === "FunctionCallExpression" && (n.symbol?.name ?? "").toLowerCase() === "gettype") return `calls gettype() (at position ${n.pos})`;
  if (n.cls === "GetSchemaOperator") return `runs getschema (at position ${n.pos})`;
  for (const c of n.children) {
    const use = firstUse(c, seen);
    if (use) return use;
  }
  return firstUse(n.expansion, seen);
}
