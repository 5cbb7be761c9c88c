/** Tables flowing between operators: named columns over a shared row count, built lazily. */
import { ArrayColumn, FrozenNumberColumn, FrozenStringColumn, type ColumnView, type IdArray, type Value } from "../dataset/columns";
import type { ColumnSchema, KustoType } from "../telemetry/schemas";
import { ExactLongColumn, exactColumnOf, hasExact } from "./exact-long";
import { isLazyExact } from "./long-arith";
import { uniqueColumnNames } from "./unknown-columns";

export interface EColumn {
  readonly name: string;
  readonly type: KustoType;
  /** Materialised on first access (a filter does not copy columns nobody reads). */
  readonly view: ColumnView;
}

export interface ETable {
  readonly columns: readonly EColumn[];
  readonly length: number;
}

class LazyColumn implements EColumn {
  private cached: ColumnView | undefined;
  constructor(
    readonly name: string,
    readonly type: KustoType,
    private readonly make: () => ColumnView,
  ) {}
  get view(): ColumnView {
    if (!this.cached) this.cached = this.make();
    return this.cached;
  }
}

export function column(name: string, type: KustoType, view: ColumnView): EColumn {
  return { name, type, view };
}

export function lazyColumn(name: string, type: KustoType, make: () => ColumnView): EColumn {
  return new LazyColumn(name, type, make);
}

export function valuesColumn(name: string, type: KustoType, values: readonly Value[]): EColumn {
  return { name, type, view: new ArrayColumn(type, values) };
}

export function findColumn(table: ETable, name: string): EColumn | undefined {
  return table.columns.find((c) => c.name === name);
}

/** Rows `sel` of a column, copying into the same storage kind. */
export function gatherView(view: ColumnView, sel: ArrayLike<number>): ColumnView {
  const n = sel.length;
  if (view instanceof ExactLongColumn) return view.gather(sel);
  if (view instanceof FrozenNumberColumn) {
    const src = view.data;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = src[sel[i]];
    return new FrozenNumberColumn(view.type, out, n);
  }
  if (view instanceof FrozenStringColumn) {
    const src = view.ids;
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = src[sel[i]];
    return new FrozenStringColumn(out, view.dict, n);
  }
  const out = new Array<Value>(n);
  for (let i = 0; i < n; i++) out[i] = view.get(sel[i]);
  return new ArrayColumn(view.type, out, n);
}

/**
 * Rows `sel` of a base column, read through the selection until someone needs the copy: a
 * filter followed by summarize never copies the columns it reads.
 */
export class SelectedColumn implements EColumn {
  private cached: ColumnView | undefined;
  constructor(
    readonly name: string,
    readonly type: KustoType,
    readonly base: ColumnView,
    readonly sel: Int32Array,
  ) {}
  get view(): ColumnView {
    if (!this.cached) this.cached = gatherView(this.base, this.sel);
    return this.cached;
  }
  get materialized(): boolean {
    return this.cached !== undefined;
  }
}

/** Raw storage behind a column, through at most one selection vector, without copying. */
export interface ColumnAccess {
  numbers?: Float64Array;
  ids?: IdArray;
  dict?: readonly string[];
  sel?: Int32Array;
  view: ColumnView;
}

export function columnAccess(col: EColumn): ColumnAccess {
  const sel = col instanceof SelectedColumn && !col.materialized ? col.sel : undefined;
  const view = col instanceof SelectedColumn && !col.materialized ? col.base : col.view;
  if (view instanceof FrozenNumberColumn) return { numbers: view.data, sel, view };
  if (view instanceof FrozenStringColumn) return { ids: view.ids, dict: view.dict, sel, view };
  return { sel, view };
}

/** The rows `sel` (in that order) of every column; selections compose instead of copying. */
export function gatherTable(table: ETable, sel: ArrayLike<number>): ETable {
  const outer = sel instanceof Int32Array ? sel : Int32Array.from(sel);
  const composed = new Map<Int32Array, Int32Array>();
  return {
    length: outer.length,
    columns: table.columns.map((c) => {
      if (c instanceof SelectedColumn && !c.materialized) {
        let inner = composed.get(c.sel);
        if (!inner) {
          inner = new Int32Array(outer.length);
          for (let i = 0; i < outer.length; i++) inner[i] = c.sel[outer[i]];
          composed.set(c.sel, inner);
        }
        return new SelectedColumn(c.name, c.type, c.base, inner);
      }
      return new SelectedColumn(c.name, c.type, c.view, outer);
    }),
  };
}

/** Column storage for computed values of a known type (typed arrays for numbers). */
export function materialize(type: KustoType, length: number, get: (i: number) => Value): ColumnView {
  if ((type === "long" || type === "decimal") && hasExact(get) && !isLazyExact(get)) return exactColumnOf(type, length, get.exact);
  if (type === "long" || type === "int" || type === "real" || type === "datetime" || type === "timespan" || type === "decimal") {
    const out = new Float64Array(length);
    for (let i = 0; i < length; i++) {
      const v = get(i);
      if (typeof v !== "number") out[i] = NaN;
      else if (v === v) out[i] = v;
      // NaN in a typed array means null: a column holding a real NaN (0.0/0) keeps its values as they are.
      else return numbersWithNaN(type, out, i, v, length, get);
    }
    // Long arithmetic (long-arith.ts): its 64-bit values are kept only when one is past ±(2^53 − 1).
    if (isLazyExact(get) && type === "long" && !allSafe(out)) return exactColumnOf(type, length, get.exact);
    return new FrozenNumberColumn(type, out, length);
  }
  const out = new Array<Value>(length);
  for (let i = 0; i < length; i++) out[i] = get(i);
  return new ArrayColumn(type, out, length);
}

function allSafe(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] > Number.MAX_SAFE_INTEGER || values[i] < -Number.MAX_SAFE_INTEGER) return false;
  return true;
}

function numbersWithNaN(type: KustoType, done: Float64Array, at: number, first: number, length: number, get: (i: number) => Value): ColumnView {
  const values = new Array<Value>(length);
  for (let i = 0; i < at; i++) values[i] = done[i] !== done[i] ? null : done[i];
  values[at] = first;
  for (let i = at + 1; i < length; i++) {
    const v = get(i);
    values[i] = typeof v === "number" ? v : null;
  }
  return new ArrayColumn(type, values, length);
}

/** Renames/retypes columns positionally to the analyzer's output schema. */
export function withSchema(table: ETable, schema: readonly ColumnSchema[] | undefined): ETable {
  if (!schema || schema.length !== table.columns.length) return uniqueColumnNames(table);
  return {
    length: table.length,
    columns: table.columns.map((c, i) => (c.name === schema[i].name ? c : { name: schema[i].name, type: c.type, view: c.view })),
  };
}

export function emptyTable(schema: readonly ColumnSchema[]): ETable {
  return { length: 0, columns: schema.map((c) => valuesColumn(c.name, c.type, [])) };
}
