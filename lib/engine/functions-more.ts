/** Smaller scalar functions of the reference (math, arrays, bags, sets, text), each per its page. */
import type { Value } from "../dataset/columns";
import type { FnImpl } from "./functions";
import { KqlRuntimeError, KqlUnsupportedError } from "./errors";
import { unixtimeDatetime, unixtimeOfParts } from "./datetime-arith";
import { OCCURRENCE_ZERO } from "./functions-text";
import { unsupported } from "./syntax";
import { formatDatetimeDynamic } from "../format/kusto-time";
import { keyOf, toKustoString, toLong, toNumber, valuesEqual, type Getter } from "./value-ops";

/** A one-number function: null in, null out; NaN stays NaN (sqrt(-1), log(-1) are NaN in Kusto). */
export const num =
  (f: (v: number) => number): FnImpl =>
  ({ g: [a] }) =>
  (i) => {
    const v = toNumber(a(i));
    return v === null ? null : f(v);
  };

const arr = (v: Value): Value[] | null => (Array.isArray(v) ? (v as Value[]) : null);
const bag = (v: Value): Record<string, Value> | null => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, Value>) : null);

function constRegex(g: Getter, call: Parameters<FnImpl>[0]["call"], flags = "g"): RegExp {
  if (!g.constant) return unsupported(call, "regular expression that is not a constant");
  try {
    // RE2's named groups (?P<name>...) are JavaScript's (?<name>...).
    return new RegExp(String(g(0)).replace(/\(\?P</g, "(?<"), flags);
  } catch (e) {
    throw new KqlRuntimeError(`bad regular expression: ${(e as Error).message}`, call.pos);
  }
}

function distinct(values: Value[]): Value[] {
  const seen = new Set<unknown>();
  return values.filter((v) => {
    const k = keyOf(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function trimWith(start: boolean, end: boolean): FnImpl {
  return ({ g: [re, s], call }) => {
    const src = constRegex(re, call).source;
    const rx = new RegExp(`${start ? `^(?:${src})+` : ""}${start && end ? "|" : ""}${end ? `(?:${src})+$` : ""}`, "g");
    return (i) => toKustoString(s(i), "string").replace(rx, "");
  };
}

export const MORE_FUNCTIONS: Record<string, FnImpl> = {
  pi: () => () => Math.PI,
  degrees: num((r) => (r * 180) / Math.PI),
  radians: num((d) => (d * Math.PI) / 180),
  sin: num(Math.sin),
  cos: num(Math.cos),
  tan: num(Math.tan),
  asin: num(Math.asin),
  acos: num(Math.acos),
  atan: num(Math.atan),
  cot: num((x) => 1 / Math.tan(x)),
  atan2: ({ g: [y, x] }) => (i) => {
    const a = toNumber(y(i));
    const b = toNumber(x(i));
    return a === null || b === null ? null : Math.atan2(a, b);
  },
  isinf: ({ g: [a] }) => (i) => {
    const v = a(i);
    return typeof v === "number" ? v === Infinity || v === -Infinity : null;
  },
  isascii: ({ g: [a] }) => (i) => /^[\x00-\x7f]*$/.test(toKustoString(a(i), "string")),
  // A string encodes to valid UTF-8 unless it holds a lone UTF-16 surrogate (from a \uD800-style escape).
  isutf8: ({ g: [a] }) => (i) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(toKustoString(a(i), "string")),
  // reverse of a datetime reverses its 7-fraction-digit text (the reverse page's example). The page does
  // not say what a character is: code points are reversed (a surrogate pair stays whole, a combining mark
  // moves to the other side of its letter, as DuckDB, which keeps grapheme clusters whole, does not).
  reverse: ({ g: [a], nodes }) => (i) => {
    const v = a(i);
    const text = nodes[0].type === "datetime" && typeof v === "number" ? formatDatetimeDynamic(v) : toKustoString(v, nodes[0].type);
    return [...text].reverse().join("");
  },
  strrep: ({ g: [v, m, d], nodes }) => (i) => {
    const n = toLong(m(i));
    if (n === null || n < 0) return null;
    return new Array(n).fill(toKustoString(v(i), nodes[0].type)).join(d ? toKustoString(d(i), "string") : "");
  },
  strcmp: ({ g: [a, b] }) => (i) => {
    const x = toKustoString(a(i), "string");
    const y = toKustoString(b(i), "string");
    return x < y ? -1 : x > y ? 1 : 0;
  },
  trim_start: trimWith(true, false),
  trim_end: trimWith(false, true),
  regex_quote: ({ g: [a] }) => (i) => toKustoString(a(i), "string").replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
  indexof_regex: ({ g: [s, re, start, length, occurrence], call }) => {
    const rx = constRegex(re, call);
    return (i) => {
      const str = toKustoString(s(i), "string");
      let st = start ? toLong(start(i)) : 0;
      const len = length ? toLong(length(i)) : -1;
      const occ = occurrence ? toLong(occurrence(i)) : 1;
      if (st === null || len === null || occ === null || st < 0 || occ < 0 || len < -1) return null;
      if (occ === 0) throw new KqlUnsupportedError(OCCURRENCE_ZERO("indexof_regex"));
      for (let k = 1; ; k++) {
        const end = len === -1 ? str.length : Math.min(str.length, st + len);
        rx.lastIndex = st;
        const m = rx.exec(str);
        if (!m || m.index + m[0].length > end) return -1;
        if (k >= occ) return m.index;
        // Matches do not overlap (the page's idx4: "ababaa", a.a, 2nd occurrence is -1).
        st = m.index + Math.max(1, m[0].length);
      }
    };
  },
  extract_all: ({ g, nodes, call }) => {
    const [re, a2, a3] = g;
    const groupsArg = nodes.length === 3 ? a2 : undefined;
    const source = nodes.length === 3 ? a3 : a2;
    const rx = constRegex(re, call);
    const empty = new RegExp(`${rx.source}|`).exec("");
    const groups = empty?.length ?? 1;
    if (groups - 1 === 0) return unsupported(call, "extract_all() with a regex without capture groups");
    // captureGroups: 1-based indexes or group names (the page's examples); one group gives a flat array.
    let pick: (m: RegExpMatchArray) => (string | undefined)[] = (m) => m.slice(1);
    if (groupsArg) {
      const list = groupsArg.constant ? groupsArg(0) : null;
      if (!Array.isArray(list) || list.length === 0) return unsupported(call, "extract_all() with a capture-group list that is not a constant array");
      // "Valid values are from 1 to the number of capturing groups in the regular expression" (the page), or a
      // group's name; what Kusto does with another is not said, so it is refused rather than matched as "".
      const names = Object.keys(empty?.groups ?? {});
      const bad = list.find((k) => (typeof k === "number" ? !Number.isInteger(k) || k < 1 || k >= groups : !names.includes(String(k))));
      if (bad !== undefined) return unsupported(call, `extract_all() with capture group ${JSON.stringify(bad)}, which the regex does not have`);
      pick = (m) => (list as Value[]).map((k) => (typeof k === "number" ? m[k] : m.groups?.[String(k)]));
    }
    return (i) => {
      const text = toKustoString(source(i), "string");
      const out: Value[] = [];
      for (const m of text.matchAll(rx)) {
        const picked = pick(m).map((x) => x ?? "");
        out.push(picked.length === 1 ? picked[0] : picked);
      }
      return out.length === 0 ? null : out;
    };
  },
  array_index_of: ({ g: [a, v, start, length, occurrence] }) => (i) => {
    const xs = arr(a(i));
    if (!xs) return null;
    const want = v(i);
    let st = start ? toLong(start(i)) : 0;
    const len = length ? toLong(length(i)) : -1;
    const occ = occurrence ? toLong(occurrence(i)) : 1;
    if (st === null || len === null || occ === null || occ < 0 || len < -1) return null;
    if (st < 0) st = Math.max(0, xs.length + st);
    const end = len === -1 ? xs.length : Math.min(xs.length, st + len);
    let seen = 0;
    for (let k = st; k < end; k++) if (valuesEqual(xs[k], want) && ++seen >= occ) return k;
    return -1;
  },
  array_slice: ({ g: [a, s, e] }) => (i) => {
    const xs = arr(a(i));
    const st0 = toLong(s(i));
    const en0 = toLong(e(i));
    if (!xs || st0 === null || en0 === null) return null;
    const st = st0 < 0 ? xs.length + st0 : st0;
    const en = en0 < 0 ? xs.length + en0 : en0;
    return xs.slice(Math.max(0, st), Math.max(0, en + 1));
  },
  array_reverse: ({ g: [a] }) => (i) => {
    const xs = arr(a(i));
    return xs ? [...xs].reverse() : null;
  },
  array_sum: ({ g: [a] }) => (i) => {
    const xs = arr(a(i));
    if (!xs || xs.length === 0 || xs.some((x) => typeof x !== "number")) return null;
    return (xs as number[]).reduce((s, x) => s + x, 0);
  },
  bag_has_key: ({ g: [b, k] }) => (i) => {
    const o = bag(b(i));
    const key = toKustoString(k(i), "string");
    if (!o) return false;
    if (!key.startsWith("$")) return Object.prototype.hasOwnProperty.call(o, key);
    // A JSONPath of plain member steps: $.a.b or $['a']['b'].
    const steps = [...key.slice(1).matchAll(/\.([^.[\]]+)|\[['"]([^'"]+)['"]\]/g)].map((m) => m[1] ?? m[2]);
    let cur: Value = o;
    for (const step of steps) {
      const next = bag(cur);
      if (!next || !Object.prototype.hasOwnProperty.call(next, step)) return false;
      cur = next[step];
    }
    return true;
  },
  bag_merge: ({ g }) => (i) => {
    // The first bag holding a key wins (bag-merge page).
    const out: Record<string, Value> = {};
    for (const a of g) {
      const o = bag(a(i));
      if (o) for (const [k, v] of Object.entries(o)) if (!(k in out)) out[k] = v;
    }
    return out;
  },
  set_union: ({ g }) => (i) => {
    const all = g.map((a) => arr(a(i)));
    return all.some((x) => !x) ? null : distinct((all as Value[][]).flat());
  },
  set_intersect: ({ g }) => (i) => {
    const all = g.map((a) => arr(a(i)));
    if (all.some((x) => !x)) return null;
    const [first, ...rest] = all as Value[][];
    return distinct(first).filter((v) => rest.every((r) => r.some((x) => keyOf(x) === keyOf(v))));
  },
  set_difference: ({ g }) => (i) => {
    const all = g.map((a) => arr(a(i)));
    if (all.some((x) => !x)) return null;
    const [first, ...rest] = all as Value[][];
    return distinct(first).filter((v) => !rest.some((r) => r.some((x) => keyOf(x) === keyOf(v))));
  },
  set_has_element: ({ g: [a, v] }) => (i) => {
    const xs = arr(a(i));
    const want = v(i);
    return xs ? xs.some((x) => valuesEqual(x, want)) : null;
  },
  base64_encode_tostring: ({ g: [a] }) => (i) => Buffer.from(toKustoString(a(i), "string"), "utf8").toString("base64"),
  base64_decode_tostring: ({ g: [a] }) => (i) => {
    const s = toKustoString(a(i), "string");
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 === 1) return null;
    // Bytes that are not UTF-8 give null (the page's example prints an empty cell).
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(s, "base64"));
    } catch {
      return null;
    }
  },
  unixtime_microseconds_todatetime: ({ g: [a] }) => (i) => {
    const v = toNumber(a(i));
    if (v === null) return null;
    // Whole milliseconds and the rest, each exact, so that unixtimeOfParts can tell a lost microsecond.
    const rest = v % 1000;
    return Number.isInteger(v) ? unixtimeOfParts((v - rest) / 1000, rest / 1000, "unixtime_microseconds_todatetime()") : unixtimeDatetime(v / 1000);
  },
  unixtime_nanoseconds_todatetime: ({ g: [a] }) => (i) => {
    const v = toNumber(a(i));
    return v === null ? null : unixtimeDatetime(v / 1e6);
  },
};
