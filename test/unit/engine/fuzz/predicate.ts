/**
 * Random predicates in KQL and SQL. Null rules used (null-values and logical-operators pages): a
 * comparison with a null operand is null, except == (false) and != (true) when exactly one side is
 * null; `where` drops a row whose predicate is null. The two pages disagree on null == null and on
 * `null and true` (bool(null) or false), so a predicate that could be null is only used where null and
 * false act alike: under where, and/or, iff's condition; never under not(), never printed.
 */
import { atom, binary, expr, literal, type Ctx, type Expr } from "./scalar";
import type { KType } from "./table";

const bool = (k: string, s: string, nullable: boolean): Expr => ({ k, s, t: "bool", nullable, nan: false });

/** An operand of type t that is not NaN (DuckDB orders NaN above +inf; Kusto documents no comparison with NaN). */
function operand(ctx: Ctx, t: KType, d: number, nullOk: boolean): Expr {
  for (let tries = 0; tries < 4; tries++) {
    const e = expr(ctx, t, d);
    if (!e.nan && (nullOk || !e.nullable)) return e;
  }
  return literal(ctx.rng, t);
}

function comparison(ctx: Ctx, d: number, nullOk: boolean): Expr {
  const { rng } = ctx;
  const t = rng.pick(["long", "real", "datetime", "timespan", "long", "int"] as const);
  const op = rng.pick(["<", "<=", ">", ">=", "==", "!="]);
  const eq = op === "==" || op === "!=";
  const a = operand(ctx, t, d, nullOk || eq);
  const bt: KType = (t === "long" || t === "int") && rng.chance(0.3) ? rng.pick(["real", "long", "int"] as const) : t;
  // == and != with one null operand are never null, so a nullable column may meet a non-null one even where null is not ok.
  let b = rng.chance(0.5) ? literal(rng, bt) : operand(ctx, bt, d, nullOk || (eq && !a.nullable));
  if (eq && !nullOk && a.nullable && b.nullable) b = literal(rng, bt);
  if (eq) {
    const both = a.nullable && b.nullable;
    const one = op === "==" ? "false" : "true";
    const s = `(CASE WHEN ${a.s} IS NULL AND ${b.s} IS NULL THEN NULL WHEN ${a.s} IS NULL OR ${b.s} IS NULL THEN ${one} ELSE ${a.s} ${op === "==" ? "=" : "<>"} ${b.s} END)`;
    return bool(`(${a.k} ${op} ${b.k})`, s, both);
  }
  return bool(`(${a.k} ${op} ${b.k})`, `(${a.s} ${op} ${b.s})`, a.nullable || b.nullable);
}

const LOOKUPS = ["a", "A", "b", "lo", "AB", "", "1", "x"];

/** String predicates (string-operators page): == != in !in are case-sensitive; =~ !~ in~ contains startswith endswith are not. */
function stringPredicate(ctx: Ctx, d: number): Expr {
  const { rng } = ctx;
  const a = expr(ctx, "string", d);
  const b = rng.chance(0.6) ? literal(rng, "string") : expr(ctx, "string", d);
  const lk = rng.pick(LOOKUPS);
  switch (rng.int(0, 10)) {
    case 0:
      return rng.chance(0.5) ? bool(`(${a.k} == ${b.k})`, `(${a.s} = ${b.s})`, false) : bool(`(${a.k} != ${b.k})`, `(${a.s} <> ${b.s})`, false);
    case 1:
      return rng.chance(0.5) ? bool(`(${a.k} =~ ${b.k})`, `(lower(${a.s}) = lower(${b.s}))`, false) : bool(`(${a.k} !~ ${b.k})`, `(lower(${a.s}) <> lower(${b.s}))`, false);
    case 2: {
      const neg = rng.chance(0.4);
      return bool(`(${a.k} ${neg ? "!" : ""}contains "${lk}")`, `(${neg ? "NOT " : ""}contains(lower(${a.s}), lower('${lk}')))`, false);
    }
    case 3: {
      const neg = rng.chance(0.4);
      return bool(`(${a.k} ${neg ? "!" : ""}startswith "${lk}")`, `(${neg ? "NOT " : ""}starts_with(lower(${a.s}), lower('${lk}')))`, false);
    }
    case 4: {
      const neg = rng.chance(0.4);
      return bool(`(${a.k} ${neg ? "!" : ""}endswith "${lk}")`, `(${neg ? "NOT " : ""}ends_with(lower(${a.s}), lower('${lk}')))`, false);
    }
    case 8: {
      // The case-sensitive forms (string-operators page): contains_cs, startswith_cs, endswith_cs, has_cs; !in~.
      const f = rng.int(0, 4);
      if (f === 0) return bool(`(${a.k} contains_cs "${lk}")`, `contains(${a.s}, '${lk}')`, false);
      if (f === 1) return bool(`(${a.k} startswith_cs "${lk}")`, `starts_with(${a.s}, '${lk}')`, false);
      if (f === 2) return bool(`(${a.k} endswith_cs "${lk}")`, `ends_with(${a.s}, '${lk}')`, false);
      const set = rng.some(["a", "A", "b", "", "ab"]);
      if (f === 3) return bool(`(${a.k} !in~ (${set.map((v) => JSON.stringify(v)).join(", ")}))`, `(lower(${a.s}) NOT IN (${set.map((v) => `lower('${v}')`).join(", ")}))`, false);
      const term = rng.pick(["a", "A", "lo", "Ab", "12"]);
      return bool(`(${a.k} has_cs "${term}")`, `regexp_matches(${a.s}, '(^|[^A-Za-z0-9])${term}($|[^A-Za-z0-9])')`, false);
    }
    case 9: {
      // matches regex: RE2, case-sensitive, a match anywhere (matches-regex-operator page).
      const re = rng.pick(["a+", "^[a-z]+$", "[0-9]", "b.", "^$", "l+o$"]);
      return bool(`(${a.k} matches regex @"${re}")`, `regexp_matches(${a.s}, '${re}')`, false);
    }
    case 10: {
      // hasprefix / hassuffix: a term starts / ends with the lookup; has_any: any lookup is a term (string-operators page).
      const term = rng.pick(["a", "b", "lo", "he", "ab", "1"]);
      const f = rng.int(0, 2);
      if (f === 0) return bool(`(${a.k} hasprefix "${term}")`, `regexp_matches(lower(${a.s}), '(^|[^a-z0-9])${term}')`, false);
      if (f === 1) return bool(`(${a.k} hassuffix "${term}")`, `regexp_matches(lower(${a.s}), '${term}($|[^a-z0-9])')`, false);
      const terms = rng.some(["a", "b", "lo", "hello", "12"]);
      return bool(`(${a.k} has_any (${terms.map((t) => `"${t}"`).join(", ")}))`, `regexp_matches(lower(${a.s}), '(^|[^a-z0-9])(${terms.join("|")})($|[^a-z0-9])')`, false);
    }
    case 7: {
      // has: the lookup is a whole term, terms being runs of ASCII letters and digits here, case-insensitive
      // (string-operators page, "What is a term?"). Lookups are alphanumeric, non-empty.
      const term = rng.pick(["a", "b", "lo", "hello", "ab", "12", "3", "x1"]);
      const neg = rng.chance(0.4);
      return bool(`(${a.k} ${neg ? "!" : ""}has "${term}")`, `(${neg ? "NOT " : ""}regexp_matches(lower(${a.s}), '(^|[^a-z0-9])${term}($|[^a-z0-9])'))`, false);
    }
    case 5: {
      const set = rng.some(["a", "A", "b", "", "ab", "12"]);
      const kset = set.map((v) => JSON.stringify(v)).join(", ");
      const sset = set.map((v) => `'${v}'`).join(", ");
      const form = rng.int(0, 2);
      if (form === 0) return bool(`(${a.k} in (${kset}))`, `(${a.s} IN (${sset}))`, false);
      if (form === 1) return bool(`(${a.k} !in (${kset}))`, `(${a.s} NOT IN (${sset}))`, false);
      return bool(`(${a.k} in~ (${kset}))`, `(lower(${a.s}) IN (${set.map((v) => `lower('${v}')`).join(", ")}))`, false);
    }
    default:
      return rng.chance(0.5) ? bool(`isempty(${a.k})`, `(${a.s} = '')`, false) : bool(`isnotempty(${a.k})`, `(${a.s} <> '')`, false);
  }
}

