/**
 * Bitwise, array-shape, encoding and hashing functions of the reference, each per its page.
 * Bitwise functions work on 64-bit two's complement longs (BigInt keeps all 64 bits; a JS number
 * does not), tohex() prints that complement, or the 32-bit one for an int argument.
 */
import type { Value } from "../dataset/columns";
import type { FnImpl } from "./functions";
import { exactBitwise } from "./exact-long-ops";
import { dynamicForm, toKustoString, toLong, toNumber } from "./value-ops";

const arr = (v: Value): Value[] | null => (Array.isArray(v) ? (v as Value[]) : null);
const big = (v: Value): bigint | null => {
  const n = toLong(v);
  return n === null || !Number.isSafeInteger(n) ? null : BigInt(n);
};

function arrayShift(rotate: boolean, sign: 1 | -1): FnImpl {
  return ({ g: [a, c, f] }) =>
    (i) => {
      const xs = arr(a(i));
      const n0 = toLong(c(i));
      if (!xs || n0 === null) return null;
      const len = xs.length;
      if (len === 0) return [];
      const n = n0 * sign; // positive: towards the start
      if (rotate) {
        const k = ((n % len) + len) % len;
        return [...xs.slice(k), ...xs.slice(0, k)];
      }
      const fill = f ? f(i) : null;
      return xs.map((_, k) => {
        const from = k + n;
        return from >= 0 && from < len ? xs[from] : fill;
      });
    };
}

/** A condition element of array_iff: bools, and numbers (non-zero is true); anything else is null. */
function truth(v: Value): boolean | null {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  return null;
}

const arrayIff: FnImpl = ({ g: [c, t, e] }) => (i) => {
  const conds = arr(c(i));
  if (!conds) return null;
  const tv = t(i);
  const ev = e(i);
  const ta = arr(tv);
  const ea = arr(ev);
  return conds.map((cv, k) => {
    const b = truth(cv);
    if (b === null) return null;
    const pick = b ? (ta ? ta[k] : tv) : ea ? ea[k] : ev;
    return pick === undefined ? null : pick;
  });
};

/** .NET HttpUtility.UrlEncode: these stay, a space is '+', the rest is %xx (lower-case) of UTF-8. */
function urlEncode(s: string, space: string): string {
  let out = "";
  for (const byte of Buffer.from(s, "utf8")) {
    const ch = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.!*()]/.test(ch)) out += ch;
    else if (ch === " ") out += space;
    else out += `%${byte.toString(16).padStart(2, "0")}`;
  }
  return out;
}

const FORMAT_BYTES_UNITS = ["Bytes", "KB", "MB", "GB", "TB", "PB", "EB"];

const formatBytes: FnImpl = ({ g: [a, p, u] }) => (i) => {
  const v = toNumber(a(i));
  if (v === null) return null;
  const precision = p ? (toLong(p(i)) ?? 0) : 0;
  const unitName = u ? String(u(i) ?? "") : "";
  let k = unitName ? FORMAT_BYTES_UNITS.findIndex((x) => x.toLowerCase() === unitName.toLowerCase()) : -1;
  if (k < 0) {
    k = 0;
    while (k < FORMAT_BYTES_UNITS.length - 1 && Math.abs(v) >= 1024 ** (k + 1)) k++;
  }
  const scaled = v / 1024 ** k;
  const shown = Number(`${Math.round(Number(`${scaled}e${precision}`))}e-${precision}`).toFixed(precision);
  return `${shown} ${FORMAT_BYTES_UNITS[k]}`;
};

const codepointsToString: FnImpl = ({ g }) => (i) => {
  const points: number[] = [];
  for (const a of g) {
    const v = a(i);
    const items = arr(v) ?? [v];
    for (const p of items) {
      const n = toLong(p);
      if (n === null || n < 0 || n > 0x10ffff) return null;
      points.push(n);
    }
  }
  return String.fromCodePoint(...points);
};

/**
 * The replace_strings page: lookups apply in list order, each over the text no earlier lookup
 * matched ('is' before 'This' turns "This" into "Thwas"); a non-string rewrite leaves its matches
 * as they are, and matched text is never searched again. A non-string lookup is ignored.
 */
function replaceStrings(text: string, lookups: Value[], rewrites: Value[]): string {
  let parts: { text: string; done: boolean }[] = [{ text, done: false }];
  lookups.forEach((l, k) => {
    if (typeof l !== "string" || l === "") return;
    const r = rewrites[k];
    const next: typeof parts = [];
    for (const p of parts) {
      if (p.done) {
        next.push(p);
        continue;
      }
      const pieces = p.text.split(l);
      pieces.forEach((piece, n) => {
        if (n > 0) next.push({ text: typeof r === "string" ? r : l, done: true });
        if (piece) next.push({ text: piece, done: false });
      });
    }
    parts = next;
  });
  return parts.map((p) => p.text).join("");
}

