/**
 * Column storage shared by the embedded workspace and the query engine. Numbers, datetimes
 * (epoch milliseconds) and timespans (milliseconds) live in growable Float64Arrays with NaN for
 * null; strings are interned per column (or kept plain once nearly every value is distinct);
 * bools are bytes; dynamic and guid values stay JS values.
 *
 * Stored columns are written sparsely: `put(row, v)` stores a non-null value at `row` and only then
 * fills the nulls of the rows the column skipped (one typed-array fill, not per-row work). A column
 * that never saw a value costs nothing: its views read a shared all-null backing.
 */
import type { KustoType } from "../telemetry/schemas";
import { fittedCapacity, nextCapacity } from "./capacity";
import type { ColumnView, Value } from "./column-view";
import { PackedStrings } from "./packed-strings";
import { retainArray, retainTyped, type KeepMask } from "./retain";

export type { ColumnView, Value };

export const NUMERIC_STORAGE = new Set<KustoType>(["long", "int", "real", "decimal", "datetime", "timespan"]);

const INITIAL_CAPACITY = 1024;

/** Interned string ids: 1 byte per row while a column has ≤ 256 distinct values, then 2, then 4. */
export type IdArray = Uint8Array | Uint16Array | Int32Array;

function capacityFor(current: number, need: number): number {
  let cap = Math.max(nextCapacity(current), INITIAL_CAPACITY);
  while (cap < need) cap = nextCapacity(cap);
  return cap;
}

function grown<T extends Float64Array | IdArray>(arr: T, need: number, make: (n: number) => T): T {
  if (need <= arr.length) return arr;
  const next = make(capacityFor(arr.length, need));
  next.set(arr);
  return next;
}

const BOOL_NULL = 2;

// Shared read-only backings for columns that hold no value yet (views take subarrays of them).
let nanRun = new Float64Array(0);
let zeroRun = new Uint8Array(0);
let boolNullRun = new Uint8Array(0);
const EMPTY_DICT: readonly string[] = [""];

function nullNumbers(n: number): Float64Array {
  if (nanRun.length < n) nanRun = new Float64Array(capacityFor(nanRun.length, n)).fill(NaN);
  return nanRun.subarray(0, n);
}
function zeroIds(n: number): Uint8Array {
  if (zeroRun.length < n) zeroRun = new Uint8Array(capacityFor(zeroRun.length, n));
  return zeroRun.subarray(0, n);
}
function nullBools(n: number): Uint8Array {
  if (boolNullRun.length < n) boolNullRun = new Uint8Array(capacityFor(boolNullRun.length, n)).fill(BOOL_NULL);
  return boolNullRun.subarray(0, n);
}

/** What the workspace's tables store: sparse writes, views of a row range, and dropping old rows. */
export interface StoredColumnApi {
  readonly type: KustoType;
  /** Rows written or null-filled so far (rows after it are null). */
  readonly length: number;
  /** Stores a non-null converted value at `row` (≥ length); skipped rows become null. */
  put(row: number, v: Value): void;
  /** Read-only view of rows [lo, hi) of a table holding `rows` rows. */
  view(rows: number, lo?: number, hi?: number): ColumnView;
  /** Drops rows [0, n) (retention). */
  dropFirst(n: number): void;
  /** Removes the rows of [lo, hi) whose mask byte is 0, keeping row order (thinning). */
  retain(lo: number, hi: number, mask: KeepMask): void;
}

