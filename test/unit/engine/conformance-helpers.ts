import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine/run-query";

/** One example from the Kusto documentation: the query and the output the page documents. */
export interface DocCase {
  /** learn.microsoft.com page the example and its output come from. */
  doc: string;
  name: string;
  query: string;
  columns?: string[];
  rows: unknown[][];
  /** The page shows rows in an order Kusto does not guarantee: compare as a multiset. */
  unordered?: boolean;
  /** Where our expectation deliberately differs from the page's text, and why. */
  note?: string;
}

export const DOCS = "https://learn.microsoft.com/kusto/query/";

const ISO = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?$/;

/** Datetimes compare as instants (the docs print several formats), numbers to 1e-9. */
function canonical(v: unknown): unknown {
  if (typeof v === "string" && ISO.test(v)) return `@${Date.parse(v.endsWith("Z") ? v : `${v.replace(" ", "T")}Z`)}`;
  if (typeof v === "number") return Math.round(v * 1e9) / 1e9;
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, canonical(x)]));
  return v;
}

export function runCase(c: DocCase): { columns: string[]; rows: unknown[] } {
  const ws = new Workspace();
  const result = runQuery(ws, c.query, { asOf: new Date("2024-06-01T00:00:00Z") });
  const rows = result.rows.map((r) => canonical(r));
  const sorted = c.unordered ? rows.map((r) => JSON.stringify(r)).sort() : rows;
  return { columns: result.columns.map((col) => col.name), rows: sorted };
}

export function expected(c: DocCase): unknown[] {
  const rows = c.rows.map((r) => canonical(r));
  return c.unordered ? rows.map((r) => JSON.stringify(r)).sort() : rows;
}
