/** Scalar functions. Each compiles its argument closures into one closure; unknown ones fail by name. */
import type { Value } from "../dataset/columns";
import { KqlRuntimeError } from "./errors";
import type { KNode } from "./kusto";
import { referencedColumn } from "./predicates";
import { compileScalar, columnGetter, type Scope } from "./scalar";
import { childOf, listElements, nameOf, unsupported } from "./syntax";
import { findColumn } from "./table";
import { DATETIME_FUNCTIONS } from "./functions-datetime";
import { compileUserCall } from "./user-functions";
import { SERIES_FUNCTIONS } from "./functions-series";
import { MORE_FUNCTIONS, num } from "./functions-more";
import { BIT_FUNCTIONS } from "./functions-bits";
import { IP_FUNCTIONS } from "./functions-ip";
import { PACK_FUNCTIONS } from "./functions-pack";
import { CONVERT_FUNCTIONS } from "./functions-convert";
import { SERIES_MATH_FUNCTIONS } from "./functions-series-math";
import { GEO_SHAPE_FUNCTIONS } from "./geo/shapes";
import { LAZY_ARGUMENT_FUNCTIONS, SCHEMA_FUNCTIONS } from "./functions-schema";
import { BIN_AUTO_FUNCTIONS } from "./functions-bin-auto";
import { seriesFitLineDynamic } from "./functions-series-fit";
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
import { SKETCH_FUNCTIONS } from "./functions-sketch";
import { SIZE_FUNCTIONS } from "./functions-size";
import { ROW_FUNCTIONS } from "./functions-rows";
import { PATH_FUNCTIONS } from "./functions-path";
import { arraySort } from "./functions-array-sort";
import { formatDatetime, formatTimespanFn, indexOf, parseUrl, parseUrlQuery } from "./functions-text";
import {
  compareValues,
  constant,
  convertTo,
  dynamicForm,
  member,
  parseJson,
  toBool,
  toDatetime,
  toKustoString,
  toLong,
  toNumber,
  toTimespan,
  type Getter,
} from "./value-ops";

export type FnArgs = { g: Getter[]; nodes: KNode[]; call: KNode; scope: Scope };
export type FnImpl = (a: FnArgs) => Getter;

export function callArgs(n: KNode): KNode[] {
  const list = childOf(n, "ExpressionList");
  return list ? listElements(childOf(list, "SyntaxList")) : [];
}

const map1 =
  (f: (v: Value) => Value): FnImpl =>
  ({ g: [a] }) =>
  (i) =>
    f(a(i));

const num1 = num;

const isEmpty = (v: Value) => v === null || v === "";

/**
 * Kusto rounds half away from zero on the decimal digits (round(2.15, 1) = 2.2): shifting through
 * the decimal exponent avoids 2.15 * 10 = 21.499999….
 */
function roundTo(v: number, digits: number): number {
  if (!Number.isFinite(v)) return v;
  const shifted = Math.round(Math.abs(Number(`${Math.abs(v)}e${digits}`)));
  const r = Number(`${shifted}e${-digits}`);
  return v < 0 ? -r : r;
}

function regexOf(g: Getter, n: KNode): RegExp {
  if (!g.constant) return unsupported(n, "regular expression that is not a constant");
  try {
    return new RegExp(String(g(0)), "g");
  } catch (e) {
    throw new KqlRuntimeError(`bad regular expression: ${(e as Error).message}`, n.pos);
  }
}

/** min_of/max_of: non-null values take precedence over nulls. */
function extremum(sign: 1 | -1): FnImpl {
  return ({ g }) =>
    (i) => {
      let best: Value = null;
      for (const a of g) {
        const v = a(i);
        if (v === null) continue;
        if (best === null || (sign > 0 ? (v as number) > (best as number) : (v as number) < (best as number))) best = v;
      }
      return best;
    };
}

