import type { KustoType } from "../telemetry/schemas";
import { BOOL_NULL, grown, nullBools } from "./backing";
import type { ColumnView } from "./column-view";
import { retainTyped, type KeepMask } from "./retain";
import type { StoredColumnApi } from "./stored-column";

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
  /** The filled rows, for a workspace image (image.ts). */
  image(): { kind: "bool"; length: number; data: Uint8Array<ArrayBuffer> } {
    return { kind: "bool", length: this.length, data: this.data.slice(0, this.length) };
  }
  restore(img: { length: number; data: Uint8Array<ArrayBuffer> }): void {
    this.data = img.data;
    this.length = img.length;
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
