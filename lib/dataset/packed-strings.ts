/**
 * Strings that are nearly all distinct (request and operation ids): UTF-8 bytes back to back with
 * an end offset per row, about a quarter of the memory of JS strings and no object per row for the
 * garbage collector to trace. Reading a row decodes it (such columns are rarely read).
 */
import type { KustoType } from "../telemetry/schemas";
import { fittedCapacity, nextCapacity } from "./capacity";
import type { ColumnView } from "./column-view";
import { retainPacked, type KeepMask } from "./retain";

const encoder = new TextEncoder();
/** What a 32-bit end offset can address. */
const MAX_BYTES = 0xffff_ffff;
const decoder = new TextDecoder();

function grownBytes(arr: Uint8Array<ArrayBufferLike>, need: number): Uint8Array<ArrayBufferLike> {
  if (need <= arr.length) return arr;
  let cap = Math.max(nextCapacity(arr.length), 4096);
  while (cap < need) cap = nextCapacity(cap);
  const next = new Uint8Array(cap);
  next.set(arr);
  return next;
}

function grownEnds(arr: Uint32Array<ArrayBufferLike>, need: number): Uint32Array<ArrayBufferLike> {
  if (need <= arr.length) return arr;
  let cap = Math.max(nextCapacity(arr.length), 1024);
  while (cap < need) cap = nextCapacity(cap);
  const next = new Uint32Array(cap);
  next.set(arr);
  return next;
}

function decode(bytes: Uint8Array<ArrayBufferLike>, start: number, end: number, ascii: boolean): string {
  if (end === start) return "";
  if (ascii && end - start <= 64) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  return decoder.decode(bytes.subarray(start, end));
}

export interface PackedImage {
  bytes: Uint8Array;
  ends: Uint32Array;
  used: number;
  ascii: boolean;
  length: number;
}

export class PackedStrings {
  private bytes: Uint8Array<ArrayBufferLike> = new Uint8Array(0);
  /**
   * ends[i]: byte offset just past row i (row i starts at ends[i - 1], or 0). 32 bits: half the
   * memory of a double per row (the 30-day demo has ~2.8 M such rows), and one column's text is
   * far below 4 GiB (put refuses beyond).
   */
  private ends: Uint32Array<ArrayBufferLike> = new Uint32Array(0);
  private used = 0;
  private ascii = true;
  length = 0;

  /** Appends `v` as row `row`; rows skipped since the last value are "". */
  put(row: number, v: string): void {
    this.padTo(row);
    let n = v.length;
    let ascii = true;
    for (let i = 0; i < n; i++) {
      if (v.charCodeAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      this.bytes = grownBytes(this.bytes, this.used + n);
      const bytes = this.bytes;
      for (let i = 0; i < n; i++) bytes[this.used + i] = v.charCodeAt(i);
    } else {
      this.ascii = false;
      this.bytes = grownBytes(this.bytes, this.used + n * 3);
      n = encoder.encodeInto(v, this.bytes.subarray(this.used)).written;
    }
    if (this.used + n > MAX_BYTES) throw new RangeError(`a string column holds more than ${MAX_BYTES} bytes of text`);
    this.used += n;
    this.ends = grownEnds(this.ends, row + 1);
    this.ends[row] = this.used;
    this.length = row + 1;
  }

  padTo(rows: number): void {
    if (rows <= this.length) return;
    this.ends = grownEnds(this.ends, rows);
    this.ends.fill(this.used, this.length, rows);
    this.length = rows;
  }

  view(rows: number, lo: number, hi: number): ColumnView {
    this.padTo(rows);
    return new PackedStringView(this.bytes, this.ends, lo, hi - lo, this.ascii);
  }

  dropFirst(n: number): void {
    if (n <= 0) return;
    const cut = Math.min(n, this.length);
    const from = cut === 0 ? 0 : this.ends[cut - 1];
    const keep = this.length - cut;
    const bytes = new Uint8Array(fittedCapacity(this.used - from, 4096));
    bytes.set(this.bytes.subarray(from, this.used));
    this.bytes = bytes;
    const ends = new Uint32Array(fittedCapacity(keep));
    for (let i = 0; i < keep; i++) ends[i] = this.ends[cut + i] - from;
    this.ends = ends;
    this.used -= from;
    this.length = keep;
  }

  /** The filled bytes and offsets, for a workspace image (image.ts). */
  image(): PackedImage {
    return { bytes: this.bytes.slice(0, this.used), ends: this.ends.slice(0, this.length), used: this.used, ascii: this.ascii, length: this.length };
  }
  static fromImage(img: PackedImage): PackedStrings {
    // The image's keys are exactly the fields (bytes, ends, used, ascii, length).
    return Object.assign(new PackedStrings(), img);
  }

  /** Removes the rows of [lo, hi) whose mask byte is 0 (bytes and offsets compacted in place). */
  retain(lo: number, hi: number, mask: KeepMask): void {
    const out = retainPacked(this.bytes, this.ends, this.length, lo, hi, mask);
    this.used = out.used;
    this.length = out.length;
  }
}

export class PackedStringView implements ColumnView {
  readonly type: KustoType = "string";
  constructor(
    private readonly bytes: Uint8Array<ArrayBufferLike>,
    private readonly ends: Uint32Array<ArrayBufferLike>,
    private readonly offset: number,
    readonly length: number,
    private readonly ascii: boolean,
  ) {}
  get(i: number): string {
    const r = this.offset + i;
    return decode(this.bytes, r === 0 ? 0 : this.ends[r - 1], this.ends[r], this.ascii);
  }
  /** Row i's UTF-8 length in bytes, without decoding it (billed-size.ts). */
  byteLength(i: number): number {
    const r = this.offset + i;
    return this.ends[r] - (r === 0 ? 0 : this.ends[r - 1]);
  }
}