/** long/int/real/decimal/datetime/timespan, NaN = null. */
export class NumberColumn implements StoredColumnApi {
  data = new Float64Array(0);
  length = 0;
  constructor(readonly type: KustoType) {}
  put(row: number, v: number): void {
    if (row >= this.data.length) this.data = grown(this.data, row + 1, (n) => new Float64Array(n));
    if (row > this.length) this.data.fill(NaN, this.length, row);
    this.data[row] = v;
    this.length = row + 1;
  }
  /** Overwrites one row's value (a row past the filled length is put, padding the skipped rows with null). */
  set(row: number, v: number): void {
    if (row < this.length) this.data[row] = v;
    else this.put(row, v);
  }
  view(rows: number, lo = 0, hi = rows): ColumnView {
    if (this.length === 0) return new FrozenNumberColumn(this.type, nullNumbers(hi - lo), hi - lo);
    this.padTo(rows);
    return new FrozenNumberColumn(this.type, this.data.subarray(lo, hi), hi - lo);
  }
  dropFirst(n: number): void {
    if (n <= 0) return;
    const keep = Math.max(0, this.length - n);
    const next = new Float64Array(keep === 0 ? 0 : fittedCapacity(keep));
    if (keep > 0) next.set(this.data.subarray(n, this.length));
    this.data = next;
    this.length = keep;
  }
  retain(lo: number, hi: number, mask: KeepMask): void {
    this.length = retainTyped(this.data, this.length, lo, hi, mask);
    // Release memory once most of the backing is unused (a thinned day is ~1 % of its dense rows).
    if (this.length * 4 < this.data.length && this.data.length > INITIAL_CAPACITY) {
      this.data = this.data.slice(0, fittedCapacity(this.length));
    }
  }
  private padTo(rows: number): void {
    if (rows <= this.length) return;
    if (rows > this.data.length) this.data = grown(this.data, rows, (n) => new Float64Array(n));
    this.data.fill(NaN, this.length, rows);
    this.length = rows;
  }
}

export class FrozenNumberColumn implements ColumnView {
  constructor(
    readonly type: KustoType,
    readonly data: Float64Array,
    readonly length: number,
  ) {}
  get(i: number): number | null {
    const v = this.data[i];
    return v !== v ? null : v;
  }
}

const RECENT_SLOTS = 64;

/** Past this many distinct values, a column where most values are distinct stops interning. */
const PLAIN_AFTER = 65_536;

function idArray(width: number, n: number): IdArray {
  return width === 1 ? new Uint8Array(n) : width === 2 ? new Uint16Array(n) : new Int32Array(n);
}

/**
 * Strings: each distinct value stored once per column, rows hold ids; "" is Kusto's empty/null
 * string. A column whose values are nearly all distinct (request ids) switches to a plain array:
 * interning them would only add a hash-map entry per row.
 */
export class StringColumn implements StoredColumnApi {
  readonly type: KustoType = "string";
  ids: IdArray = new Uint8Array(0);
  private width = 1;
  length = 0;
  /**
   * True while every row holds id 0 (the column's first value): no ids are stored, and views read
   * the shared all-zero backing. Many columns of a workspace hold one value on every row (tenant,
   * subscription, resource type, category: in the 30-day demo a third of AzureDiagnostics' 48
   * columns, 1.8 M rows each); a row with another id stores them all.
   */
  private uniform = true;
  dict: string[] = [];
  private lookup = new Map<string, number>();
  private lastValue: string | undefined;
  private lastId = -1;
  // A small direct-mapped cache in front of the map: columns cycling through a few values (status,
  // POP, origin) mostly hit it with a pointer comparison instead of a hash lookup.
  private readonly recentValues: (string | undefined)[] = new Array(RECENT_SLOTS);
  private readonly recentIds = new Int32Array(RECENT_SLOTS);
  /** Set once the column stopped interning. */
  plain: PackedStrings | null = null;

  put(row: number, v: string): void {
    if (this.plain) {
      this.plain.put(row, v);
      this.length = row + 1;
      return;
    }
    // Consecutive rows often repeat a value (resource ids, tenant): skip the hash lookup then.
    let id: number;
    if (v === this.lastValue) id = this.lastId;
    else {
      const slot = (v.length * 7 + v.charCodeAt(v.length >> 1)) & (RECENT_SLOTS - 1);
      if (this.recentValues[slot] === v) id = this.recentIds[slot];
      else {
        id = this.intern(v);
        this.recentValues[slot] = v;
        this.recentIds[slot] = id;
      }
    }
    this.lastValue = v;
    this.lastId = id;
    const gap = row > this.length ? this.intern("") : 0;
    if (this.uniform) {
      if (id === 0 && gap === 0) {
        this.length = row + 1;
        return;
      }
      this.materialize(row + 1);
    }
    if (row >= this.ids.length) this.ids = grown<IdArray>(this.ids, row + 1, (n) => idArray(this.width, n));
    if (row > this.length) this.ids.fill(gap, this.length, row);
    this.ids[row] = id;
    this.length = row + 1;
    if (this.dict.length > PLAIN_AFTER && this.dict.length * 2 > this.length) this.toPlain();
  }

