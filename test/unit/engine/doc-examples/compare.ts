/**
 * Compares the engine's result with a documented Output table, cell by cell, reading each documented
 * cell by the engine's column type: datetimes as instants (the pages print several formats), numbers
 * to the digits the page prints, dynamic values as JSON, an empty cell as null or "". Rows compare in
 * order when the query orders them (sort/order/top/serialize/make-series), else as a multiset.
 */
import type { ColumnSchema } from "@/lib/telemetry/schemas";

const ISO_LIKE = /^\d{4}-\d{2}-\d{2}([T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?Z?$/;

/** The instant a cell names, in microseconds (the engine keeps microseconds; Date.parse would stop at milliseconds). */
function instant(text: string): number {
  const t = text.trim().replace(" ", "T");
  const withTime = /T/.test(t) ? t : `${t}T00:00:00`;
  const fraction = /\.(\d+)Z?$/.exec(withTime);
  const whole = withTime.replace(/\.\d+(Z?)$/, "$1");
  const seconds = Date.parse(/Z$/.test(whole) ? whole : `${whole}Z`);
  return seconds * 1000 + (fraction ? Math.round(Number(`0.${fraction[1]}`) * 1e6) : 0);
}

/** The number the page prints equals ours to the page's precision (it rounds, e.g. 32.667). */
function sameNumber(doc: number, ours: number): boolean {
  if (Number.isNaN(doc) || Number.isNaN(ours)) return Number.isNaN(doc) && Number.isNaN(ours);
  if (doc === ours) return true;
  const scale = Math.max(Math.abs(doc), Math.abs(ours), 1e-300);
  return Math.abs(doc - ours) <= 1e-9 * scale || Math.abs(doc - ours) <= 0.5 * 10 ** -decimals(doc);
}

function docNumber(text: string): number {
  const t = text.replace(/,(?=\d{3}\b)/g, "");
  if (/^-?(∞|inf(inity)?)$/i.test(t)) return t.startsWith("-") ? -Infinity : Infinity;
  return Number(t);
}

function decimals(n: number): number {
  const m = /\.(\d+)/.exec(String(n));
  return m ? m[1].length : 0;
}

export function sameJson(doc: unknown, ours: unknown): boolean {
  if (typeof doc === "number" && typeof ours === "number") return sameNumber(doc, ours);
  if (typeof doc === "string" && typeof ours === "string") {
    if (doc === ours) return true;
    return ISO_LIKE.test(doc) && ISO_LIKE.test(ours) && instant(doc) === instant(ours);
  }
  if (Array.isArray(doc) && Array.isArray(ours)) return doc.length === ours.length && doc.every((d, k) => sameJson(d, ours[k]));
  if (doc && ours && typeof doc === "object" && typeof ours === "object" && !Array.isArray(doc) && !Array.isArray(ours)) {
    const dk = Object.keys(doc).sort();
    const ok = Object.keys(ours).sort();
    return dk.length === ok.length && dk.every((k, i) => k === ok[i] && sameJson((doc as Record<string, unknown>)[k], (ours as Record<string, unknown>)[k]));
  }
  return doc === ours;
}

function parseJsonLoose(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // The pages print dynamic values loosely: single-quoted strings, <br> for newlines, trailing commas.
    try {
      return JSON.parse(text.replace(/<br>/g, " ").replace(/,\s*([\]}])/g, "$1"));
    } catch {
      // Single-quoted strings (the bag_zip page): requoted only when no double quote is present.
      if (text.includes('"') || !text.includes("'")) return undefined;
      try {
        return JSON.parse(text.replace(/'((?:[^'\\]|\\.)*)'/g, (_, body: string) => JSON.stringify(body)).replace(/,\s*([\]}])/g, "$1"));
      } catch {
        return undefined;
      }
    }
  }
}

export function sameCell(docText: string, ours: unknown, type: ColumnSchema["type"]): boolean {
  // <br> is a line break in a cell; <https://...> and [url](url) are markdown's links of a URL.
  const text = docText
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/&nbsp;/g, " ")
    .trim()
    .replace(/^<(https?:[^>]*)>$/, "$1")
    .replace(/^\[(https?:[^\]]*)\]\(\1\)$/, "$1");
  const unquoted = text.replace(/^"(.*)"$/s, "$1");
  if (ours === null || ours === "") return text === "" || text.toLowerCase() === "null" || text === '""' || text === "(null)";
  switch (type) {
    case "datetime":
      return typeof ours === "string" && instant(unquoted) === instant(ours);
    case "long":
    case "int":
    case "real":
    case "decimal":
      // A long beyond ±(2^53 − 1) comes back as a bigint: all its digits must match.
      if (typeof ours === "bigint") return unquoted.replace(/,/g, "") === String(ours);
      return typeof ours === "number" && sameNumber(docNumber(unquoted), ours);
    case "bool":
      // Some pages print booleans as 0/1.
      return String(ours) === unquoted.toLowerCase() || (unquoted === "1" && ours === true) || (unquoted === "0" && ours === false);
    case "dynamic": {
      if (typeof ours === "string" || typeof ours === "number" || typeof ours === "boolean") {
        const parsed = parseJsonLoose(text);
        return parsed !== undefined ? sameJson(parsed, ours) : String(ours) === unquoted;
      }
      const parsed = parseJsonLoose(text);
      return parsed !== undefined && sameJson(parsed, ours);
    }
    case "timespan":
      return ours === unquoted || ours === unquoted.replace(/^(\d+):(\d\d:\d\d:\d\d)/, "$1.$2");
    default:
      // A markdown cell cannot show leading/trailing blanks or line breaks: compare the trimmed text.
      return ours === text || ours === unquoted || (typeof ours === "string" && ours.replace(/\s+/g, " ").trim() === text.replace(/\s+/g, " ").trim());
  }
}

// top-nested is not an ordering operator: its page promises which rows, not their order.
export function orderedQuery(query: string): boolean {
  return /\b(sort|order)\s+by\b|\|\s*top(?!-nested)\b|\bserialize\b|\brow_number\b|\bprev\(|\bnext\(|make-series|\brange\b/.test(query);
}

export interface Comparison {
  ok: boolean;
  why?: string;
}

export function compareTable(doc: { columns: string[]; rows: string[][]; query: string }, got: { columns: ColumnSchema[]; rows: unknown[][] }): Comparison {
  const names = got.columns.map((c) => c.name);
  if (names.length !== doc.columns.length) return { ok: false, why: `columns ${JSON.stringify(names)} vs documented ${JSON.stringify(doc.columns)}` };
  if (got.rows.length !== doc.rows.length) return { ok: false, why: `${got.rows.length} rows vs ${doc.rows.length} documented` };
  const rowMatches = (d: string[], o: unknown[]) => d.every((cell, k) => sameCell(cell, o[k], got.columns[k].type));
  if (orderedQuery(doc.query)) {
    const bad = doc.rows.findIndex((d, i) => !rowMatches(d, got.rows[i]));
    return bad < 0 ? { ok: true } : { ok: false, why: `row ${bad}: ${JSON.stringify(got.rows[bad])} vs documented ${JSON.stringify(doc.rows[bad])}` };
  }
  const left = [...got.rows];
  for (const d of doc.rows) {
    const at = left.findIndex((o) => rowMatches(d, o));
    if (at < 0) return { ok: false, why: `documented row ${JSON.stringify(d)} not in result ${JSON.stringify(left).slice(0, 300)}` };
    left.splice(at, 1);
  }
  return { ok: true };
}
