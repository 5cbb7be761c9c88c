import type { KustoType } from "../telemetry/schemas";
import { grown, INITIAL_CAPACITY, nullNumbers } from "./backing";
import { fittedCapacity } from "./capacity";
import type { ColumnView } from "./column-view";
import { retainTyped, type KeepMask } from "./retain";
import type { StoredColumnApi } from "./stored-column";

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
  /** The filled rows, for a workspace image (image.ts). */
  image(): { kind: "number"; length: number; data: Float64Array<ArrayBuffer> } {
    return { kind: "number", length: this.length, data: this.data.slice(0, this.length) };
  }
  restore(img: { length: number; data: Float64Array<ArrayBuffer> }): void {
    this.data = img.data;
    this.length = img.length;
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