  view(rows: number, lo = 0, hi = rows): ColumnView {
    if (this.length === 0) return new FrozenStringColumn(zeroIds(hi - lo), EMPTY_DICT, hi - lo);
    if (this.plain) {
      this.length = Math.max(this.length, rows);
      return this.plain.view(rows, lo, hi);
    }
    if (rows > this.length) {
      const empty = this.intern("");
      if (this.uniform && empty !== 0) this.materialize(rows);
      if (!this.uniform) {
        if (rows > this.ids.length) this.ids = grown<IdArray>(this.ids, rows, (n) => idArray(this.width, n));
        this.ids.fill(empty, this.length, rows);
      }
      this.length = rows;
    }
    if (this.uniform) return new FrozenStringColumn(zeroIds(hi - lo), this.dict, hi - lo);
    return new FrozenStringColumn(this.ids.subarray(lo, hi), this.dict, hi - lo);
  }

  /** Stores the ids of a uniform column (all 0, as a new backing starts) for the rows to come. */
  private materialize(need: number): void {
    this.uniform = false;
    this.ids = idArray(this.width, capacityFor(0, Math.max(need, this.length)));
  }

  dropFirst(n: number): void {
    if (n <= 0) return;
    const keep = Math.max(0, this.length - n);
    if (this.plain) {
      this.plain.dropFirst(n);
      this.length = keep;
      return;
    }
    if (this.uniform) {
      this.length = keep;
      if (keep === 0) this.reset();
      return;
    }
    const rest = this.ids.subarray(Math.min(n, this.length), this.length);
    // Rebuild the dictionary from the surviving rows so values that aged out are released.
    const used = new Int32Array(this.dict.length).fill(-1);
    const dict: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      const id = rest[i];
      if (used[id] === -1) {
        used[id] = dict.length;
        dict.push(this.dict[id]);
      }
    }
    this.width = dict.length > 0xffff ? 4 : dict.length > 0xff ? 2 : 1;
    const ids = idArray(this.width, keep === 0 ? 0 : fittedCapacity(keep));
    for (let i = 0; i < rest.length; i++) ids[i] = used[rest[i]];
    this.ids = ids;
    this.dict = dict;
    this.lookup = new Map(dict.map((s, id) => [s, id]));
    this.recentValues.fill(undefined);
    this.lastValue = undefined;
    this.lastId = -1;
    this.length = keep;
  }

  /** Interned ids compact in place; the dictionary stays (values are few; dropFirst prunes it). */
  retain(lo: number, hi: number, mask: KeepMask): void {
    if (this.plain) {
      this.plain.retain(lo, hi, mask);
      this.length = this.plain.length;
      return;
    }
    if (this.uniform) {
      // Every row is id 0: only how many rows stay matters.
      const end = Math.min(hi, this.length);
      let dropped = 0;
      for (let i = lo; i < end; i++) if (mask[i - lo] === 0) dropped++;
      this.length -= dropped;
      return;
    }
    this.length = retainTyped(this.ids, this.length, lo, hi, mask);
    if (this.length * 4 < this.ids.length && this.ids.length > INITIAL_CAPACITY) {
      this.ids = this.ids.slice(0, fittedCapacity(this.length));
    }
  }

  private intern(v: string): number {
    let id = this.lookup.get(v);
    if (id === undefined) {
      id = this.dict.length;
      this.dict.push(v);
      this.lookup.set(v, id);
      if (id > 0xff && this.width === 1) this.widen(2);
      else if (id > 0xffff && this.width === 2) this.widen(4);
    }
    return id;
  }

  private widen(width: number): void {
    const next = idArray(width, this.ids.length);
    next.set(this.ids);
    this.ids = next;
    this.width = width;
  }

  /** Empty again, uniform: the dictionary starts over. */
  private reset(): void {
    this.ids = new Uint8Array(0);
    this.width = 1;
    this.uniform = true;
    this.dict = [];
    this.lookup = new Map();
    this.recentValues.fill(undefined);
    this.lastValue = undefined;
    this.lastId = -1;
  }

  private toPlain(): void {
    const plain = new PackedStrings();
    for (let i = 0; i < this.length; i++) plain.put(i, this.dict[this.ids[i]]);
    this.plain = plain;
    this.ids = new Uint8Array(0);
    this.dict = [];
    this.lookup = new Map();
    this.lastValue = undefined;
  }
}

