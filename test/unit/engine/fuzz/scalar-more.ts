/**
 * More scalar functions for the fuzzer's grammar (scalar.ts calls these from its default branches):
 * regular expressions (RE2 in both Kusto and DuckDB), strrep, base64, format_datetime, datetime_add,
 * bin over reals. Page names are learn.microsoft.com/kusto/query/ reference pages.
 */
import { expr, of, type Ctx, type Expr } from "./scalar";

const PATTERNS = ["a+", "[0-9]+", "b.", "^a", "[A-Z]", "l+o"];

export function moreString(ctx: Ctx, d: number): Expr {
  const { rng } = ctx;
  const s = expr(ctx, "string", d);
  switch (rng.int(0, 5)) {
    case 4: {
      // strcat() converts a non-string argument as tostring() does: a null long gives "" (strcat-function page).
      const n = expr(ctx, "long", d);
      return of(s, `strcat(${n.k}, ${s.k})`, `(COALESCE(CAST(${n.s} AS VARCHAR), '') || ${s.s})`, "string", false);
    }
    case 5: {
      // split(): the pieces between delimiters, "" pieces kept; an index past the end is null, tostring'd to "".
      const i = rng.int(0, 2);
      return of(s, `tostring(split(${s.k}, "b")[${i}])`, `COALESCE(string_split(${s.s}, 'b')[${i + 1}], '')`);
    }
    case 0: {
      // replace_regex(): every non-overlapping match replaced (replace-regex-function page).
      const re = rng.pick(PATTERNS);
      const to = rng.pick(["X", "", "<>"]);
      return of(s, `replace_regex(${s.k}, @"${re}", "${to}")`, `regexp_replace(${s.s}, '${re}', '${to}', 'g')`);
    }
    case 1: {
      // strrep(): the text repeated n times, delimiters between (strrep-function page).
      const n = rng.int(1, 3);
      if (rng.chance(0.5)) return of(s, `strrep(${s.k}, ${n})`, `repeat(${s.s}, ${n})`);
      return of(s, `strrep(${s.k}, ${n}, ",")`, `array_to_string(list_transform(range(${n}), x -> ${s.s}), ',')`);
    }
    case 2:
      // base64_encode_tostring(): UTF-8 bytes in base64 with padding (its page's example).
      return of(s, `base64_encode_tostring(${s.k})`, `to_base64(encode(${s.s}))`);
    default: {
      // format_datetime() with the page's specifiers yyyy MM dd HH mm ss fff; null gives "".
      const a = expr(ctx, "datetime", d);
      const [k, f] = rng.pick([["yyyy-MM-dd", "%Y-%m-%d"], ["HH:mm:ss", "%H:%M:%S"], ["yyyy-MM-dd HH:mm:ss.fff", "%Y-%m-%d %H:%M:%S.%g"], ["dd/MM/yy", "%d/%m/%y"]] as const);
      return of(a, `format_datetime(${a.k}, "${k}")`, `COALESCE(strftime(epoch_ms(${a.s}), '${f}'), '')`, "string", false);
    }
  }
}

/** datetime_add() with fixed-length parts (datetime-add-function page). */
export function moreDatetime(ctx: Ctx, d: number): Expr {
  const a = expr(ctx, "datetime", d);
  const n = expr(ctx, "long", d);
  const [part, ms] = ctx.rng.pick([["day", 86_400_000], ["hour", 3_600_000], ["minute", 60_000], ["second", 1000], ["week", 604_800_000]] as const);
  return of(a, `datetime_add("${part}", ${n.k}, ${a.k})`, `(${a.s} + ${n.s} * ${ms})`, "datetime", a.nullable || n.nullable);
}

/** bin() over reals: down to a multiple of the size (bin-function page). */
export function moreReal(ctx: Ctx, d: number): Expr {
  const a = expr(ctx, "real", d);
  const size = ctx.rng.pick(["0.5", "2.0", "0.25"]);
  if (a.nan) return a;
  return of(a, `bin(${a.k}, ${size})`, `(floor(${a.s} / ${size}) * ${size})`);
}

/** Longs from strings: countof() counts overlapping plain matches (countof-function page), array_length(split()). */
export function moreLong(ctx: Ctx, d: number): Expr {
  const s = expr(ctx, "string", d);
  if (ctx.rng.chance(0.5)) {
    const lk = ctx.rng.pick(["a", "aa", "ab", "l", "1"]);
    return of(s, `countof(${s.k}, "${lk}")`, `CAST(length(list_filter(range(1, length(${s.s}) + 1), i -> substring(${s.s}, i, ${lk.length}) = '${lk}')) AS BIGINT)`, "long", false);
  }
  return of(s, `array_length(split(${s.k}, "a"))`, `CAST(len(string_split(${s.s}, 'a')) AS BIGINT)`, "long", false);
}

/** datetime_part() and week_of_year() (ISO 8601 weeks), typed int (datetime-part-function, week-of-year-function pages). */
export function moreInt(ctx: Ctx, d: number): Expr {
  const a = expr(ctx, "datetime", d);
  if (ctx.rng.chance(0.2)) return of(a, `week_of_year(${a.k})`, `CAST(weekofyear(epoch_ms(${a.s})) AS BIGINT)`, "int");
  const [part, sql] = ctx.rng.pick([["quarter", "quarter"], ["dayofyear", "doy"], ["minute", "minute"], ["second", "second"], ["millisecond", "millisecond"]] as const);
  // DuckDB's millisecond part counts the seconds' milliseconds too (second * 1000 + ms): keep the remainder.
  const v = part === "millisecond" ? `(date_part('millisecond', epoch_ms(${a.s})) % 1000)` : `date_part('${sql}', epoch_ms(${a.s}))`;
  return of(a, `datetime_part("${part}", ${a.k})`, `CAST(${v} AS BIGINT)`, "int");
}
