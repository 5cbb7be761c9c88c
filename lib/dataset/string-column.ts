import type { KustoType } from "../telemetry/schemas";
import { capacityFor, EMPTY_DICT, grown, INITIAL_CAPACITY, zeroIds, type IdArray } from "./backing";
import { fittedCapacity } from "./capacity";
import type { ColumnView } from "./column-view";
import { PackedStrings, type PackedImage } from "./packed-strings";
import { retainTyped, type KeepMask } from "./retain";
import type { StoredColumnApi } from "./stored-column";

const RECENT_SLOTS = 64;

export interface StringImage {
  kind: "string";
  length: number;
  width: number;
  uniform: boolean;
  dict: string[];
  ids: IdArray | null;
  plain: PackedImage | null;
}

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

  /** The column's state, for a workspace image (image.ts); the lookup caches are rebuilt on restore. */
  image(): StringImage {
    if (this.plain) return { kind: "string", length: this.length, width: this.width, uniform: this.uniform, dict: [], ids: null, plain: this.plain.image() };
    const ids = this.uniform ? null : this.ids.slice(0, this.length);
    return { kind: "string", length: this.length, width: this.width, uniform: this.uniform, dict: this.dict, ids, plain: null };
  }
  restore(img: StringImage): void {
    this.length = img.length;
    this.width = img.width;
    this.uniform = img.uniform;
    this.dict = img.dict;
    this.lookup = new Map(img.dict.map((s, id) => [s, id]));
    this.ids = img.ids ?? new Uint8Array(0);
    this.plain = img.plain ? PackedStrings.fromImage(img.plain) : null;
    this.recentValues.fill(undefined);
    this.lastValue = undefined;
    this.lastId = -1;
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
