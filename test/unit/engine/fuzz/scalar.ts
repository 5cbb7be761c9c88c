/**
 * Random scalar expressions, each written in KQL and in DuckDB SQL. Only constructs whose Kusto
 * semantics are documented are generated (page names in the comments, learn.microsoft.com/kusto/query/).
 * `nullable` and `nan` travel with each expression so that a construct whose answer on null/NaN is
 * not documented is only used where that cannot show.
 */
import type { Rng } from "./rng";
import { BASE_MS, KEYS, kqlLiteral, type Col, type KType } from "./table";
import { predicate } from "./predicate";
import { moreLong, moreReal, moreString } from "./scalar-more";
import { datetimeExpr, intExpr, timespanExpr } from "./scalar-time";

export interface Expr {
  k: string;
  /** The SQL, always fully bracketed. */
  s: string;
  t: KType;
  nullable: boolean;
  nan: boolean;
  /** Set when the KQL is a binary operation written without brackets: its operator's precedence. */
  prec?: number;
}

/** The KQL of e as an operand: bracketed if it is a bare binary operation. */
export const atom = (e: Expr) => (e.prec === undefined ? e.k : `(${e.k})`);

const PREC: Record<string, number> = { or: 1, and: 2, "+": 5, "-": 5, "*": 6 };

/**
 * a op b, the KQL with as few brackets as the usual precedence and left-to-right grouping need
 * (or, sometimes, all of them), the SQL fully bracketed: the engine's parser must group as written.
 */
export function binary(rng: Rng, a: Expr, op: string, b: Expr, sqlOp: string, out: Omit<Expr, "k" | "s" | "prec">): Expr {
  const p = PREC[op];
  const left = a.prec !== undefined && a.prec < p ? `(${a.k})` : a.k;
  const right = b.prec !== undefined && b.prec <= p ? `(${b.k})` : b.k;
  const s = `(${a.s} ${sqlOp} ${b.s})`;
  return rng.chance(0.5) ? { ...out, k: `${left} ${op} ${right}`, s, prec: p } : { ...out, k: `(${left} ${op} ${right})`, s };
}

const q = (name: string) => `"${name}"`;
const col = (c: Col): Expr => ({ k: c.name, s: q(c.name), t: c.type, nullable: c.nullable, nan: !!c.nan });
const lit = (t: KType, k: string, s: string): Expr => ({ k, s, t, nullable: false, nan: false });
const sqlStr = (v: string) => `'${v.replace(/'/g, "''")}'`;
export const of = (e: Expr, k: string, s: string, t: KType = e.t, nullable = e.nullable, nan = e.nan): Expr => ({ k, s, t, nullable, nan });

export interface Ctx {
  rng: Rng;
  cols: Col[];
}

function column(ctx: Ctx, t: KType, ok: (c: Col) => boolean = () => true): Expr | undefined {
  const cs = ctx.cols.filter((c) => c.type === t && ok(c));
  return cs.length ? col(ctx.rng.pick(cs)) : undefined;
}

export function literal(rng: Rng, t: KType): Expr {
  switch (t) {
    case "long": {
      const v = rng.int(-5, 9);
      return lit(t, String(v), `${v}::BIGINT`);
    }
    case "int": {
      const v = rng.int(-3, 5);
      return lit(t, `int(${v})`, `${v}::BIGINT`);
    }
    case "real": {
      const v = rng.pick([-1.5, 0.0, 0.5, 2.0, 3.25]);
      return lit(t, kqlLiteral("real", v), `${v}::DOUBLE`);
    }
    case "string": {
      const v = rng.pick([...KEYS, "ab", "B", "lo", "12", "x"]);
      return lit(t, JSON.stringify(v), sqlStr(v));
    }
    case "bool":
      return rng.chance(0.5) ? lit(t, "true", "true") : lit(t, "false", "false");
    case "datetime": {
      const v = BASE_MS + rng.int(-3, 3) * 86_400_000 + rng.int(0, 23) * 3_600_000;
      return lit(t, kqlLiteral("datetime", v), String(v));
    }
    case "timespan": {
      const [k, ms] = rng.pick([["1h", 3_600_000], ["30m", 1_800_000], ["90s", 90_000], ["1d", 86_400_000], ["250ms", 250]] as const);
      return lit(t, k, String(ms));
    }
    default:
      throw new Error(`no literal of ${t}`);
  }
}

