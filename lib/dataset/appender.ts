/**
 * Per-table row appenders compiled once from the schema. A row object carries only some of a
 * table's columns (AzureDiagnostics: ~25 of 48); the compiled function reads each column by a
 * constant key (an inline-cached property load, not a hash lookup per key), converts only the
 * values present and stores only non-null ones, so absent columns cost nothing per row.
 *
 * Column names come from schemas (possibly a dataset's schema.json): they only ever enter the
 * generated source as JSON string literals.
 */
import type { ColumnSchema } from "../telemetry/schemas";
import type { StoredColumn } from "./columns";

/**
 * Appends `row` as row number `r`; `timeMs`, when a number, is the row's TimeGenerated in epoch ms
 * (the simulator's fast path: no ISO parsing). Returns the number of own keys that are columns, or
 * -1 when the row may have a key that is not one (the caller checks, then calls again with
 * `keysChecked`); nothing is stored then.
 */
export type CompiledAppender = (row: Record<string, unknown>, r: number, timeMs: number | undefined, keysChecked?: boolean) => number;

type Converter = (v: unknown) => unknown;

// Inline conversion for the common JSON shapes; anything else goes through the column's converter.
function convertSource(type: string, v: string, c: number): string {
  switch (type) {
    case "string":
      return `if (typeof ${v} !== "string") ${v} = conv[${c}](${v});`;
    case "real":
    case "decimal":
      return `if (typeof ${v} !== "number") ${v} = conv[${c}](${v});`;
    case "dynamic":
      return "";
    default:
      return `${v} = conv[${c}](${v});`;
  }
}

export function compileAppender(schema: readonly ColumnSchema[], columns: readonly StoredColumn[], converters: readonly Converter[]): CompiledAppender {
  const timeIndex = schema.findIndex((c) => c.name === "TimeGenerated" && c.type === "datetime");
  const lines: string[] = ["let k = 0;"];
  schema.forEach((col, c) => {
    const v = `v${c}`;
    lines.push(`let ${v} = row[${JSON.stringify(col.name)}];`);
    const convert = convertSource(col.type, v, c);
    if (c === timeIndex) {
      lines.push(`if (${v} !== undefined) { k++; if (typeof timeMs === "number") ${v} = timeMs; else { ${convert} } }`);
    } else {
      lines.push(`if (${v} !== undefined) { k++; ${convert} }`);
    }
  });
  // Every own key must be a column: count them (no per-key lookup) and compare.
  lines.push("let keys = 0;", "for (const key in row) keys++;", "if (keys !== k && !keysChecked) return -1;");
  // Whole row validated (converters throw on bad values) before any column changes.
  schema.forEach((col, c) => {
    const v = `v${c}`;
    const skipEmpty = col.type === "string" ? ` && ${v} !== ""` : "";
    lines.push(`if (${v} !== undefined && ${v} !== null${skipEmpty}) col${c}.put(r, ${v});`);
  });
  lines.push("return k;");
  const params = columns.map((_, c) => `col${c}`);
  const factory = new Function("conv", ...params, `return function append(row, r, timeMs, keysChecked) {\n${lines.join("\n")}\n};`) as (
    conv: readonly Converter[],
    ...cols: StoredColumn[]
  ) => CompiledAppender;
  return factory(converters, ...columns);
}
