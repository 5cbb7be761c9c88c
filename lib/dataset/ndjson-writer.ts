/**
 * Writes rows into a dataset folder, one `<Table>.ndjson` per table. Deterministic byte for byte:
 * keys follow the table schema's column order, null/missing values are omitted, values are
 * validated and normalised (Date → ISO string) so the folder always loads back.
 */
import fs from "node:fs";
import path from "node:path";
import { TABLE_SCHEMAS, type TableSchema } from "../telemetry/schemas";
import { fromJson, toJson, ValueTypeError } from "./json-values";
import type { RowSink } from "./sink";
import { RowError, UnknownTableError } from "./workspace";

const FLUSH_CHARS = 1 << 20;

export class NdjsonDatasetWriter implements RowSink {
  private readonly buffers = new Map<string, string[]>();
  private readonly sizes = new Map<string, number>();
  private readonly extraSchemas = new Map<string, TableSchema>();

  /** Creates the folder; files of tables written by this writer are truncated on their first row. */
  constructor(readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  }

  /** Declares a non-contract table; its schema is written to schema.json on close(). */
  defineTable(name: string, schema: TableSchema): void {
    this.extraSchemas.set(name, schema);
  }

  /** Writes the table's file even if no row comes: an empty table loads as empty, not as missing. */
  ensureTable(table: string): void {
    if (this.buffers.has(table)) return;
    this.buffers.set(table, []);
    fs.writeFileSync(this.fileOf(table), "");
  }

  append(table: string, row: Record<string, unknown>): void {
    const schema = this.extraSchemas.get(table) ?? TABLE_SCHEMAS[table];
    if (!schema) throw new UnknownTableError(`unknown table ${table}: not a contract table and no schema given`);
    const out: Record<string, unknown> = {};
    for (const col of schema) {
      const v = row[col.name];
      if (v === null || v === undefined) continue;
      try {
        out[col.name] = toJson(col.type, fromJson(col.type, v, col.name));
      } catch (e) {
        if (e instanceof ValueTypeError) throw new RowError(`${table}: ${e.message}`);
        throw e;
      }
    }
    for (const key of Object.keys(row)) {
      if (!schema.some((c) => c.name === key)) throw new RowError(`unknown column ${key} in table ${table}`);
    }
    let buf = this.buffers.get(table);
    if (!buf) {
      buf = [];
      this.buffers.set(table, buf);
      fs.writeFileSync(this.fileOf(table), "");
    }
    const line = JSON.stringify(out);
    buf.push(line);
    const size = (this.sizes.get(table) ?? 0) + line.length + 1;
    this.sizes.set(table, size);
    if (size >= FLUSH_CHARS) this.flushTable(table);
  }

  /** Writes buffered rows to disk. */
  flush(): void {
    for (const table of this.buffers.keys()) this.flushTable(table);
  }

  /** Flushes and writes schema.json for declared non-contract tables. */
  close(): void {
    this.flush();
    if (this.extraSchemas.size > 0) {
      const obj = Object.fromEntries([...this.extraSchemas].sort(([a], [b]) => (a < b ? -1 : 1)));
      fs.writeFileSync(path.join(this.dir, "schema.json"), `${JSON.stringify(obj, null, 2)}\n`);
    }
  }

  private fileOf(table: string): string {
    return path.join(this.dir, `${table}.ndjson`);
  }

  private flushTable(table: string): void {
    const buf = this.buffers.get(table);
    if (!buf || buf.length === 0) return;
    fs.appendFileSync(this.fileOf(table), `${buf.join("\n")}\n`);
    buf.length = 0;
    this.sizes.set(table, 0);
  }
}

/**
 * The files of a dataset folder in `dir` (tables, schema.json, and the simulator's truth.json), or []
 * when it is absent. A writer truncates only the tables it writes, so a second dataset written into a
 * folder that holds one would replace some of its files and leave the others: a mix of both that
 * loads without complaint. `npm run simulate` refuses such a folder unless told to replace it.
 */
export function datasetFilesIn(dir: string): string[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".ndjson") || name === "schema.json" || name === "truth.json")
    .sort();
}
