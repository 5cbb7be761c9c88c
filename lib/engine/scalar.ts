/**
 * Compiles scalar expressions of the syntax tree into closures `(row) => value` over a table's
 * columns, once per operator, so the per-row work is plain function calls on typed arrays.
 */
import type { Value } from "../dataset/columns";
import { KqlRuntimeError } from "./errors";
import { timespanArithmetic } from "./timespan-arith";
import { datetimeArithmetic } from "./datetime-arith";
import { tickComparison } from "./datetime-tick-compare";
import { compileFunctionCall } from "./functions";
import type { KNode } from "./kusto";
import { dynamicValue, literalValue } from "./literals";
import { ExactLongColumn, constantExact, hasExact } from "./exact-long";
import { exactBinary, exactColumnGetter, exactLiteral, exactNegation, exactWhole } from "./exact-long-ops";
import { longArithmetic } from "./long-arith";
import { compileBetween, compileIn, dictionaryTest, numericCompare } from "./predicates";
import { STRING_PREDICATES, asText } from "./string-ops";
import { allTokens, nameOf, nodes, unsupported } from "./syntax";
import { columnAccess, findColumn, type ETable } from "./table";
import { starPredicate } from "./search";
import { isStringBoolEquality, stringBoolEquality } from "./string-bool-compare";
import type { UserFunction } from "./user-functions";
import { compareValues, constant, member, testKustoText, valuesEqual, type Getter } from "./value-ops";
import { withConstantParams } from "./toscalar-params";

/** What a query run provides to expressions: the "as of" clock, `let` bindings and table evaluation. */
export interface QueryContext {
  asOf: number;
  scalars: Map<string, Value>;
  /** `let` bindings over rand()/new_guid(): evaluated at each use, as Kusto does. */
  volatileLets?: Map<string, KNode>;
  evalTabular(node: KNode): ETable;
  /** A `let` function with parameters (or statements) by name. */
  userFunction?(name: string): UserFunction | undefined;
  /** Runs a subquery that starts with an operator (mv-apply's `on (...)`) over `input`. */
  applyChain?(node: KNode, input: ETable): ETable;
  /** Whether Log Analytics hides column `name` from this query (getschema, pack_all leave it out). */
  hidden?(name: string): boolean;
  /** The whole query's syntax tree (column_ifexists() looks for the uses that would tell its two readings apart). */
  root?: KNode;
  /** Whether the workspace's rows hold datetimes with 100 ns digits (datetime-tick-compare.ts cannot read those exactly). */
  tickDigitRows?: boolean;
}

export interface Scope {
  table: ETable;
  ctx: QueryContext;
  /** Inside summarize: aggregate calls already computed per group. */
  aggregates?: Map<KNode, Getter>;
  /** Inside extend: the operator's input, without the columns its earlier items add (pack_all packs these). */
  input?: ETable;
  /** Inside an inlined user function: its parameters and local lets. */
  params?: Map<string, Getter>;
  /** Inside an inlined user function: the functions its body declares (`let g = (x:long) {...}`). */
  functions?: Map<string, UserFunction>;
}

/** Getter for a column of the scope's table, specialised per storage kind and selection. */
export function columnGetter(table: ETable, name: string, n?: KNode): Getter {
  const col = findColumn(table, name);
  if (!col) throw new KqlRuntimeError(`unknown column ${name}`, n?.pos);
  const { numbers, ids, dict, sel, view } = columnAccess(col);
  if (view instanceof ExactLongColumn) return exactColumnGetter(view, sel);
  if (numbers) {
    if (sel) {
      return (i) => {
        const v = numbers[sel[i]];
        return v !== v ? null : v;
      };
    }
    return (i) => {
      const v = numbers[i];
      return v !== v ? null : v;
    };
  }
  if (ids && dict) return sel ? (i) => dict[ids[sel[i]]] : (i) => dict[ids[i]];
  return sel ? (i) => view.get(sel[i]) : (i) => view.get(i);
}

const ARITH: Record<string, (a: number, b: number) => number> = {
  AddExpression: (a, b) => a + b,
  SubtractExpression: (a, b) => a - b,
  MultiplyExpression: (a, b) => a * b,
  DivideExpression: (a, b) => a / b,
  // Kusto's % is never negative (numerical-operators page: -14 % 12 = 10, -14 % -12 = 10).
  ModuloExpression: (a, b) => {
    const r = a % b;
    return r < 0 ? r + Math.abs(b) : r;
  },
};