const SCALAR_FUNCTIONS: Record<string, FnImpl> = {
  iff: ({ g: [c, a, b] }) => (i) => (c(i) === true ? a(i) : b(i)),
  iif: ({ g: [c, a, b] }) => (i) => (c(i) === true ? a(i) : b(i)),
  case: ({ g }) => (i) => {
    for (let k = 0; k + 1 < g.length; k += 2) if (g[k](i) === true) return g[k + 1](i);
    return g[g.length - 1](i);
  },
  coalesce: ({ g, nodes }) => (i) => {
    for (let k = 0; k < g.length; k++) {
      const v = g[k](i);
      if (!(v === null || (nodes[k].type === "string" && v === ""))) return v;
    }
    return nodes[0].type === "string" ? "" : null;
  },
  isempty: map1(isEmpty),
  isnotempty: map1((v) => !isEmpty(v)),
  isnull: map1((v) => v === null),
  isnotnull: map1((v) => v !== null),
  not: map1((v) => (v === null ? null : v !== true)),
  strcat: ({ g, nodes }) => (i) => g.map((a, k) => toKustoString(a(i), nodes[k].type)).join(""),
  strcat_delim: ({ g, nodes }) => (i) => g.slice(1).map((a, k) => toKustoString(a(i), nodes[k + 1].type)).join(String(g[0](i))),
  strlen: map1((v) => (typeof v === "string" ? [...v].length : null)),
  tostring: ({ g: [a], nodes: [an] }) => (i) => toKustoString(a(i), an.type),
  toint: map1(toLong),
  tolong: map1(toLong),
  todouble: map1(toNumber),
  toreal: map1(toNumber),
  todecimal: map1(toNumber),
  tobool: map1(toBool),
  toboolean: map1(toBool),
  todatetime: ({ g: [a], nodes: [an] }) => (i) => toDatetime(a(i), an.type),
  totimespan: ({ g: [a], nodes: [an] }) => (i) => toTimespan(a(i), an.type),
  toguid: map1(toGuid),
  parse_json: map1(parseJson),
  todynamic: map1(parseJson),
  tolower: map1((v) => (typeof v === "string" ? v.toLowerCase() : v)),
  toupper: map1((v) => (typeof v === "string" ? v.toUpperCase() : v)),
  trim: ({ g: [re, s], nodes: [rn] }) => {
    const r = regexOf(re, rn).source;
    const rx = new RegExp(`^(?:${r})+|(?:${r})+$`, "g");
    return (i) => String(s(i) ?? "").replace(rx, "");
  },
  substring: ({ g: [s, start, len] }) => (i) => {
    const str = String(s(i) ?? "");
    const st = Math.max(0, toLong(start(i)) ?? 0);
    return len ? str.substr(st, Math.max(0, toLong(len(i)) ?? 0)) : str.substring(st);
  },
  indexof: indexOf,
  parse_url: map1((v) => parseUrl(toKustoString(v, "string"))),
  parseurl: map1((v) => parseUrl(toKustoString(v, "string"))),
  parse_urlquery: map1((v) => parseUrlQuery(toKustoString(v, "string"))),
  replace_string: ({ g: [s, a, b] }) => (i) => String(s(i) ?? "").split(String(a(i))).join(String(b(i))),
  replace_regex: ({ g: [s, re, rep], nodes }) => {
    const rx = regexOf(re, nodes[1]);
    return (i) => String(s(i) ?? "").replace(rx, String(rep(i) ?? "").replace(/\\(\d)/g, "$$$1"));
  },
  extract: ({ g: [re, grp, s, typeArg], nodes }) => {
    const rx = new RegExp(regexOf(re, nodes[0]).source);
    const type = typeArg ? String(typeArg(0)) : "string";
    return (i) => {
      const m = rx.exec(toKustoString(s(i), nodes[2].type));
      const k = toLong(grp(i)) ?? 0;
      const text = m && m[k] !== undefined ? m[k] : null;
      return convertTo(type, text);
    };
  },
  split: ({ g: [s, d, idx] }) => (i) => {
    const parts = String(s(i) ?? "").split(String(d(i)));
    if (!idx) return parts;
    const k = toLong(idx(i));
    return k === null || k < 0 || k >= parts.length ? [] : [parts[k]];
  },
  array_length: map1((v) => (Array.isArray(v) ? v.length : null)),
  array_concat: ({ g }) => (i) => g.flatMap((a) => (Array.isArray(a(i)) ? (a(i) as Value[]) : [])),
  strcat_array: ({ g: [a, d] }) => (i) => {
    const arr = a(i);
    return Array.isArray(arr) ? arr.map((v) => (typeof v === "object" && v !== null ? JSON.stringify(v) : String(v ?? ""))).join(String(d(i))) : "";
  },
  array_sort_asc: arraySort(1),
  array_sort_desc: arraySort(-1),
  pack_array: ({ g, nodes }) => {
    const forms = nodes.map((n) => dynamicForm(n.type));
    return (i) => g.map((a, k) => forms[k](a(i)));
  },
  bag_pack: packBag,
  pack: packBag,
  bag_keys: map1((v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.keys(v) : null)),
  gettype: ({ g: [a], nodes: [an] }) => (i) => {
    const v = a(i);
    if (an.type !== "dynamic") return an.type === "real" ? "real" : String(an.type);
    if (v === null) return "null";
    if (Array.isArray(v)) return "array";
    if (typeof v === "object") return "dictionary";
    if (typeof v === "number") return Number.isInteger(v) ? "long" : "real";
    return typeof v === "boolean" ? "bool" : "string";
  },
  abs: num1(Math.abs),
  floor: ({ g: [a, b], nodes }) => binImpl(a, b, nodes),
  bin: ({ g: [a, b], nodes }) => binImpl(a, b, nodes),
  bin_at: ({ g: [a, b, at] }) => (i) => {
    const v = a(i);
    const s = b(i);
    const o = at(i);
    if (typeof v !== "number" || typeof s !== "number" || typeof o !== "number" || s <= 0) return null;
    return Math.floor((v - o) / s) * s + o;
  },
  round: ({ g: [a, d] }) => (i) => {
    const v = toNumber(a(i));
    return v === null ? null : roundTo(v, d ? (toLong(d(i)) ?? 0) : 0);
  },
  ceiling: num1(Math.ceil),
  sqrt: num1(Math.sqrt),
  exp: num1(Math.exp),
  log: num1(Math.log),
  log10: num1(Math.log10),
  log2: num1(Math.log2),
  pow: ({ g: [a, b] }) => (i) => {
    const x = toNumber(a(i));
    const y = toNumber(b(i));
    return x === null || y === null ? null : x ** y;
  },
  sign: num1(Math.sign),
  isnan: map1((v) => typeof v === "number" && Number.isNaN(v)),
  isfinite: map1((v) => typeof v === "number" && Number.isFinite(v)),
  min_of: extremum(-1),
  max_of: extremum(1),
  column_ifexists: ({ nodes: [cn, dn], scope, call }) => {
    const name = String(compileScalar(cn, scope)(0));
    if (findColumn(scope.table, name)) return columnGetter(scope.table, name, call);
    return compileScalar(dn, scope);
  },
  prev: ({ g: [a, off, def] }) => {
    const k = off ? (toLong(off(0)) ?? 1) : 1;
    return (i) => (i - k >= 0 ? a(i - k) : def ? def(i) : null);
  },
  next: ({ g: [a, off, def], scope }) => {
    const k = off ? (toLong(off(0)) ?? 1) : 1;
    const n = scope.table.length;
    return (i) => (i + k < n ? a(i + k) : def ? def(i) : null);
  },
  row_number: ({ g: [start, restart], scope }) => {
    const s = start ? (toLong(start(0)) ?? 1) : 1;
    if (!restart) return (i) => i + s;
    // Restarts depend on earlier rows: number the serialized rows once, in order.
    const numbers = new Float64Array(scope.table.length);
    for (let i = 0, k = s; i < numbers.length; i++, k++) {
      if (i > 0 && restart(i) === true) k = s;
      numbers[i] = k;
    }
    return (i) => numbers[i];
  },
  make_datetime: ({ g }) => (i) => {
    const p = g.map((a) => toNumber(a(i)));
    if (p.slice(0, 3).some((x) => x === null)) return null;
    const [y, mo, d, h, mi, sec] = [0, 1, 2, 3, 4, 5].map((k) => p[k] ?? 0);
    return Date.UTC(y, mo - 1, d, h, mi, 0) + sec * 1000;
  },
  dynamic_member: ({ g: [a, k] }) => (i) => member(a(i), k(i)),
  row_cumsum: ({ g: [term, restart], scope }) => {
    // Depends on earlier rows: summed once over the serialized rows, in order (row-cumsum page).
    const sums = new Array<Value>(scope.table.length);
    let acc = 0;
    for (let i = 0; i < sums.length; i++) {
      if (i > 0 && restart && restart(i) === true) acc = 0;
      const v = term(i);
      if (typeof v === "number") acc += v;
      sums[i] = acc;
    }
    return (i) => sums[i];
  },
  row_rank_dense: rowRank(true),
  row_rank_min: rowRank(false),
  ...DATETIME_FUNCTIONS,
  format_datetime: formatDatetime,
  format_timespan: formatTimespanFn,
  series_fit_line_dynamic: seriesFitLineDynamic,
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
  ...SKETCH_FUNCTIONS,
  ...SIZE_FUNCTIONS,
  ...ROW_FUNCTIONS,
  ...PATH_FUNCTIONS,
  ...SCHEMA_FUNCTIONS,
  ...BIN_AUTO_FUNCTIONS,
};

