/**
 * Column storage shared by the embedded workspace and the query engine. Numbers, datetimes
 * (epoch milliseconds) and timespans (milliseconds) live in growable Float64Arrays with NaN for
 * null; strings are interned per column; bools are bytes; dynamic and guid values stay JS values.
 */
import type { KustoType } from "../telemetry/schemas";

/** A value as the engine sees it: numbers for long/int/real/datetime/timespan, JSON values for dynamic. */
export type Value = number | string | boolean | null | object;

/** Read-only view every column offers; `length` is fixed for a query's snapshot. */
export interface ColumnView {
  readonly type: KustoType;
  readonly length: number;
  get(i: number): Value;
}

export const NUMERIC_STORAGE = new Set<KustoType>(["long", "int", "real", "decimal", "datetime", "timespan"]);

const INITIAL_CAPACITY = 1024;

/** Interned string ids: 1 byte per row while a column has ≤ 256 distinct values, then 2, then 4. */
export type IdArray = Uint8Array | Uint16Array | Int32Array;

function grown<T extends Float64Array | IdArray>(arr: T, need: number, make: (n: number) => T): T {
  if (need <= arr.length) return arr;
  let cap = Math.max(arr.length * 2, INITIAL_CAPACITY);
  while (cap < need) cap *= 2;
  const next = make(cap);
  next.set(arr);
  return next;
}

/** long/int/real/decimal/datetime/timespan, NaN = null. */
export class NumberColumn implements ColumnView {
  data = new Float64Array(0);
  length = 0;
  constructor(readonly type: KustoType) {}
  push(v: number | null): void {
    if (this.length === this.data.length) this.data = grown(this.data, this.length + 1, (n) => new Float64Array(n));
    this.data[this.length++] = v === null ? NaN : v;
  }
  get(i: number): number | null {
    const v = this.data[i];
    return v !== v ? null : v;
  }
  snapshot(): ColumnView {
    return new FrozenNumberColumn(this.type, this.data, this.length);
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

/** Interned strings: each distinct value is stored once per column; "" is Kusto's empty/null string. */
export class StringColumn implements ColumnView {
  readonly type: KustoType = "string";
  ids: IdArray = new Uint8Array(0);
  private maxId = 0xff;
  length = 0;
  readonly dict: string[] = [];
  private readonly lookup = new Map<string, number>();
  private lastValue: string | undefined;
  private lastId = -1;
  push(v: string): void {
    // Consecutive rows often repeat a value (resource ids, tenant): skip the hash lookup then.
    let id = v === this.lastValue ? this.lastId : this.lookup.get(v);
    this.lastValue = v;
    if (id === undefined) {
      id = this.dict.length;
      this.dict.push(v);
      this.lookup.set(v, id);
    }
    this.lastId = id;
    if (id > this.maxId) this.widen(id);
    if (this.length === this.ids.length) {
      const make = this.ids instanceof Uint8Array ? (n: number) => new Uint8Array(n) : this.ids instanceof Uint16Array ? (n: number) => new Uint16Array(n) : (n: number) => new Int32Array(n);
      this.ids = grown<IdArray>(this.ids, this.length + 1, make);
    }
    this.ids[this.length++] = id;
  }
  get(i: number): string {
    return this.dict[this.ids[i]];
  }
  snapshot(): ColumnView {
    return new FrozenStringColumn(this.ids, this.dict, this.length);
  }
  private widen(id: number): void {
    const next = id > 0xffff ? new Int32Array(this.ids.length) : new Uint16Array(this.ids.length);
    next.set(this.ids);
    this.ids = next;
    this.maxId = id > 0xffff ? 0x7fffffff : 0xffff;
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

const BOOL_NULL = 2;

export class BoolColumn implements ColumnView {
  readonly type: KustoType = "bool";
  data = new Uint8Array(0);
  length = 0;
  push(v: boolean | null): void {
    if (this.length === this.data.length) this.data = grown(this.data, this.length + 1, (n) => new Uint8Array(n));
    this.data[this.length++] = v === null ? BOOL_NULL : v ? 1 : 0;
  }
  get(i: number): boolean | null {
    const v = this.data[i];
    return v === BOOL_NULL ? null : v === 1;
  }
  snapshot(): ColumnView {
    const { data, length } = this;
    return { type: "bool", length, get: (i: number) => (data[i] === BOOL_NULL ? null : data[i] === 1) };
  }
}

/** dynamic and guid: plain JS values. */
export class ValueColumn implements ColumnView {
  readonly data: Value[] = [];
  constructor(readonly type: KustoType) {}
  get length(): number {
    return this.data.length;
  }
  push(v: Value): void {
    this.data.push(v);
  }
  get(i: number): Value {
    return this.data[i];
  }
  snapshot(): ColumnView {
    return new ArrayColumn(this.type, this.data, this.data.length);
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

export type StoredColumn = NumberColumn | StringColumn | BoolColumn | ValueColumn;

export function newStoredColumn(type: KustoType): StoredColumn {
  if (NUMERIC_STORAGE.has(type)) return new NumberColumn(type);
  if (type === "string") return new StringColumn();
  if (type === "bool") return new BoolColumn();
  return new ValueColumn(type);
}