const COMPARE: Record<string, (c: number) => boolean> = {
  LessThanExpression: (c) => c < 0,
  LessThanOrEqualExpression: (c) => c <= 0,
  GreaterThanExpression: (c) => c > 0,
  GreaterThanOrEqualExpression: (c) => c >= 0,
};

function isIntegral(t: string | undefined): boolean {
  return t === "long" || t === "int";
}

const NUMERIC = new Set(["long", "int", "real", "decimal"]);

/**
 * Kusto's analyzer accepts `stringColumn == 500`, but what Kusto then does is not documented (it is
 * not a numeric comparison: AppRequests.ResultCode is a string). Refused rather than guessed.
 */
export function mixedComparison(n: KNode): string | undefined {
  const [ln, rn] = nodes(n);
  const lt = ln?.type;
  const rt = rn?.type;
  // `and`/`or` are no comparison: the analyzer rejects a string operand (KS106) except in join's
  // `on a and $left.b == $right.c`, where the bare name is a key (join.ts).
  if (n.kind === "AndExpression" || n.kind === "OrExpression") return undefined;
  const str = (t: string | undefined) => t === "string";
  const other = (t: string | undefined) => t !== undefined && (NUMERIC.has(t) || t === "datetime" || t === "timespan" || t === "bool");
  if (isStringBoolEquality(n, [ln, rn])) return undefined;
  if ((str(lt) && other(rt)) || (other(lt) && str(rt))) {
    const op = n.children.find((c) => c.isToken)?.text ?? n.kind;
    return `comparison of a string with a ${str(lt) ? rt : lt} (\`${op}\`): convert one side, e.g. toint(x) ${op} 500 or x ${op} "500"`;
  }
  return undefined;
}

/**
 * Null semantics (learn.microsoft.com/kusto/query/scalar-data-types/null-values): `==` of two nulls
 * is null, of a null and a value false; `!=` of two nulls is null, of a null and a value true;
 * `<`, `>`, arithmetic with a null are null. and/or follow three-valued logic (null and false =
 * false, null or true = true; the page's `val > 3 or isnull(val)` example) — Kusto does not document
 * the remaining combinations; we chose SQL's Kleene logic. `pred` is set when only `=== true`
 * matters (a where clause): then null and false may be confused and the fast paths apply.
 */
