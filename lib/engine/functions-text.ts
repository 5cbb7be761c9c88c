/** String functions with more to them than one line: indexof with a range, format_datetime, format_timespan (parse_url: text/parse-url.ts). */
import type { FnImpl } from "./functions";
import { KqlUnsupportedError } from "./errors";
import { unsupported } from "./syntax";
import { toKustoString, toLong } from "./value-ops";

/**
 * Occurrence 0: the indexof and indexof_regex pages number occurrences from 1 (the default) and give
 * null below 0; whether 0 finds the first match, none, or null they do not say, so it is refused.
 */
export const OCCURRENCE_ZERO = (fn: string) => `${fn}() of occurrence 0 (its page numbers occurrences from 1 and gives null below 0)`;

/** indexof (indexof-function page): start (negative counts from the end), length (-1 = to the end), occurrence. */
export const indexOf: FnImpl = ({ g: [s, lookup, start, length, occurrence], nodes }) => (i) => {
  const str = toKustoString(s(i), nodes[0].type);
  const sub = toKustoString(lookup(i), nodes[1].type);
  let st = start ? toLong(start(i)) : 0;
  const len = length ? toLong(length(i)) : -1;
  const occ = occurrence ? toLong(occurrence(i)) : 1;
  if (st === null || len === null || occ === null || occ < 0 || len < -1) return null;
  if (occ === 0) throw new KqlUnsupportedError(OCCURRENCE_ZERO("indexof"));
  if (st < 0) st = Math.max(0, str.length + st);
  // Each further occurrence is searched from one past the previous match with the same length: the
  // page's idx8 (start 1, length 10, 2nd occurrence at 9) is found although 9 + 3 > 1 + 10.
  for (let k = 1; ; k++) {
    const end = len === -1 ? str.length : Math.min(str.length, st + len);
    const at = str.indexOf(sub, st);
    if (at < 0 || at + sub.length > end) return -1;
    if (k >= occ) return at;
    st = at + 1;
  }
};

const FORMAT_TOKEN = /yyyy|yy|y|MM|M|dd|d|HH|H|hh|h|mm|m|ss|s|tt|f{1,7}|F{1,7}|[ /\-:,._[\]]/g;

/** format_datetime with the page's full specifier and delimiter set; other text is refused. */
export const formatDatetime: FnImpl = ({ g: [a, f], call }) => {
  if (!f.constant) return unsupported(call, "format_datetime with a format that is not a constant");
  const fmt = String(f(0));
  const tokens = fmt.match(FORMAT_TOKEN) ?? [];
  if (tokens.join("") !== fmt) return unsupported(call, `format_datetime format "${fmt}" (only the page's specifiers and delimiters)`);
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return (i) => {
    const v = a(i);
    if (typeof v !== "number") return "";
    const whole = Math.floor(v / 1000) * 1000;
    const ticks = String(Math.round((v - whole) * 10_000)).padStart(7, "0");
    const d = new Date(whole);
    const [Y, Mo, D, H, Mi, S] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
    const h12 = H % 12 === 0 ? 12 : H % 12;
    return tokens
      .map((t) => {
        switch (t) {
          case "yyyy": return pad(Y, 4);
          case "yy": return pad(Y % 100, 2);
          case "y": return String(Y % 100);
          case "MM": return pad(Mo, 2);
          case "M": return String(Mo);
          case "dd": return pad(D, 2);
          case "d": return String(D);
          case "HH": return pad(H, 2);
          case "H": return String(H);
          case "hh": return pad(h12, 2);
          case "h": return String(h12);
          case "mm": return pad(Mi, 2);
          case "m": return String(Mi);
          case "ss": return pad(S, 2);
          case "s": return String(S);
          case "tt": return H < 12 ? "AM" : "PM";
        }
        if (t[0] === "f") return ticks.slice(0, t.length);
        if (t[0] === "F") return ticks.slice(0, t.length).replace(/0+$/, "");
        return t;
      })
      .join("");
  };
};

const TIMESPAN_TOKEN = /d{1,8}|f{1,7}|F{1,7}|HH|H|hh|h|mm|m|ss|s|[ /\-:,._[\]]/g;

/**
 * format_timespan with the page's specifiers and delimiters (h/hh as in the page's example are the
 * hours, like H/HH). A negative timespan is refused: the page does not say how its sign prints.
 */
export const formatTimespanFn: FnImpl = ({ g: [a, f], call }) => {
  if (!f.constant) return unsupported(call, "format_timespan with a format that is not a constant");
  const fmt = String(f(0));
  const tokens = fmt.match(TIMESPAN_TOKEN) ?? [];
  if (tokens.join("") !== fmt) return unsupported(call, `format_timespan format "${fmt}" (only the page's specifiers and delimiters)`);
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return (i) => {
    const v = a(i);
    if (typeof v !== "number") return "";
    if (v < 0) return unsupported(call, "format_timespan of a negative timespan");
    const ticks = Math.round(v * 10_000);
    const frac = String(ticks % 10_000_000).padStart(7, "0");
    const totalSec = Math.floor(ticks / 10_000_000);
    const [D, H, M, S] = [Math.floor(totalSec / 86_400), Math.floor(totalSec / 3600) % 24, Math.floor(totalSec / 60) % 60, totalSec % 60];
    return tokens
      .map((t) => {
        switch (t[0]) {
          case "d": return pad(D, t.length);
          case "H": case "h": return pad(H, t.length);
          case "m": return pad(M, t.length);
          case "s": return pad(S, t.length);
          case "f": return frac.slice(0, t.length);
          case "F": return frac.slice(0, t.length).replace(/0+$/, "");
        }
        return t;
      })
      .join("");
  };
};
