/** Row packing, JSON text and small set/CSV functions, each per its reference page. */
import type { Value } from "../dataset/columns";
import type { FnImpl } from "./functions";
import { nameOf } from "./syntax";
import { dynamicForm, keyOf, toBool, toNumber } from "./value-ops";

/** JSON with every bag's keys in order, as dynamic_to_json's page shows (equal bags, equal text). */
function sortedJson(v: Value): string {
  if (Array.isArray(v)) return `[${(v as Value[]).map(sortedJson).join(",")}]`;
  if (v !== null && typeof v === "object") {
    const o = v as Record<string, Value>;
    return `{${Object.keys(o)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((k) => `${JSON.stringify(k)}:${sortedJson(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}

/** The first record of CSV text: fields split on commas, "quoted" fields may hold commas, newlines and "" (a quote). */
function firstCsvRecord(s: string): string[] {
  const out: string[] = [];
  let field = "";
  let k = 0;
  let quoted = false;
  for (; k < s.length; k++) {
    const ch = s[k];
    if (quoted) {
      if (ch === '"' && s[k + 1] === '"') {
        field += '"';
        k++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") break;
    else field += ch;
  }
  out.push(field);
  return out;
}

export const PACK_FUNCTIONS: Record<string, FnImpl> = {
  pack_all: ({ g: [ignore], scope }) => {
    // A column hidden from the query's results (unnamed billing columns) is not packed either: pack_all()
    // packs the row as the query would show it (undocumented for hidden columns; run-query.ts's rule).
    const cols = (scope.input ?? scope.table).columns.filter((c) => !scope.ctx.hidden?.(c.name)).map((c) => ({ name: c.name, view: c.view, form: dynamicForm(c.type) }));
    return (i) => {
      const skip = ignore ? toBool(ignore(i)) === true : false;
      const o: Record<string, Value> = {};
      for (const c of cols) {
        const v = c.view.get(i);
        if (skip && (v === null || v === "")) continue;
        o[c.name] = v === null ? null : c.form(v);
      }
      return o;
    };
  },
  bag_pack_columns: ({ g, nodes }) => {
    const names = nodes.map((n) => nameOf(n));
    const forms = nodes.map((n) => dynamicForm(n.type));
    return (i) => Object.fromEntries(g.map((a, k) => [names[k], forms[k](a(i))]));
  },
  jaccard_index: ({ g: [a, b] }) => (i) => {
    const x = a(i);
    const y = b(i);
    if (!Array.isArray(x) || !Array.isArray(y)) return null;
    const xs = new Set((x as Value[]).map(keyOf));
    const ys = new Set((y as Value[]).map(keyOf));
    const union = new Set([...xs, ...ys]);
    if (union.size === 0) return null;
    return [...xs].filter((k) => ys.has(k)).length / union.size;
  },
  dynamic_to_json: ({ g: [a] }) => (i) => sortedJson(a(i)),
  around: ({ g: [v, c, d] }) => (i) => {
    const x = toNumber(v(i));
    const center = toNumber(c(i));
    const delta = toNumber(d(i));
    if (x === null || center === null || delta === null) return null;
    return x >= center - delta && x <= center + delta;
  },
  // Strict base64 (padded to a multiple of 4): the base64_encode_fromarray page's unpadded input decodes to nothing.
  base64_decode_toarray: ({ g: [a] }) => (i) => {
    const v = a(i);
    if (v === null) return null;
    const s = String(v);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) return null;
    return [...Buffer.from(s, "base64")];
  },
  base64_encode_fromarray: ({ g: [a] }) => (i) => {
    const v = a(i);
    if (!Array.isArray(v) || v.some((b) => typeof b !== "number" || !Number.isInteger(b) || b < 0 || b > 255)) return null;
    return Buffer.from(v as number[]).toString("base64");
  },
  parse_csv: ({ g: [a] }) => (i) => {
    const v = a(i);
    return v === null ? null : firstCsvRecord(String(v));
  },
};