function compileBinary(n: KNode, scope: Scope, pred: boolean): Getter {
  const [ln, rn] = nodes(n);
  const sub = (x: KNode) => (pred ? compilePredicate(x, scope) : compileScalar(x, scope));
  const kind = n.kind;
  if (kind === "AndExpression" || kind === "OrExpression") {
    const l = sub(ln);
    const r = sub(rn);
    if (pred) return kind === "AndExpression" ? (i) => l(i) === true && r(i) === true : (i) => l(i) === true || r(i) === true;
    if (kind === "AndExpression") {
      return (i) => {
        const a = l(i);
        if (a === false) return false;
        const b = r(i);
        if (b === false) return false;
        return a === true && b === true ? true : null;
      };
    }
    return (i) => {
      const a = l(i);
      if (a === true) return true;
      const b = r(i);
      if (b === true) return true;
      return a === false && b === false ? false : null;
    };
  }
  if (ln.cls === "StarExpression") return starPredicate(kind, n, compileScalar(rn, scope), scope);
  const ticked = tickComparison(n, scope, (x) => compileScalar(x, scope));
  if (ticked) return ticked;
  const l = compileScalar(ln, scope);
  const r = compileScalar(rn, scope);
  const exact = exactBinary(n, l, r, [ln, rn]);
  if (exact) return exact;
  const long = longArithmetic(n, l, r, [ln, rn], exactWhole);
  if (long) return long;
  if (isStringBoolEquality(n, [ln, rn])) return stringBoolEquality(n, [ln, rn], l, r);
  const arith = ARITH[kind];
  if (arith) {
    const integral = isIntegral(n.type);
    if ((kind === "DivideExpression" || kind === "ModuloExpression") && integral) {
      return (i) => {
        const a = l(i);
        const b = r(i);
        if (typeof a !== "number" || typeof b !== "number" || b === 0) return null;
        return Math.trunc(arith(a, b));
      };
    }
    if (n.type === "string" || n.type === "dynamic") {
      // dynamic arithmetic: numbers inside dynamic values
      return (i) => {
        const a = l(i);
        const b = r(i);
        return typeof a === "number" && typeof b === "number" ? arith(a, b) : null;
      };
    }
    const dated = datetimeArithmetic(n, [ln, rn], l, r, arith) ?? timespanArithmetic(n, l, r, arith);
    if (dated) return dated;
    return (i) => {
      const a = l(i);
      const b = r(i);
      if (typeof a !== "number" || typeof b !== "number") return null;
      return arith(a, b);
    };
  }
  const isEq = kind === "EqualExpression";
  const isCompare = isEq || kind === "NotEqualExpression" || COMPARE[kind] !== undefined;
  if (isCompare) {
    const mixed = mixedComparison(n);
    if (mixed) return unsupported(n, mixed);
  }
  if ((isEq || kind === "NotEqualExpression") && r.constant && typeof r(0) === "string") {
    const c = r(0) as string;
    // Strings have no null (an absent string is ""), so the dictionary test is exact.
    const test = dictionaryTest(ln, scope, isEq ? (s) => s === c : (s) => s !== c);
    if (test) return test;
  }
  if (isEq || kind === "NotEqualExpression") {
    const whenOneNull = !isEq;
    if (r.constant && r(0) !== null && typeof r(0) !== "object") {
      const c = r(0);
      return isEq ? (i) => {
        const a = l(i);
        return a === null ? false : a === c;
      } : (i) => {
        const a = l(i);
        return a === null ? true : a !== c;
      };
    }
    return (i) => {
      const a = l(i);
      const b = r(i);
      if (a === null || b === null) return a === null && b === null ? null : whenOneNull;
      return valuesEqual(a, b) === isEq;
    };
  }
  const cmp = COMPARE[kind];
  if (cmp) {
    if (r.constant && typeof r(0) === "number") {
      const c = r(0) as number;
      const direct = numericCompare(ln, scope, kind, c, pred);
      if (direct) return direct;
      if (kind === "GreaterThanExpression") return (i) => {
        const a = l(i);
        return typeof a === "number" ? a > c : null;
      };
      if (kind === "GreaterThanOrEqualExpression") return (i) => {
        const a = l(i);
        return typeof a === "number" ? a >= c : null;
      };
      if (kind === "LessThanExpression") return (i) => {
        const a = l(i);
        return typeof a === "number" ? a < c : null;
      };
    }
    return (i) => {
      const a = l(i);
      const b = r(i);
      if (a === null || b === null) return null;
      return cmp(compareValues(a, b));
    };
  }
  const strPred = STRING_PREDICATES[kind];
  if (strPred) {
    const lt = ln.type;
    const rt = rn.type;
    if (r.constant) {
      // startswith/has/contains... of an interned column: tested once per distinct value.
      const text = asText(r(0), rt);
      const test = dictionaryTest(ln, scope, (s) => testKustoText(s, lt, (a) => strPred(a, text)));
      if (test) return test;
    }
    return (i) => testKustoText(l(i), lt, (a) => strPred(a, asText(r(i), rt)));
  }
  if (kind === "MatchesRegexExpression") {
    if (!r.constant) unsupported(rn, "matches regex with a non-constant pattern");
    const re = new RegExp(String(r(0)));
    return (i) => testKustoText(l(i), ln.type, (a) => re.test(a));
  }
  return unsupported(n, `operator ${kind}`);
}

/** Compiles a boolean condition whose null and false are equivalent (where, countif): allows fast paths. */
export function compilePredicate(n: KNode, scope: Scope): Getter {
  if (n.cls === "ParenthesizedExpression") return compilePredicate(nodes(n)[0], scope);
  if (n.cls === "BinaryExpression" && !scope.aggregates?.has(n)) return compileBinary(n, scope, true);
  return compileScalar(n, scope);
}