export class FrozenStringColumn implements ColumnView {
  readonly type: KustoType = "string";
  constructor(
    readonly ids: IdArray,
    readonly dict: readonly string[],
    readonly length: number,
  ) {}
  get(i: number): string {
    return this.dict[this.ids[i]];
  }
}

export class BoolColumn implements StoredColumnApi {
  readonly type: KustoType = "bool";
  data = new Uint8Array(0);
  length = 0;
  put(row: number, v: boolean): void {
    if (row >= this.data.length) this.data = grown(this.data, row + 1, (n) => new Uint8Array(n));
    if (row > this.length) this.data.fill(BOOL_NULL, this.length, row);
    this.data[row] = v ? 1 : 0;
    this.length = row + 1;
  }
  view(rows: number, lo = 0, hi = rows): ColumnView {
    if (this.length === 0) return new FrozenBoolColumn(nullBools(hi - lo), hi - lo);
    if (rows > this.length) {
      if (rows > this.data.length) this.data = grown(this.data, rows, (n) => new Uint8Array(n));
      this.data.fill(BOOL_NULL, this.length, rows);
      this.length = rows;
    }
    return new FrozenBoolColumn(this.data.subarray(lo, hi), hi - lo);
  }
  dropFirst(n: number): void {
    if (n <= 0) return;
    this.data = this.data.slice(Math.min(n, this.length), this.length);
    this.length = this.data.length;
  }
  retain(lo: number, hi: number, mask: KeepMask): void {
    this.length = retainTyped(this.data, this.length, lo, hi, mask);
  }
}

export class FrozenBoolColumn implements ColumnView {
  readonly type: KustoType = "bool";
  constructor(
    readonly data: Uint8Array,
    readonly length: number,
  ) {}
  get(i: number): boolean | null {
    const v = this.data[i];
    return v === BOOL_NULL ? null : v === 1;
  }
}

/** dynamic and guid: plain JS values. */
export class ValueColumn implements StoredColumnApi {
  data: Value[] = [];
  constructor(readonly type: KustoType) {}
  get length(): number {
    return this.data.length;
  }
  put(row: number, v: Value): void {
    const data = this.data;
    while (data.length < row) data.push(null);
    data.push(v);
  }
  view(rows: number, lo = 0, hi = rows): ColumnView {
    while (this.data.length < rows) this.data.push(null);
    return new ArraySliceColumn(this.type, this.data, lo, hi - lo);
  }
  dropFirst(n: number): void {
    if (n > 0) this.data = this.data.slice(n);
  }
  retain(lo: number, hi: number, mask: KeepMask): void {
    this.data = retainArray(this.data, lo, hi, mask);
  }
}

/** Engine results and fixed snapshots: a JS array of values. */
export class ArrayColumn implements ColumnView {
  constructor(
    readonly type: KustoType,
    readonly data: readonly Value[],
    readonly length: number = data.length,
  ) {}
  get(i: number): Value {
    return this.data[i];
  }
}

/** `length` values of a JS array starting at `offset`, without copying them. */
export class ArraySliceColumn implements ColumnView {
  constructor(
    readonly type: KustoType,
    private readonly data: readonly Value[],
    private readonly offset: number,
    readonly length: number,
  ) {}
  get(i: number): Value {
    return this.data[this.offset + i];
  }
}

export type StoredColumn = NumberColumn | StringColumn | BoolColumn | ValueColumn;

export function newStoredColumn(type: KustoType): StoredColumn {
  if (NUMERIC_STORAGE.has(type)) return new NumberColumn(type);
  if (type === "string") return new StringColumn();
  if (type === "bool") return new BoolColumn();
  return new ValueColumn(type);
}
