import { createHash } from "node:crypto";
import { loadConfigFile } from "@/lib/config/load";
import type { RowSink } from "@/lib/dataset/sink";

export const config = loadConfigFile("config/demo.json");
export const AT = new Date("2026-11-20T15:00:00Z");

/** Keeps every row per table, in append order. */
export class CollectingSink implements RowSink {
  readonly tables = new Map<string, Record<string, unknown>[]>();
  append(table: string, row: Record<string, unknown>): void {
    let rows = this.tables.get(table);
    if (!rows) this.tables.set(table, (rows = []));
    rows.push(row);
  }
  rows(table: string): Record<string, unknown>[] {
    return this.tables.get(table) ?? [];
  }
}

/** Per-table row count and SHA-256 of the rows' JSON lines, for byte-level comparisons. */
export function serialise(sink: CollectingSink): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [table, rows] of [...sink.tables].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const hash = createHash("sha256");
    for (const r of rows) hash.update(`${JSON.stringify(r)}\n`);
    out[table] = `${rows.length} ${hash.digest("hex")}`;
  }
  return out;
}
