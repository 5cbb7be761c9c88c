/**
 * `_BilledSize` and `_IsBillable` of the embedded workspace's tables, derived from each row's own
 * values when read, so they cost no memory per row (lib/telemetry/billing.ts has the sources).
 *
 * The rule (cost-logs, "Data size calculation": "a string representation of the column entries"):
 * a record's billed size is the sum, over its columns except the excluded standard ones
 * (NOT_BILLED_COLUMNS), of the UTF-8 byte length of the entry's Kusto string form, tostring():
 * - string: its text ("" is Kusto's empty string: 0 bytes);
 * - datetime: ISO 8601, `2026-11-20T13:00:00Z` (20 bytes) or with 7 fraction digits when it has a
 *   fraction, `2026-11-20T13:00:00.1230000Z` (28 bytes);
 * - long/int/real: the number's text (`42`, `0.25`); timespan: `[d.]hh:mm:ss[.fffffff]`;
 * - bool: `true` (4) / `false` (5); dynamic: its JSON text; guid: 36.
 * A null entry adds nothing. What is approximate: Microsoft does not publish the exact form (whether
 * a column's name, separators or a null entry add bytes, or how a real is printed), so these sizes
 * follow the published rule, not Azure's byte-exact number for the same record.
 *
 * A row that carries its own value (a dataset exported with the columns) keeps that value.
 */
import { formatTimespan } from "../format/kusto-time";
import { BILLED_SIZE, FREE_TABLES, IS_BILLABLE, NOT_BILLED_COLUMNS } from "../telemetry/billing";
import type { ColumnSchema } from "../telemetry/schemas";
import { zeroIds } from "./backing";
import { FrozenBoolColumn } from "./bool-column";
import type { ColumnView, Value } from "./column-view";
import { FrozenNumberColumn } from "./number-column";
import { PackedStringView } from "./packed-strings";
import { FrozenStringColumn } from "./string-column";

const utf8Length = (s: string): number => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return Buffer.byteLength(s, "utf8");
  return s.length;
};

/** Adds each row's bytes for one column to `sizes` (column by column: typed-array loops, no per-row dispatch). */
function addColumn(sizes: Float64Array, view: ColumnView, type: ColumnSchema["type"]): void {
  const n = sizes.length;
  if (view instanceof FrozenStringColumn) {
    const lengths = view.dict.map(utf8Length);
    const ids = view.ids;
    for (let i = 0; i < n; i++) sizes[i] += lengths[ids[i]];
    return;
  }
  if (view instanceof PackedStringView) {
    for (let i = 0; i < n; i++) sizes[i] += view.byteLength(i);
    return;
  }
  if (view instanceof FrozenBoolColumn) {
    const d = view.data;
    for (let i = 0; i < n; i++) sizes[i] += d[i] === 1 ? 4 : d[i] === 0 ? 5 : 0;
    return;
  }
  if (view instanceof FrozenNumberColumn) {
    const d = view.data;
    if (type === "datetime") {
      for (let i = 0; i < n; i++) {
        const v = d[i];
        if (v === v) sizes[i] += v % 1000 === 0 ? 20 : 28;
      }
    } else if (type === "timespan") {
      for (let i = 0; i < n; i++) if (d[i] === d[i]) sizes[i] += formatTimespan(d[i]).length;
    } else {
      for (let i = 0; i < n; i++) if (d[i] === d[i]) sizes[i] += String(d[i]).length;
    }
    return;
  }
  for (let i = 0; i < n; i++) sizes[i] += entryBytes(view.get(i), type);
}

function entryBytes(v: Value, type: ColumnSchema["type"]): number {
  if (v === null) return 0;
  if (typeof v === "string") return type === "guid" ? 36 : utf8Length(v);
  if (typeof v === "boolean") return v ? 4 : 5;
  if (typeof v === "number") {
    if (type === "datetime") return v % 1000 === 0 ? 20 : 28;
    if (type === "timespan") return formatTimespan(v).length;
    return String(v).length;
  }
  return utf8Length(JSON.stringify(v));
}

/** Billed size of each of `length` rows whose columns are `columns` (schema order). */
export function recordSizes(schema: readonly ColumnSchema[], columns: readonly ColumnView[], length: number): Float64Array {
  const sizes = new Float64Array(length);
  schema.forEach((c, k) => {
    if (!NOT_BILLED_COLUMNS.has(c.name)) addColumn(sizes, columns[k], c.type);
  });
  return sizes;
}

/** `_BilledSize`: a row's own value where it has one, else computed for the whole view at first read. */
export class BilledSizeView implements ColumnView {
  readonly type = "real" as const;
  private sizes: Float64Array | null = null;
  constructor(
    private readonly schema: readonly ColumnSchema[],
    private readonly columns: readonly ColumnView[],
    readonly length: number,
    private readonly given?: ColumnView,
  ) {}
  get(i: number): number {
    const own = this.given?.get(i);
    if (typeof own === "number") return own;
    if (!this.sizes) this.sizes = recordSizes(this.schema, this.columns, this.length);
    return this.sizes[i];
  }
}

/** `_IsBillable` for a table's rows: "false" for the free tables, else "true"; a row's own value wins. */
export function isBillableView(table: string, length: number, given?: ColumnView): ColumnView {
  const value = FREE_TABLES.has(table) ? "false" : "true";
  const all = new FrozenStringColumn(zeroIds(length), [value], length);
  if (!given) return all;
  return { type: "string", length, get: (i: number) => (given.get(i) as string) || value };
}

/** The snapshot's columns with the billing columns derived (views of the rows' own columns). */
export function withBillingViews(table: string, schema: readonly ColumnSchema[], columns: ColumnView[], length: number, stored: (k: number) => boolean): ColumnView[] {
  const size = schema.findIndex((c) => c.name === BILLED_SIZE && c.type === "real");
  const billable = schema.findIndex((c) => c.name === IS_BILLABLE && c.type === "string");
  const out = columns.slice();
  if (billable >= 0) out[billable] = isBillableView(table, length, stored(billable) ? columns[billable] : undefined);
  if (size >= 0) out[size] = new BilledSizeView(schema, out, length, stored(size) ? columns[size] : undefined);
  return out;
}
