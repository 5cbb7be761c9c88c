import type { KustoType } from "../telemetry/schemas";
import type { ColumnView, Value } from "./column-view";
import { retainArray, type KeepMask } from "./retain";
import type { StoredColumnApi } from "./stored-column";

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
  /** The values, for a workspace image (image.ts checks they are plain JSON-like data). */
  image(): { kind: "value"; data: Value[] } {
    return { kind: "value", data: this.data };
  }
  restore(img: { data: Value[] }): void {
    this.data = img.data;
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