/** A bool expression; `nullOk` false: never null. */
export function predicate(ctx: Ctx, d: number, nullOk: boolean): Expr {
  const { rng } = ctx;
  const pick = rng.int(0, 9);
  if (d > 0 && pick <= 1) {
    const a = predicate(ctx, d - 1, nullOk);
    const b = predicate(ctx, d - 1, nullOk);
    const op = pick === 0 ? "and" : "or";
    // `and` binds tighter than `or` (logical-operators page).
    return binary(rng, a, op, b, op.toUpperCase(), { t: "bool", nullable: a.nullable || b.nullable, nan: false });
  }
  if (d > 0 && pick === 2) {
    const a = predicate(ctx, d - 1, false);
    return bool(`not(${a.k})`, `(NOT (${a.s}))`, false);
  }
  if (pick <= 4) return comparison(ctx, d, nullOk);
  if (pick <= 6) return stringPredicate(ctx, d);
  if (pick === 7) {
    const t = rng.pick(["long", "real", "datetime", "timespan", "bool", "int"] as const);
    const a = expr(ctx, t, d);
    const neg = rng.chance(0.5);
    // isempty() is true for null too (isempty-function page).
    if (rng.chance(0.3)) return bool(`${neg ? "isnotempty" : "isempty"}(${a.k})`, `(${a.s} IS ${neg ? "NOT " : ""}NULL)`, false);
    return bool(`${neg ? "isnotnull" : "isnull"}(${a.k})`, `(${a.s} IS ${neg ? "NOT " : ""}NULL)`, false);
  }
  if (pick === 8) {
    // between / !between: inclusive at both ends (between-operator page). !between on null is not documented.
    const t = rng.pick(["long", "real", "datetime", "timespan"] as const);
    const neg = rng.chance(0.3);
    const a = operand(ctx, t, d, nullOk && !neg);
    const lo = literal(rng, t);
    const hi = literal(rng, t);
    return bool(`(${atom(a)} ${neg ? "!" : ""}between (${lo.k} .. ${hi.k}))`, `(${a.s} ${neg ? "NOT " : ""}BETWEEN ${lo.s} AND ${hi.s})`, a.nullable);
  }
  if (pick === 9 && rng.chance(0.5)) {
    // in / !in over numbers (in-operator page); what they give for a null operand is not documented.
    const a = operand(ctx, "long", d, false);
    const set = rng.some([-1, 0, 1, 2, 5, 100]);
    const neg = rng.chance(0.4);
    return bool(`(${atom(a)} ${neg ? "!" : ""}in (${set.join(", ")}))`, `(${a.s} ${neg ? "NOT " : ""}IN (${set.join(", ")}))`, false);
  }
  const c = ctx.cols.filter((x) => x.type === "bool" && (nullOk || !x.nullable));
  if (c.length) {
    const x = rng.pick(c);
    return bool(x.name, `"${x.name}"`, x.nullable);
  }
  return comparison(ctx, d, nullOk);
}