/** Compiles a scalar expression against the scope's table. */
export function compileScalar(n: KNode, scope: Scope): Getter {
  const precomputed = scope.aggregates?.get(n);
  if (precomputed) return precomputed;
  switch (n.cls) {
    case "LiteralExpression": {
      const v = literalValue(n, scope.ctx.asOf);
      return exactLiteral(n, v) ?? constant(v);
    }
    case "DynamicExpression":
      return constant(dynamicValue(n));
    case "ParenthesizedExpression":
      return compileScalar(nodes(n)[0], scope);
    case "NameReference":
      return compileName(n, scope);
    case "BinaryExpression":
      return compileBinary(n, scope, false);
    case "InExpression":
    case "HasAnyExpression":
    case "HasAllExpression":
      return compileIn(n, scope);
    case "BetweenExpression":
      return compileBetween(n, scope);
    case "PrefixUnaryExpression": {
      const g = compileScalar(nodes(n)[0], scope);
      if (n.kind === "UnaryMinusExpression" && (hasExact(g) || isIntegral(n.type))) return exactNegation(g, n);
      if (n.kind === "UnaryMinusExpression") return (i) => {
        const v = g(i);
        return typeof v === "number" ? -v : null;
      };
      return g;
    }
    case "PathExpression": {
      const [base, sel] = nodes(n);
      // Step.Column inside scan: the operator binds these names to its state.
      const stepColumn = base.cls === "NameReference" && base.type === "other" ? scope.params?.get(`${nameOf(base)}.${nameOf(sel)}`) : undefined;
      if (stepColumn) return stepColumn;
      if (base.type !== "dynamic") return unsupported(n, "path expression on a non-dynamic value");
      const g = compileScalar(base, scope);
      // d.[expr]: the key is the expression's value, not its text.
      if (sel.cls === "BracketedExpression") {
        const k = compileScalar(nodes(sel)[0], scope);
        return (i) => member(g(i), k(i));
      }
      const key = nameOf(sel);
      return (i) => member(g(i), key);
    }
    case "ElementExpression": {
      const [base, bracket] = nodes(n);
      const g = compileScalar(base, scope);
      const k = compileScalar(nodes(bracket)[0], scope);
      return (i) => member(g(i), k(i));
    }
    case "FunctionCallExpression":
      return compileFunctionCall(n, scope);
    case "TypeOfLiteralExpression":
      // typeof(long) as an argument (extract, mv-expand): the type name.
      return constant(n.symbol?.name ?? allTokens(n).join("").replace(/^typeof\(|\)$/g, ""));
    case "CompoundStringLiteralExpression":
      // "a" 'b' @"c": adjacent string literals are one string.
      return constant(literalValue({ ...n, kind: "CompoundStringLiteralExpression" }));
    case "ToScalarExpression": {
      // toscalar(2): a scalar argument is its own value.
      if (nodes(n)[0].type !== "table") return constant(compileScalar(nodes(n)[0], scope)(0));
      const t = withConstantParams(nodes(n)[0], scope, () => scope.ctx.evalTabular(nodes(n)[0]));
      const view = t.length > 0 && t.columns.length > 0 ? t.columns[0].view : undefined;
      // A 64-bit long (or parse_version() decimal) keeps its exact value (exact-long.ts).
      if (view instanceof ExactLongColumn) return constantExact(exactColumnGetter(view, Int32Array.of(0)));
      return constant(view ? view.get(0) : null);
    }
  }
  return unsupported(n);
}

/** Prefix of the `scalars` entry holding a partition's key while its subquery runs (no KQL name starts with NUL). */
export const PARTITION_KEY = "\u0000partition ";

function compileName(n: KNode, scope: Scope): Getter {
  const name = nameOf(n);
  const kind = n.symbol?.kind;
  if (kind === "Column") {
    // partition's `{ subquery with its own source }` reads the key column as a scalar (partition-operator page).
    const key = `${PARTITION_KEY}${name}`;
    if (scope.ctx.scalars.has(key) && !findColumn(scope.table, name)) return constant(scope.ctx.scalars.get(key) ?? null);
    return columnGetter(scope.table, name, n);
  }
  if (kind === "Variable" || kind === "Parameter") {
    const bound = scope.params?.get(name);
    if (bound) return bound;
    const volatile = scope.ctx.volatileLets?.get(name);
    if (volatile) return compileScalar(volatile, scope);
    if (scope.ctx.scalars.has(name)) return constant(scope.ctx.scalars.get(name) ?? null);
    if (findColumn(scope.table, name)) return columnGetter(scope.table, name, n);
  }
  if (kind === "Function") return compileFunctionCall({ ...n, cls: "FunctionCallExpression", children: [n] }, scope);
  return unsupported(n, `name ${name} (${kind ?? "unresolved"})`);
}

/** Compiles a predicate to a selection vector of passing rows. */
export function selectRows(table: ETable, pred: Getter): Int32Array {
  const n = table.length;
  const out = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) if (pred(i) === true) out[k++] = i;
  return out.subarray(0, k);
}
