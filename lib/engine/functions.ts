/** Scalar functions. Each compiles its argument closures into one closure; unknown ones fail by name. */
import { INT_FUNCTIONS } from "./functions-int";
import type { Value } from "../dataset/columns";
import type { KNode } from "./kusto";
import { referencedColumn } from "./predicates";
import { compileScalar, type Scope } from "./scalar";
import { constantExact, hasExact } from "./exact-long";
import { exactArguments } from "./exact-long-ops";
import { childOf, listElements, nameOf, unsupported } from "./syntax";
import { compileUserCall } from "./user-functions";
import { constant, type Getter } from "./value-ops";
import { CORE_FUNCTIONS } from "./functions-core";
import { STRING_FUNCTIONS } from "./functions-strings";
import { ARRAY_FUNCTIONS } from "./functions-arrays";
import { MATH_FUNCTIONS } from "./functions-math";
import { WINDOW_FUNCTIONS } from "./functions-window";
import { DATETIME_FUNCTIONS } from "./functions-datetime";
import { SERIES_FUNCTIONS } from "./functions-series";
import { MORE_FUNCTIONS } from "./functions-more";
import { BIT_FUNCTIONS } from "./functions-bits";
import { IP_FUNCTIONS } from "./functions-ip";
import { PACK_FUNCTIONS } from "./functions-pack";
import { CONVERT_FUNCTIONS } from "./functions-convert";
import { SERIES_MATH_FUNCTIONS } from "./functions-series-math";
import { GEO_SHAPE_FUNCTIONS } from "./geo/shapes";
import { LAZY_ARGUMENT_FUNCTIONS, SCHEMA_FUNCTIONS } from "./functions-schema";
import { BIN_AUTO_FUNCTIONS } from "./functions-bin-auto";
import { SERIES_FIT_FUNCTIONS } from "./functions-series-fit";
import { SERIES_DECOMPOSE_FUNCTIONS } from "./functions-series-decompose";
import { GEO_CELL_FUNCTIONS } from "./geo/cells";
import { HASH_FUNCTIONS } from "./functions-hash";
import { RANDOM_FUNCTIONS, VOLATILE_FUNCTIONS } from "./functions-random";
import { CODEC_FUNCTIONS } from "./functions-codec";
import { BETA_FUNCTIONS } from "./functions-beta";
import { JSON_FUNCTIONS } from "./functions-json";
import { TZ_FUNCTIONS } from "./functions-tz";
import { IPV6_FUNCTIONS } from "./functions-ipv6";
import { SERIES_FILTER_FUNCTIONS } from "./functions-series-filters";
import { QUERY_FUNCTIONS } from "./functions-query";
import { VERSION_FUNCTIONS } from "./functions-version";
import { SKETCH_FUNCTIONS } from "./functions-sketch";
import { tickCall } from "./datetime-ticks";
import { SIZE_FUNCTIONS } from "./functions-size";
import { ROW_FUNCTIONS } from "./functions-rows";
import { PATH_FUNCTIONS } from "./functions-path";
import { COUNTOF_FUNCTIONS } from "./functions-countof";
import { TICK_FUNCTIONS } from "./functions-ticks";
import { ALIAS_FUNCTIONS } from "./functions-aliases";
import { COLUMN_IFEXISTS_FUNCTIONS, conversionArguments } from "./column-ifexists";
import { REPEAT_FUNCTIONS } from "./functions-repeat";

export type FnArgs = { g: Getter[]; nodes: KNode[]; call: KNode; scope: Scope };
export type FnImpl = (a: FnArgs) => Getter;

export function callArgs(n: KNode): KNode[] {
  const list = childOf(n, "ExpressionList");
  return list ? listElements(childOf(list, "SyntaxList")) : [];
}

const SCALAR_FUNCTIONS: Record<string, FnImpl> = {
  ...CORE_FUNCTIONS,
  ...STRING_FUNCTIONS,
  ...ARRAY_FUNCTIONS,
  ...MATH_FUNCTIONS,
  ...WINDOW_FUNCTIONS,
  ...DATETIME_FUNCTIONS,
  ...SERIES_FIT_FUNCTIONS,
  ...SERIES_DECOMPOSE_FUNCTIONS,
  ...SERIES_FUNCTIONS,
  ...MORE_FUNCTIONS,
  ...BIT_FUNCTIONS,
  ...IP_FUNCTIONS,
  ...PACK_FUNCTIONS,
  ...CONVERT_FUNCTIONS,
  ...SERIES_MATH_FUNCTIONS,
  ...GEO_CELL_FUNCTIONS,
  ...GEO_SHAPE_FUNCTIONS,
  ...HASH_FUNCTIONS,
  ...RANDOM_FUNCTIONS,
  ...CODEC_FUNCTIONS,
  ...BETA_FUNCTIONS,
  ...JSON_FUNCTIONS,
  ...TZ_FUNCTIONS,
  ...IPV6_FUNCTIONS,
  ...SERIES_FILTER_FUNCTIONS,
  ...QUERY_FUNCTIONS,
  ...VERSION_FUNCTIONS,
  ...SKETCH_FUNCTIONS,
  ...SIZE_FUNCTIONS,
  ...ROW_FUNCTIONS,
  ...PATH_FUNCTIONS,
  ...COUNTOF_FUNCTIONS,
  ...INT_FUNCTIONS,
  ...TICK_FUNCTIONS,
  ...ALIAS_FUNCTIONS,
  ...SCHEMA_FUNCTIONS,
  ...BIN_AUTO_FUNCTIONS,
  ...COLUMN_IFEXISTS_FUNCTIONS,
  ...REPEAT_FUNCTIONS,
};

