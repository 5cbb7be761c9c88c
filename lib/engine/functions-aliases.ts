/**
 * replace(regex, rewrite, text): the deprecated alias the replace_regex page lists ("Deprecated
 * aliases: replace()"). Its arguments come in the old order, the regex first and the text last, as
 * Kusto's language service declares it (regex, rewrite, source); it is replace_regex over them.
 *
 * make_timespan(hour, minute [, second]) and make_timespan(day, hour, minute, second) (its page): a
 * timespan, or null when "the creation" fails. The page gives the ranges (hour 0-23, minute 0-59,
 * second 0 to 59.9999999) but not what fails; a value outside them (or a negative day) is taken as a
 * failed creation (null). The language service also binds a one-argument form the page does not list:
 * refused. A second finer than a microsecond is refused (timespans are kept to the microsecond here).
 *
 * make_string(): the unicode_codepoints_to_string page's "Deprecated aliases: make_string()". Published
 * Sentinel hunting queries still decode auditd PROCTITLE hex with make_string(make_list(tolong(strcat("0x", b)))).
 */
import type { FnImpl } from "./functions";
import { BIT_FUNCTIONS } from "./functions-bits";
import { STRING_FUNCTIONS } from "./functions-strings";
import { unsupported } from "./syntax";
import { toNumber } from "./value-ops";

const inRange = (v: number, lo: number, hi: number) => v >= lo && v <= hi;

export const ALIAS_FUNCTIONS: Record<string, FnImpl> = {
  make_string: (a) => BIT_FUNCTIONS.unicode_codepoints_to_string(a),
  replace: (a) => {
    const [re, rewrite, text] = a.g;
    const [reNode, rewriteNode, textNode] = a.nodes;
    return STRING_FUNCTIONS.replace_regex({ ...a, g: [text, re, rewrite], nodes: [textNode, reNode, rewriteNode] });
  },
  make_timespan: ({ g, call }) => {
    if (g.length < 2) return unsupported(call, "make_timespan() with one argument (the page lists two, three or four)");
    return (i) => {
      const p = g.map((a) => toNumber(a(i)));
      if (p.some((x) => x === null || !Number.isFinite(x))) return null;
      const [day, hour, minute, second] = (g.length === 4 ? p : [0, ...p, ...(g.length === 2 ? [0] : [])]) as number[];
      if (day < 0 || !Number.isInteger(day) || !Number.isInteger(hour) || !Number.isInteger(minute)) return null;
      if (!inRange(hour, 0, 23) || !inRange(minute, 0, 59) || !(second >= 0 && second < 60)) return null;
      const micros = second * 1e6;
      if (Math.abs(micros - Math.round(micros)) > 1e-6) return unsupported(call, "make_timespan() with a second finer than a microsecond (timespans are kept to the microsecond)");
      return ((day * 24 + hour) * 60 + minute) * 60_000 + Math.round(micros) / 1000;
    };
  },
};
