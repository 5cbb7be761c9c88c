/**
 * More of round 2's row-wise expressions over T (json-table.ts): string functions over non-ASCII
 * text, bag functions, calendar datetime_diff, endofweek, startofmonth with an offset, make_datetime,
 * pack_array. Pages: learn.microsoft.com/kusto/query/<name>.
 */
import type { Rng } from "./rng";
import type { X } from "./dynamic";

export function moreRow(rng: Rng): X {
  switch (rng.int(0, 11)) {
    case 0:
      // toupper()/tolower(): every letter's case, é and ï included; ⒦ and 日 have none.
      return rng.chance(0.5) ? { k: "toupper(s)", s: "upper(s)", t: "string" } : { k: "tolower(s)", s: "lower(s)", t: "string" };
    case 1:
      // reverse(): the page does not say what becomes of a combining mark (DuckDB keeps it on its letter,
      // the engine reverses code points), so the decomposed Ç's cedilla is taken out first.
      return { k: 'reverse(replace_string(s, "\u0327", ""))', s: "reverse(replace(s, chr(807), ''))", t: "string" };
    case 2: {
      // indexof(): the 0-based character position of the first match, -1 without one (indexof page).
      const v = rng.pick(["é", "テ", "c", "12", "⒯"]);
      return { k: `indexof(s, "${v}")`, s: `CAST(strpos(s, '${v}') AS BIGINT) - 1`, t: "long" };
    }
    case 3:
      // base64_encode_tostring(): the UTF-8 bytes in base64 (its page).
      return { k: "base64_encode_tostring(s)", s: "to_base64(encode(s))", t: "string" };
    case 4: {
      const v = rng.pick(["é", "café", "⒦⒰", "abc"]);
      return { k: `tostring(s contains_cs "${v}")`, s: `CAST(contains(s, '${v}') AS VARCHAR)`, t: "string" };
    }
    case 5: {
      // bag_remove_keys(), bag_merge() (first bag's value kept on a clash: merged keys only here), bag_has_key().
      const [k, sql] = rng.pick([
        ['tostring(array_sort_asc(bag_keys(bag_remove_keys(g, dynamic(["a", "zz"])))))', "to_json(list_sort(list_filter(json_keys(b), x -> x NOT IN ('a', 'zz'))))"],
        ['tostring(array_sort_asc(bag_keys(bag_merge(g, dynamic({"z": 1, "a": 9})))))', "to_json(list_sort(list_distinct(list_concat(json_keys(b), ['z', 'a']))))"],
        ['tostring(bag_has_key(g, "s"))', "CAST(json_exists(b, '$.s') AS VARCHAR)"],
      ] as const);
      return { k, s: sql, t: "string" };
    }
    case 6: {
      // datetime_diff(): calendar boundaries crossed, e.g. ('month', 2017-01-01, 2015-12-30) is 13 (datetime-diff page).
      const [part, months] = rng.pick([["month", 1], ["quarter", 3], ["year", 12]] as const);
      const idx = (ms: string) => `((year(epoch_ms(${ms})) * 12 + month(epoch_ms(${ms})) - 1) // ${months})`;
      return { k: `datetime_diff("${part}", t, datetime(2024-11-20))`, s: `CAST(${idx("t")} - ${idx("1732060800000")} AS BIGINT)`, t: "long" };
    }
    case 7:
      // endofweek(): the Saturday's last tick, weeks starting on Sunday (endofweek page).
      return { k: "tostring(endofweek(t))", s: "strftime(epoch_ms(t) - to_days(CAST(dayofweek(epoch_ms(t)) AS INTEGER)) + INTERVAL 6 DAY, '%Y-%m-%dT23:59:59.9999999Z')", t: "string" };
    case 8: {
      const off = rng.int(-2, 2);
      return { k: `startofmonth(t, ${off})`, s: `epoch_ms(date_trunc('month', epoch_ms(t)) + INTERVAL (${off}) MONTH)`, t: "datetime" };
    }
    case 9:
      // make_datetime(): seconds may have a fraction (make-datetime page).
      return { k: "make_datetime(2026, 2, 3, 4, abs(n), 6.5)", s: "CASE WHEN n IS NOT NULL THEN 1770091206500 + abs(n) * 60000 END", t: "datetime" };
    case 10:
      // pack_array(): its arguments as an array, null kept (pack-array page).
      return { k: "tostring(pack_array(n, id))", s: "to_json([n, id])", t: "string" };
    default:
      return { k: "unixtime_seconds_todatetime(r)", s: "CAST(round(r * 1000) AS BIGINT)", t: "datetime" };
  }
}
