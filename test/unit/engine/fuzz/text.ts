/**
 * Round 2's string and datetime expressions over T (json-table.ts), KQL and DuckDB SQL; pages are
 * learn.microsoft.com/kusto/query/<name>. The text s is BMP-only: substring()'s page counts
 * "characters" without saying whether a surrogate pair is one (strlen's page says code points).
 */
import type { Rng } from "./rng";
import type { X } from "./dynamic";

const RES = [["([a-z]+)([0-9]+)", 2], ["([0-9]+)", 1], ["(é|ü)(.)", 2], ["([a-z])\\s?([a-z])", 2]] as const;

/** substring(): a negative start counts from the end (page: substring("123456", -2, 2) is "56"); past the start "" (the engine's measured choice). */
function substring(rng: Rng): X {
  const a = rng.pick([0, 1, 3, -1, -2, -4]);
  const n = rng.pick([undefined, 0, 2, 10]);
  const start = a < 0 ? `(length(s) + ${a})` : `${a}`;
  const body = n === undefined ? `substring(s, ${start} + 1)` : `substring(s, ${start} + 1, ${n})`;
  return { k: `substring(s, ${a}${n === undefined ? "" : `, ${n}`})`, s: `CASE WHEN ${start} < 0 THEN '' ELSE ${body} END`, t: "string" };
}

export function textExpr(rng: Rng): X {
  switch (rng.int(0, 8)) {
    case 0:
      // strlen() counts Unicode code points (its page: "⒦⒰⒮⒯⒪" is 5, a decomposed Ç two).
      return rng.chance(0.5) ? { k: "strlen(s)", s: "CAST(length(s) AS BIGINT)", t: "long" } : { k: 'strlen(strcat(s, "😀"))', s: "CAST(length(s) + 1 AS BIGINT)", t: "long" };
    case 1:
      return substring(rng);
    case 2: {
      // extract(): the group's text, null ("" for a string) without a match; typeof(long) converts (extract page).
      const [re, groups] = rng.pick(RES);
      const g = rng.int(0, groups);
      const sql = `regexp_extract(s, '${re}', ${g})`;
      if (re === "([0-9]+)" && rng.chance(0.5)) return { k: `extract(@"${re}", ${g}, s, typeof(long))`, s: `CAST(NULLIF(${sql}, '') AS BIGINT)`, t: "long" };
      return { k: `extract(@"${re}", ${g}, s)`, s: sql, t: "string" };
    }
    case 3: {
      // extract_all(): every match's group; null when nothing matches (extract-all page).
      const re = rng.pick(["([0-9]+)", "([a-z]+)", "(\\d)"]);
      const all = `regexp_extract_all(s, '${re}', 1)`;
      return { k: `array_length(extract_all(@"${re}", s))`, s: `CASE WHEN len(${all}) > 0 THEN CAST(len(${all}) AS BIGINT) END`, t: "long" };
    }
    case 4: {
      // split(): the pieces between delimiters, empty ones kept (split page); an index past the end is null.
      const i = rng.int(0, 3);
      if (rng.chance(0.4)) return { k: 'array_length(split(s, ","))', s: "CAST(len(string_split(s, ',')) AS BIGINT)", t: "long" };
      return { k: `tostring(split(s, ",")[${i}])`, s: `COALESCE(string_split(s, ',')[${i + 1}], '')`, t: "string" };
    }
    case 5: {
      // trim(), trim_start(), trim_end() of a regular expression: its leading/trailing matches removed (their pages).
      const re = rng.pick(["[a-z]+", "[0-9]", " ", "[,a]", "é"]);
      const f = rng.pick(["trim", "trim_start", "trim_end"]);
      const head = `regexp_replace(s, '^(?:${re})+', '')`;
      const sql = f === "trim_start" ? head : f === "trim_end" ? `regexp_replace(s, '(?:${re})+$', '')` : `regexp_replace(${head}, '(?:${re})+$', '')`;
      return { k: `${f}(@"${re}", s)`, s: sql, t: "string" };
    }
    case 6: {
      // parse_url() of a well-formed URL: Host, Port, Path, Fragment and Query Parameters (parse-url page).
      const url = `strcat("https://h", tolower(k), ".example.com:8080/p/", tostring(id), "?a=", tostring(id), "&b=x#f", tolower(k))`;
      const [part, sql] = rng.pick([["Host", "'h' || lower(k) || '.example.com'"], ["Port", "'8080'"], ["Path", "'/p/' || id"], ["Fragment", "'f' || lower(k)"], ["['Query Parameters'].a", "CAST(id AS VARCHAR)"]] as const);
      return { k: `tostring(parse_url(${url})${part.startsWith("[") ? part : `.${part}`})`, s: sql, t: "string" };
    }
    case 7:
      // countof() over non-ASCII text counts plain matches (countof page).
      return { k: 'countof(s, "é")', s: "CAST(length(s) - length(replace(s, 'é', '')) AS BIGINT)", t: "long" };
    default:
      return substring(rng);
  }
}