/** An expression of type t: a column or literal at depth 0, else a function or operator over smaller ones. */
export function expr(ctx: Ctx, t: KType, depth: number): Expr {
  const { rng } = ctx;
  if (depth <= 0 || rng.chance(0.3)) return (rng.chance(0.7) && column(ctx, t)) || literal(rng, t);
  const d = depth - 1;
  switch (t) {
    case "long":
      return longExpr(ctx, d);
    case "int":
      return intExpr(ctx, d);
    case "real":
      return realExpr(ctx, d);
    case "string":
      return stringExpr(ctx, d);
    case "datetime":
      return datetimeExpr(ctx, d);
    case "timespan":
      return timespanExpr(ctx, d);
    case "bool":
      return predicate(ctx, d, false);
    default:
      throw new Error(`no expression of ${t}`);
  }
}

export const anyNull = (...es: Expr[]) => es.some((e) => e.nullable);

/** iff(): "if the condition is true, then the first value, else the second" (iff page): a null condition takes the else. */
export function conditional(ctx: Ctx, t: KType, d: number): Expr {
  const c = predicate(ctx, d, true);
  const a = expr(ctx, t, d);
  const b = expr(ctx, t, d);
  if (ctx.rng.chance(0.5)) return of(a, `iff(${c.k}, ${a.k}, ${b.k})`, `(CASE WHEN ${c.s} THEN ${a.s} ELSE ${b.s} END)`, t, anyNull(a, b), a.nan || b.nan);
  const c2 = predicate(ctx, d, true);
  const e = expr(ctx, t, d);
  return of(a, `case(${c.k}, ${a.k}, ${c2.k}, ${b.k}, ${e.k})`, `(CASE WHEN ${c.s} THEN ${a.s} WHEN ${c2.s} THEN ${b.s} ELSE ${e.s} END)`, t, anyNull(a, b, e), a.nan || b.nan || e.nan);
}

/** coalesce(): the first non-null argument, for strings the first non-empty one (coalesce-function page). */
export function coalesce(ctx: Ctx, t: KType, d: number): Expr {
  const a = expr(ctx, t, d);
  const b = expr(ctx, t, d);
  const s = t === "string" ? `(CASE WHEN ${a.s} <> '' THEN ${a.s} ELSE ${b.s} END)` : `COALESCE(${a.s}, ${b.s})`;
  return of(a, `coalesce(${a.k}, ${b.k})`, s, t, a.nullable && b.nullable, a.nan || b.nan);
}