// Pure one-argument functions with scalar results: over an interned string column they are computed
// once per distinct value (toint(httpStatusCode_s) over 2 M rows parses a handful of strings).
const DICTIONARY_MEMO = new Set(["toint", "tolong", "toreal", "todouble", "todecimal", "tolower", "toupper", "strlen", "isempty", "isnotempty", "isnull", "isnotnull", "tostring"]);

function dictionaryMemo(impl: FnImpl, argNodes: KNode[], call: KNode, scope: Scope): Getter | undefined {
  const access = referencedColumn(argNodes[0], scope);
  if (!access?.ids || !access.dict) return undefined;
  const { ids, dict, sel } = access;
  const perValue = impl({ g: [(j) => dict[j]], nodes: argNodes, call, scope });
  const results = new Array<Value | undefined>(dict.length);
  const at = (id: number): Value => {
    let v = results[id];
    if (v === undefined) results[id] = v = perValue(id);
    return v;
  };
  const memo: Getter = sel ? (i) => at(ids[sel[i]]) : (i) => at(ids[i]);
  // tolong()'s 64-bit values (functions-int.ts) stay reachable, per distinct value too.
  if (hasExact(perValue)) {
    const exact = perValue.exact;
    return Object.assign(memo, { exact: sel ? (i: number) => exact(ids[sel[i]]) : (i: number) => exact(ids[i]), lazy: true });
  }
  return memo;
}

/** Compiles a call of a scalar function; aggregate functions are handled by summarize. */
export function compileFunctionCall(n: KNode, scope: Scope): Getter {
  const rawName = n.symbol?.name ?? nameOf(n.children[0]);
  const udf = n.symbol?.kind === "Function" ? (scope.functions?.get(rawName) ?? scope.ctx.userFunction?.(rawName)) : undefined;
  if (udf) return compileUserCall(udf, n, scope);
  const volatile = callArgs(n).length === 0 ? scope.ctx.volatileLets?.get(rawName) : undefined;
  if (volatile) return compileScalar(volatile, scope);
  if (scope.ctx.scalars.has(rawName) && callArgs(n).length === 0) return constant(scope.ctx.scalars.get(rawName) ?? null);
  const name = rawName.toLowerCase();
  const impl = SCALAR_FUNCTIONS[name];
  if (!impl) return unsupported(n, `function ${name}()`);
  const argNodes = conversionArguments(name, n, callArgs(n), scope);
  // A datetime literal with 100 ns digits is refused when compiled: these calls read its text instead.
  const ticked = tickCall(name, n, argNodes, scope, (a) => compileScalar(a, scope));
  if (ticked) return ticked;
  // pack_array(*) packs every input column (its page): the impl reads them itself.
  const lazyArgs = LAZY_ARGUMENT_FUNCTIONS.has(name) || (name === "pack_array" && argNodes.some((a) => a.cls === "StarExpression"));
  const plain = lazyArgs ? [] : argNodes.map((a) => compileScalar(a, scope));
  const { g, override } = exactArguments(name, plain, n);
  if (argNodes.length === 1 && DICTIONARY_MEMO.has(name)) {
    const memo = dictionaryMemo(impl, argNodes, n, scope);
    if (memo) return memo;
  }
  const normal = impl({ g, nodes: argNodes, call: n, scope });
  const getter = override ? override(normal) : normal;
  if (g.length > 0 && g.every((x) => x.constant) && !VOLATILE_FUNCTIONS.has(name) && !["prev", "next", "row_number", "row_cumsum", "row_rank_dense", "row_rank_min", "row_rank", "row_window_session", "pack_all"].includes(name)) return hasExact(getter) ? constantExact(getter) : constant(getter(0));
  return getter;
}

export function isScalarFunction(name: string): boolean {
  return name.toLowerCase() in SCALAR_FUNCTIONS;
}