const DAY = 86_400_000;
/** A datetime as Kusto prints it (tostring), with a given time of day. */
const isoDay = (ms: string, time: string) => `strftime(epoch_ms(${ms}), '%Y-%m-%dT${time}Z')`;

/** endof*() are the last tick of the period, startofyear() its start (their pages); tostring() shows all seven digits. */
export function timeExpr(rng: Rng): X {
  switch (rng.int(0, 7)) {
    case 0:
      return { k: "tostring(endofday(t))", s: isoDay("t", "23:59:59.9999999"), t: "string" };
    case 1:
      return { k: "tostring(endofmonth(t))", s: `strftime(last_day(epoch_ms(t)), '%Y-%m-%dT23:59:59.9999999Z')`, t: "string" };
    case 2:
      if (rng.chance(0.5)) return { k: "startofyear(t)", s: "epoch_ms(date_trunc('year', epoch_ms(t)))", t: "datetime" };
      return { k: "startofday(endofyear(t))", s: "epoch_ms(date_trunc('year', epoch_ms(t)) + INTERVAL 1 YEAR - INTERVAL 1 DAY)", t: "datetime" };
    case 3:
      // todatetime() of the datetime page's ISO 8601 (offsets included: the instant, in UTC), RFC 822 and RFC 850 forms.
      return { k: "todatetime(z)", s: "zt", t: "datetime" };
    case 4: {
      const [f, mul] = rng.pick([["unixtime_seconds_todatetime", 1000], ["unixtime_milliseconds_todatetime", 1]] as const);
      return { k: `${f}(n * 1000 + id)`, s: `((n * 1000 + id) * ${mul})`, t: "datetime" };
    }
    case 5:
      // datetime_diff(): the count of period boundaries crossed (datetime-diff page).
      return { k: 'datetime_diff("second", t, datetime(1970-01-01))', s: "CAST(floor(t / 1000) AS BIGINT)", t: "long" };
    case 6: {
      // format_datetime(): single-letter specifiers without padding, ff the hundredths, F the tenths if nonzero (format-datetime page).
      const ms = "(t % 1000)";
      const [k, sql] = rng.pick([
        ["d/M/y H:m:s", `strftime(epoch_ms(t), '%-d/%-m/%y %-H:%-M:%-S')`],
        ["yyyy-MM-dd HH:mm:ss.ff", `strftime(epoch_ms(t), '%Y-%m-%d %H:%M:%S.') || lpad(CAST(${ms} // 10 AS VARCHAR), 2, '0')`],
        ["HH:mm:ss.F", `strftime(epoch_ms(t), '%H:%M:%S.') || CASE WHEN ${ms} // 100 = 0 THEN '' ELSE CAST(${ms} // 100 AS VARCHAR) END`],
        ["hh:mm tt", `strftime(epoch_ms(t), '%I:%M %p')`],
      ] as const);
      return { k: `format_datetime(t, "${k}")`, s: sql, t: "string" };
    }
    default: {
      // endofday() is one tick before the next day (100 ns): its distance from t in ms and µs boundaries crossed.
      const next = `((CAST(floor(t / ${DAY}) AS BIGINT) + 1) * ${DAY})`;
      if (rng.chance(0.5)) return { k: "datetime_diff('millisecond', endofday(t), t)", s: `(${next} - 1 - t)`, t: "long" };
      return { k: "datetime_diff('microsecond', endofday(t), t)", s: `(${next} * 1000 - 1 - t * 1000)`, t: "long" };
    }
  }
}