/**
 * row_rank_dense/row_rank_min over the serialized rows (their pages): a rank that grows when the
 * term differs from the previous row's, by one (dense) or to the row's position (min); a restart
 * begins again at 1.
 */
function rowRank(dense: boolean): FnImpl {
  return ({ g: [term, restart], scope }) => {
    const ranks = new Float64Array(scope.table.length);
    let rank = 0;
    let pos = 0;
    let last: Value = null;
    for (let i = 0; i < ranks.length; i++) {
      const v = term(i);
      if (i === 0 || (restart && restart(i) === true)) {
        rank = 1;
        pos = 1;
      } else {
        pos++;
        if (compareValues(v, last) !== 0) rank = dense ? rank + 1 : pos;
      }
      last = v;
      ranks[i] = rank;
    }
    return (i) => ranks[i];
  };
}

/** toguid (toguid page): 32 hex digits, with dashes or braces or neither → canonical lower-case form; else null. */
function toGuid(v: Value): Value {
  if (typeof v !== "string") return null;
  // The page's example accepts dashes anywhere ("0123456789ab-cdef-0123-456789abcdef").
  const plain = v.trim().replace(/^\{(.*)\}$/, "$1").replace(/-/g, "");
  if (!/^[0-9a-fA-F]{32}$/.test(plain)) return null;
  const h = plain.toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function packBag({ g, nodes }: FnArgs): Getter {
  const forms = nodes.map((n) => dynamicForm(n.type));
  return (i) => {
    const o: Record<string, Value> = {};
    for (let k = 0; k + 1 < g.length; k += 2) o[String(g[k](i))] = forms[k + 1](g[k + 1](i));
    return o;
  };
}

function binImpl(a: Getter, b: Getter, nodes: KNode[]): Getter {
  if (b.constant) {
    const size = toNumber(b(0));
    if (size === null || size <= 0) return constant(null);
    const integral = nodes[0].type === "long" || nodes[0].type === "int";
    return (i) => {
      const v = a(i);
      if (typeof v !== "number") return null;
      const r = Math.floor(v / size) * size;
      return integral ? Math.trunc(r) : r;
    };
  }
  return (i) => {
    const v = a(i);
    const s = b(i);
    if (typeof v !== "number" || typeof s !== "number" || s <= 0) return null;
    return Math.floor(v / s) * s;
  };
}

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
  return sel ? (i) => at(ids[sel[i]]) : (i) => at(ids[i]);
}