export const BIT_FUNCTIONS: Record<string, FnImpl> = {
  // Exact 64-bit results (exact-long-ops.ts); .NET masks a long shift count to its low 6 bits.
  binary_and: exactBitwise((a, b) => a & b),
  binary_or: exactBitwise((a, b) => a | b),
  binary_xor: exactBitwise((a, b) => a ^ b),
  binary_not: exactBitwise((a) => ~a),
  binary_shift_left: exactBitwise((a, n) => (n < 0n ? null : a << (n & 63n))),
  binary_shift_right: exactBitwise((a, n) => (n < 0n ? null : a >> (n & 63n))),
  bitset_count_ones: ({ g: [a] }) => (i) => {
    const x = big(a(i));
    return x === null ? null : [...BigInt.asUintN(64, x).toString(2)].filter((c) => c === "1").length;
  },
  tohex: ({ g: [a, w], nodes }) => {
    const bits = nodes[0]?.type === "int" ? 32 : 64;
    return (i) => {
      const x = big(a(i));
      if (x === null) return null;
      // minLength: "Values greater than 16 are truncated to 16" (the tohex page).
      const width = Math.min(16, w ? (toLong(w(i)) ?? 0) : 0);
      return BigInt.asUintN(bits, x).toString(16).padStart(width, "0");
    };
  },
  array_shift_left: arrayShift(false, 1),
  array_shift_right: arrayShift(false, -1),
  array_rotate_left: arrayShift(true, 1),
  array_rotate_right: arrayShift(true, -1),
  array_iff: arrayIff,
  array_iif: arrayIff,
  zip: ({ g }) => (i) => {
    const all = g.map((a) => arr(a(i)));
    if (all.some((x) => !x)) return null;
    const n = Math.max(...all.map((x) => (x as Value[]).length));
    return Array.from({ length: n }, (_, k) => all.map((x) => (x as Value[])[k] ?? null));
  },
  bag_zip: ({ g: [ks, vs] }) => (i) => {
    const keys = arr(ks(i));
    const values = arr(vs(i));
    if (!keys) return null;
    const out: Record<string, Value> = {};
    // Keys that are not strings are skipped; a key without a value (or values that are no array) maps to null (bag_zip page).
    keys.forEach((k, n) => {
      if (typeof k === "string") out[k] = values && n < values.length ? values[n] : null;
    });
    return out;
  },
  unicode_codepoints_to_string: codepointsToString,
  unicode_codepoints_from_string: ({ g: [a] }) => (i) => {
    const v = a(i);
    return v === null ? null : [...String(v)].map((c) => c.codePointAt(0) as number);
  },
  replace_strings: ({ g: [t, ls, rs] }) => (i) => {
    const text = t(i);
    const lookups = arr(ls(i));
    const rewrites = arr(rs(i));
    if (text === null || !lookups || !rewrites) return null;
    return replaceStrings(String(text), lookups, rewrites);
  },
  array_split: ({ g: [a, ix] }) => (i) => {
    const xs = arr(a(i));
    const iv = ix(i);
    const raw = arr(iv) ?? [iv];
    if (!xs || raw.some((k) => toLong(k) === null)) return null;
    // Negative indices count from the end; each index starts a new part (array_split page).
    const cuts = raw.map((k) => Math.min(xs.length, Math.max(0, (toLong(k) as number) < 0 ? xs.length + (toLong(k) as number) : (toLong(k) as number))));
    const bounds = [0, ...cuts.sort((x, y) => x - y), xs.length];
    return bounds.slice(1).map((end, k) => xs.slice(bounds[k], end));
  },
  bag_set_key: ({ g: [b, k, v] }) => (i) => {
    const o = b(i);
    const key = k(i);
    if (o === null || typeof o !== "object" || Array.isArray(o) || typeof key !== "string") return null;
    // A JSONPath of member steps ($.a.b) sets a nested key, creating the bags on the way.
    const steps = key.startsWith("$") ? [...key.slice(1).matchAll(/\.([^.[\]]+)|\[['"]([^'"]+)['"]\]/g)].map((m) => m[1] ?? m[2]) : [key];
    const root = structuredClone(o) as Record<string, Value>;
    let cur = root;
    steps.forEach((step, n) => {
      if (n === steps.length - 1) cur[step] = v(i);
      else {
        const next = cur[step];
        cur = cur[step] = next !== null && typeof next === "object" && !Array.isArray(next) ? (next as Record<string, Value>) : {};
      }
    });
    return root;
  },
  range: ({ g: [a, b, st], nodes }) => {
    const form = dynamicForm(nodes[0]?.type);
    const defaultStep = nodes[0]?.type === "datetime" || nodes[0]?.type === "timespan" ? 3_600_000 : 1;
    return (i) => {
      const start = toNumber(a(i));
      const stop = toNumber(b(i));
      const step = st ? toNumber(st(i)) : defaultStep;
      if (start === null || stop === null || step === null || step === 0) return null;
      // At most 1,048,576 elements (range() page: "the max number of elements").
      const out: Value[] = [];
      for (let v = start, k = 0; (step > 0 ? v <= stop : v >= stop) && k < 1_048_576; k++, v = start + k * step) out.push(form(v));
      return out;
    };
  },
  url_encode: ({ g: [a] }) => (i) => (a(i) === null ? null : urlEncode(toKustoString(a(i), "string"), "+")),
  url_encode_component: ({ g: [a] }) => (i) => (a(i) === null ? null : urlEncode(toKustoString(a(i), "string"), "%20")),
  url_decode: ({ g: [a] }) => (i) => {
    const v = a(i);
    if (v === null) return null;
    try {
      return decodeURIComponent(String(v).replace(/\+/g, " "));
    } catch {
      return null;
    }
  },
  format_bytes: formatBytes,
  string_size: ({ g: [a] }) => (i) => (a(i) === null ? null : Buffer.byteLength(toKustoString(a(i), "string"), "utf8")),
};

