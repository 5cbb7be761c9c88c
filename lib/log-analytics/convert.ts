import { UpstreamError } from "../gateway/upstream-error";
import { KUSTO_TYPES, type ColumnSchema, type KustoType } from "../telemetry/schemas";
import type { QueryTable } from "../workspace/types";

type Converter = (value: unknown, column: string) => unknown;

function fail(column: string, type: KustoType, value: unknown): never {
  throw new UpstreamError("bad-response", `column '${column}' (${type}) holds ${JSON.stringify(value)}, which is not a ${type}`);
}

const toNumber =
  (type: KustoType): Converter =>
  (value, column) => {
    // decimal (and long beyond 2^53 in some serialisers) arrive as strings; "NaN"/"Infinity" are valid reals.
    const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
    if (Number.isNaN(n) && value !== "NaN") fail(column, type, value);
    return n;
  };

const toText =
  (type: KustoType): Converter =>
  (value, column) => (typeof value === "string" ? value : fail(column, type, value));

/**
 * THE converter table: one entry per Kusto column type (the API's `logsColumnType` enum). The SDK has
 * already turned datetime into Date and dynamic into parsed JSON when it could; both forms are accepted.
 */
export const CONVERTERS: Record<KustoType, Converter> = {
  bool: (value, column) => {
    if (typeof value === "boolean") return value;
    if (value === 0 || value === 1) return value === 1;
    if (value === "true" || value === "false") return value === "true";
    return fail(column, "bool", value);
  },
  datetime: (value, column) => {
    const date = value instanceof Date ? value : typeof value === "string" ? new Date(value) : undefined;
    if (!date || Number.isNaN(date.getTime())) return fail(column, "datetime", value);
    return date.toISOString();
  },
  dynamic: (value) => {
    if (typeof value !== "string") return value;
    try {
      return JSON.parse(value);
    } catch {
      return value; // a dynamic holding a plain string is serialised as that string
    }
  },
  int: toNumber("int"),
  long: toNumber("long"),
  real: toNumber("real"),
  decimal: toNumber("decimal"),
  string: toText("string"),
  guid: toText("guid"),
  timespan: toText("timespan"),
};

function isKustoType(type: string): type is KustoType {
  return (KUSTO_TYPES as readonly string[]).includes(type);
}

/** Converts one API table into the normalised QueryTable; an unknown column type is an error, never guessed. */
export function convertTable(columns: readonly { name?: string; type?: string }[], rows: readonly unknown[][]): QueryTable {
  const schema: ColumnSchema[] = columns.map((c, i) => {
    const name = c.name ?? `column${i}`;
    const type = c.type ?? "";
    if (!isKustoType(type)) {
      throw new UpstreamError("query", `column '${name}' has Kusto type '${type}'; supported types: ${KUSTO_TYPES.join(", ")}`);
    }
    return { name, type };
  });
  const converters = schema.map((c) => CONVERTERS[c.type]);
  const converted = rows.map((row, r) => {
    if (!Array.isArray(row) || row.length !== schema.length) {
      throw new UpstreamError("bad-response", `row ${r} has ${Array.isArray(row) ? row.length : "no"} cells, expected ${schema.length}`);
    }
    return row.map((cell, i) => (cell === null || cell === undefined ? null : converters[i](cell, schema[i].name)));
  });
  return { columns: schema, rows: converted };
}