/** Compiles a call of a scalar function; aggregate functions are handled by summarize. */
export function compileFunctionCall(n: KNode, scope: Scope): Getter {
  const rawName = n.symbol?.name ?? nameOf(n.children[0]);
  const udf = n.symbol?.kind === "Function" ? scope.ctx.userFunction?.(rawName) : undefined;
  if (udf) return compileUserCall(udf, n, scope);
  const volatile = callArgs(n).length === 0 ? scope.ctx.volatileLets?.get(rawName) : undefined;
  if (volatile) return compileScalar(volatile, scope);
  if (scope.ctx.scalars.has(rawName) && callArgs(n).length === 0) return constant(scope.ctx.scalars.get(rawName) ?? null);
  const name = rawName.toLowerCase();
  const impl = SCALAR_FUNCTIONS[name];
  if (!impl) return unsupported(n, `function ${name}()`);
  const argNodes = callArgs(n);
  const lazyArgs = LAZY_ARGUMENT_FUNCTIONS.has(name);
  const g = lazyArgs ? [] : argNodes.map((a) => compileScalar(a, scope));
  if (argNodes.length === 1 && DICTIONARY_MEMO.has(name)) {
    const memo = dictionaryMemo(impl, argNodes, n, scope);
    if (memo) return memo;
  }
  const getter = impl({ g, nodes: argNodes, call: n, scope });
  if (g.length > 0 && g.every((x) => x.constant) && !VOLATILE_FUNCTIONS.has(name) && !["prev", "next", "row_number", "row_cumsum", "row_rank_dense", "row_rank_min", "row_window_session", "pack_all"].includes(name)) return constant(getter(0));
  return getter;
}

export function isScalarFunction(name: string): boolean {
  return name.toLowerCase() in SCALAR_FUNCTIONS;
}