function longExpr(ctx: Ctx, d: number): Expr {
  const { rng } = ctx;
  switch (rng.int(0, 12)) {
    case 10: {
      const a = expr(ctx, "long", d);
      if (rng.chance(0.5)) return of(a, `abs(${a.k})`, `abs(${a.s})`);
      // bin_at(): bins aligned on the fixed point (bin-at-function page).
      const [n, at] = rng.pick([[5, 1], [3, -1], [10, 7]] as const);
      return of(a, `bin_at(${a.k}, ${n}, ${at})`, `(CAST(floor((${a.s} - (${at})) / ${n}) AS BIGINT) * ${n} + (${at}))`);
    }
    case 11: {
      // isempty(): true for null or "" (isempty-function page), here on a non-string; never null itself.
      const a = expr(ctx, "long", d);
      return of(a, `iff(isempty(${a.k}), 1, 0)`, `(CASE WHEN ${a.s} IS NULL THEN 1 ELSE 0 END)`, "long", false);
    }
    case 0:
    case 1: {
      // numerical-operators page: int op int is long.
      const a = expr(ctx, rng.pick(["long", "int"] as const), d);
      const b = expr(ctx, rng.pick(["long", "int"] as const), d);
      const op = rng.pick(["+", "-", "*"]);
      return binary(rng, a, op, b, op, { t: "long", nullable: anyNull(a, b), nan: false });
    }
    case 2: {
      // long / long truncates (numerical-operators page); % is never negative: 0 <= N % D < abs(D).
      // A zero divisor's answer is not documented: divisors are non-zero literals.
      const a = expr(ctx, "long", d);
      const n = rng.pick([1, 2, 3, -2, -3, 5, 7]);
      if (rng.chance(0.5)) return of(a, `(${atom(a)} / ${n})`, `CAST(trunc(${a.s} / ${n}) AS BIGINT)`);
      return of(a, `(${atom(a)} % ${n})`, `(((${a.s} % ${n}) + ${Math.abs(n)}) % ${Math.abs(n)})`);
    }
    case 3: {
      const s = expr(ctx, "string", d);
      if (rng.chance(0.5)) return of(s, `strlen(${s.k})`, `CAST(length(${s.s}) AS BIGINT)`, "long", false);
      // indexof(): zero-based, -1 when not found (indexof-function page); lookups are non-empty.
      const lookup = rng.pick(["a", "b", "lo", "A", "1"]);
      return of(s, `indexof(${s.k}, "${lookup}")`, `CAST(strpos(${s.s}, '${lookup}') - 1 AS BIGINT)`, "long", false);
    }
    case 4: {
      // tolong(): null when the text is not a number (tolong-function page). Texts here are integers or not numbers at all.
      const s = expr(ctx, "string", d);
      return of(s, `tolong(${s.k})`, `TRY_CAST(${s.s} AS BIGINT)`, "long", true);
    }
    case 5: {
      // datetime_diff(): the number of period boundaries crossed (datetime-diff-function page examples).
      const a = expr(ctx, "datetime", d);
      const b = expr(ctx, "datetime", d);
      if (rng.chance(0.3)) {
        // Calendar parts: months and years crossed (datetime-diff page: 2017-01-01 vs 2015-12-30 is 13 months).
        const part = rng.pick(["month", "year"]);
        const n = (e: Expr) => (part === "year" ? `date_part('year', epoch_ms(${e.s}))` : `(date_part('year', epoch_ms(${e.s})) * 12 + date_part('month', epoch_ms(${e.s})))`);
        return of(a, `datetime_diff("${part}", ${a.k}, ${b.k})`, `CAST(${n(a)} - ${n(b)} AS BIGINT)`, "long", anyNull(a, b));
      }
      const [part, ms] = rng.pick([["day", 86_400_000], ["hour", 3_600_000], ["minute", 60_000], ["second", 1000]] as const);
      return of(a, `datetime_diff("${part}", ${a.k}, ${b.k})`, `(CAST(floor(${a.s} / ${ms}) AS BIGINT) - CAST(floor(${b.s} / ${ms}) AS BIGINT))`, "long", anyNull(a, b));
    }
    case 6: {
      // bin(): rounds down to a multiple of the bin size (bin-function page).
      const a = expr(ctx, "long", d);
      const n = rng.pick([2, 3, 5, 10]);
      return of(a, `bin(${a.k}, ${n})`, `(CAST(floor(${a.s} / ${n}) AS BIGINT) * ${n})`);
    }
    case 7:
      return conditional(ctx, "long", d);
    case 12:
      return moreLong(ctx, d);
    default:
      return coalesce(ctx, "long", d);
  }
}

