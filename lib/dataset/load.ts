/**
 * Loads a dataset folder (one `<Table>.ndjson` per table, optional `schema.json`) into a
 * Workspace. Any bad line fails the load with the file and line number.
 */
import fs from "node:fs";
import path from "node:path";
import { jsonErrorLocation } from "../config/load";
import { KUSTO_TYPES, type ColumnSchema, type KustoType } from "../telemetry/schemas";
import { knownTableSchema, Workspace } from "./workspace";

export class DatasetError extends Error {}

const CHUNK_BYTES = 4 << 20;

/**
 * A file saved "UTF-8 with BOM" (Windows editors, PowerShell's Out-File) starts with U+FEFF, which
 * JSON.parse refuses as an invisible "Unexpected token": the byte-order mark is not data, so it goes.
 */
const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

function readSchemaFile(file: string): Map<string, ColumnSchema[]> {
  let parsed: unknown;
  const text = withoutBom(fs.readFileSync(file, "utf8"));
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    throw new DatasetError(`${file}: not valid JSON${jsonErrorLocation(text, message)} (${message})`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new DatasetError(`${file}: expected an object {"Table": [{"name","type"}]}`);
  const schemas = new Map<string, ColumnSchema[]>();
  for (const [table, cols] of Object.entries(parsed as Record<string, unknown>)) {
    if (!Array.isArray(cols) || cols.length === 0) throw new DatasetError(`${file}: ${table} must be a non-empty array of {name, type}`);
    schemas.set(
      table,
      cols.map((c, i) => {
        const { name, type } = (c ?? {}) as { name?: unknown; type?: unknown };
        if (typeof name !== "string" || !name) throw new DatasetError(`${file}: ${table}[${i}].name must be a non-empty string`);
        if (typeof type !== "string" || !(KUSTO_TYPES as readonly string[]).includes(type)) {
          throw new DatasetError(`${file}: ${table}[${i}].type must be one of ${KUSTO_TYPES.join("|")}, got ${JSON.stringify(type)}`);
        }
        return { name, type: type as KustoType };
      }),
    );
  }
  return schemas;
}

/** Streams one NDJSON file into the workspace table without holding the whole file in memory. */
function loadTableFile(ws: Workspace, table: string, file: string): void {
  const fd = fs.openSync(file, "r");
  const buf = Buffer.allocUnsafe(CHUNK_BYTES);
  let lineNo = 0;
  const handle = (text: string) => {
    lineNo++;
    const line = lineNo === 1 ? withoutBom(text) : text;
    if (line.trim() === "") return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (e) {
      throw new DatasetError(`${file}:${lineNo}: bad JSON (${(e as Error).message})`);
    }
    try {
      ws.append(table, row as Record<string, unknown>);
    } catch (e) {
      throw new DatasetError(`${file}:${lineNo}: ${(e as Error).message}`);
    }
  };
  try {
    // Decode each chunk only up to its last newline (never splitting a UTF-8 sequence); the tail
    // bytes are carried into the next read.
    let carry = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, carry, CHUNK_BYTES - carry, null);
      const filled = carry + n;
      if (n === 0) {
        if (filled > 0) handle(buf.toString("utf8", 0, filled));
        break;
      }
      const lastNl = buf.lastIndexOf(10, filled - 1);
      if (lastNl === -1) {
        if (filled === CHUNK_BYTES) throw new DatasetError(`${file}:${lineNo + 1}: line longer than ${CHUNK_BYTES} bytes`);
        carry = filled;
        continue;
      }
      const text = buf.toString("utf8", 0, lastNl);
      let start = 0;
      for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
        handle(text.slice(start, nl));
        start = nl + 1;
      }
      handle(text.slice(start));
      carry = filled - lastNl - 1;
      buf.copy(buf, 0, lastNl + 1, filled);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Loads a dataset folder into a new (or the given) Workspace. */
export function loadDatasetSync(dir: string, into: Workspace = new Workspace()): Workspace {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new DatasetError(`${dir}: dataset folder not found`);
  const schemaFile = path.join(dir, "schema.json");
  const schemas = fs.existsSync(schemaFile) ? readSchemaFile(schemaFile) : new Map<string, ColumnSchema[]>();
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ndjson"))
    .sort();
  // The wrong folder (a dataset's parent, a typo'd one that exists) loaded as a workspace without
  // tables: every signal NO DATA, exit 0, nothing saying why.
  if (files.length === 0 && schemas.size === 0) {
    throw new DatasetError(`${dir}: no <Table>.ndjson files: a dataset folder holds one per table (e.g. AppMetrics.ndjson, written by npm run simulate)`);
  }
  for (const f of files) {
    const table = f.slice(0, -".ndjson".length);
    const file = path.join(dir, f);
    const schema = schemas.get(table);
    // A contract table (or Usage) gets the workspace's schema, billing columns included (billed-size.ts).
    if (schema) into.defineTable(table, schema);
    else if (knownTableSchema(table)) into.ensureTable(table);
    else throw new DatasetError(`${file}: unknown table ${table}: not a contract table and not in schema.json`);
    loadTableFile(into, table, file);
  }
  for (const [table, schema] of schemas) into.defineTable(table, schema);
  return into;
}

export async function loadDataset(dir: string, into?: Workspace): Promise<Workspace> {
  return loadDatasetSync(dir, into);
}
