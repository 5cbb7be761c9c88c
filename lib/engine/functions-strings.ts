/** String functions (strcat, trim, substring, replace_*, extract, split, parse_url, format_*). */
import { KqlRuntimeError } from "./errors";
import type { FnImpl } from "./functions";
import { map1 } from "./functions-core";
import { formatDatetime, formatTimespanFn, indexOf } from "./functions-text";
import { parseUrl, parseUrlQuery } from "./text/parse-url";
import type { KNode } from "./kusto";
import { unsupported } from "./syntax";
import { convertTo, toKustoString, toLong, type Getter } from "./value-ops";
import { re2Replacer } from "./re2-rewrite";

function regexOf(g: Getter, n: KNode): RegExp {
  if (!g.constant) return unsupported(n, "regular expression that is not a constant");
  try {
    return new RegExp(String(g(0)), "g");
  } catch (e) {
    throw new KqlRuntimeError(`bad regular expression: ${(e as Error).message}`, n.pos);
  }
}

export const STRING_FUNCTIONS: Record<string, FnImpl> = {
  strcat: ({ g, nodes }) => (i) => g.map((a, k) => toKustoString(a(i), nodes[k].type)).join(""),
  strcat_delim: ({ g, nodes }) => (i) => g.slice(1).map((a, k) => toKustoString(a(i), nodes[k + 1].type)).join(String(g[0](i))),
  strlen: map1((v) => (typeof v === "string" ? [...v].length : null)),
  tolower: map1((v) => (typeof v === "string" ? v.toLowerCase() : v)),
  toupper: map1((v) => (typeof v === "string" ? v.toUpperCase() : v)),
  trim: ({ g: [re, s], nodes: [rn] }) => {
    const r = regexOf(re, rn).source;
    const rx = new RegExp(`^(?:${r})+|(?:${r})+$`, "g");
    return (i) => String(s(i) ?? "").replace(rx, "");
  },
  substring: ({ g: [s, start, len] }) => (i) => {
    const str = String(s(i) ?? "");
    let st = toLong(start(i)) ?? 0;
    // A negative start counts from the end (the page: substring("123456", -2, 2) is "56"); one reaching
    // back past the first character gives "" (measured on the Kusto emulator: substring('abc', -10)).
    // Positions count UTF-16 code units, as .NET's String.Substring does: the page says "characters"
    // without saying what a character outside the Basic Multilingual Plane (a surrogate pair) is, while
    // strlen's page singles itself out as counting code points. Text within the BMP, which the round-2
    // fuzzer compares against DuckDB, is the same either way.
    if (st < 0) st += str.length;
    if (st < 0) return "";
    return len ? str.substr(st, Math.max(0, toLong(len(i)) ?? 0)) : str.substring(st);
  },
  indexof: indexOf,
  parse_url: map1((v) => parseUrl(toKustoString(v, "string"))),
  parse_urlquery: map1((v) => parseUrlQuery(toKustoString(v, "string"))),
  replace_string: ({ g: [s, a, b] }) => (i) => String(s(i) ?? "").split(String(a(i))).join(String(b(i))),
  replace_regex: ({ g: [s, re, rep], nodes }) => {
    const rx = regexOf(re, nodes[1]);
    // A rewrite without a backslash is literal text: JavaScript's string replacement with `$` escaped
    // gives it, and builds flat result strings (a replacer function's results held ~40 MB more over a
    // 30-day access log's origins, past the query worker's heap).
    let last: [string, ReturnType<typeof re2Replacer> | string] | undefined;
    return (i) => {
      const rewrite = String(rep(i) ?? "");
      if (last?.[0] !== rewrite) last = [rewrite, rewrite.includes("\\") ? re2Replacer(rewrite, rx) : rewrite.replaceAll("$", "$$$$")];
      const how = last[1];
      const text = String(s(i) ?? "");
      return typeof how === "string" ? text.replace(rx, how) : text.replace(rx, how);
    };
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
  format_datetime: formatDatetime,
  format_timespan: formatTimespanFn,
};