function realExpr(ctx: Ctx, d: number): Expr {
  const { rng } = ctx;
  switch (rng.int(0, 8)) {
    case 7: {
      // timespan / timespan is real (numerical-operators page: 10m / 1s); divisors are non-zero literals.
      const a = expr(ctx, "timespan", d);
      const [k, ms] = rng.pick([["1h", 3_600_000], ["1s", 1000], ["7m", 420_000]] as const);
      return of(a, `(${a.k} / ${k})`, `(${a.s} / ${ms}::DOUBLE)`, "real");
    }
    case 0:
    case 1: {
      // One real operand makes the result real (numerical-operators page).
      const a = expr(ctx, "real", d);
      const b = expr(ctx, rng.pick(["real", "long"] as const), d);
      const [x, y] = rng.chance(0.5) ? [a, b] : [b, a];
      const op = rng.pick(["+", "-", "*"]);
      return binary(rng, x, op, y, op, { t: "real", nullable: anyNull(a, b), nan: a.nan || b.nan });
    }
    case 2: {
      // real page: 1.0/0.0 is +inf, -1.0/0.0 is -inf, 0.0/0.0 is NaN (IEEE 754, the sign of a zero divisor counted).
      const a = expr(ctx, "real", d);
      const b = expr(ctx, rng.pick(["real", "long"] as const), d);
      const s =
        `(CASE WHEN ${a.s} IS NULL OR ${b.s} IS NULL THEN NULL WHEN ${b.s} <> 0 THEN ${a.s} / ${b.s} ` +
        `WHEN ${a.s} = 0 OR isnan(${a.s}) THEN 'nan'::DOUBLE WHEN (${a.s} > 0) = signbit(${b.s}::DOUBLE) THEN '-inf'::DOUBLE ELSE 'inf'::DOUBLE END)`;
      return of(a, `(${atom(a)} / ${atom(b)})`, s, "real", anyNull(a, b), true);
    }
    case 3: {
      const a = expr(ctx, "long", d);
      return of(a, `toreal(${a.k})`, `CAST(${a.s} AS DOUBLE)`, "real");
    }
    case 4: {
      // todouble(): null when the text is not a number (todouble-function page).
      const s = expr(ctx, "string", d);
      return of(s, `todouble(${s.k})`, `TRY_CAST(${s.s} AS DOUBLE)`, "real", true);
    }
    case 5:
      return conditional(ctx, "real", d);
    case 8:
      return moreReal(ctx, d);
    default:
      return coalesce(ctx, "real", d);
  }
}

function stringExpr(ctx: Ctx, d: number): Expr {
  const { rng } = ctx;
  const s = expr(ctx, "string", d);
  switch (rng.int(0, 10)) {
    case 9: {
      if (rng.chance(0.5)) return of(s, `reverse(${s.k})`, `reverse(${s.s})`);
      const b = expr(ctx, "string", d);
      return of(s, `strcat_delim("-", ${s.k}, ${b.k})`, `(${s.s} || '-' || ${b.s})`);
    }
    case 10: {
      const cls = rng.pick(["[a]+", "[ab]+", "[ 0-9]+"]);
      if (rng.chance(0.5)) return of(s, `trim_start(@"${cls}", ${s.k})`, `regexp_replace(${s.s}, '^${cls}', '')`);
      return of(s, `trim_end(@"${cls}", ${s.k})`, `regexp_replace(${s.s}, '${cls}$', '')`);
    }
    case 0:
      return rng.chance(0.5) ? of(s, `tolower(${s.k})`, `lower(${s.s})`) : of(s, `toupper(${s.k})`, `upper(${s.s})`);
    case 1: {
      const b = expr(ctx, "string", d);
      return of(s, `strcat(${s.k}, ${b.k})`, `(${s.s} || ${b.s})`);
    }
    case 2: {
      // substring(): zero-based start; past the end gives "" (substring-function page). Starts and lengths are non-negative.
      const start = rng.int(0, 4);
      if (rng.chance(0.5)) return of(s, `substring(${s.k}, ${start})`, `substring(${s.s}, ${start + 1})`);
      const n = rng.int(0, 3);
      return of(s, `substring(${s.k}, ${start}, ${n})`, `substring(${s.s}, ${start + 1}, ${n})`);
    }
    case 3: {
      const [from, to] = rng.pick([["a", "X"], ["b", ""], ["lo", "LO"], ["A", "aa"]] as const);
      return of(s, `replace_string(${s.k}, "${from}", "${to}")`, `replace(${s.s}, '${from}', '${to}')`);
    }
    case 4: {
      // trim(regex, text): leading and trailing matches removed; a character class with + is one match either end.
      const cls = rng.pick(["[a]+", "[ab]+", "[ 0-9]+", "[A-Z]+"]);
      return of(s, `trim(@"${cls}", ${s.k})`, `regexp_replace(regexp_replace(${s.s}, '^${cls}', ''), '${cls}$', '')`);
    }
    case 5: {
      // tostring(): a null gives "" (string has no null: null-values page).
      const a = expr(ctx, "long", d);
      return of(a, `tostring(${a.k})`, `COALESCE(CAST(${a.s} AS VARCHAR), '')`, "string", false);
    }
    case 6:
      return conditional(ctx, "string", d);
    case 7:
      return coalesce(ctx, "string", d);
    default:
      return moreString(ctx, d);
  }
}
