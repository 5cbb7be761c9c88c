/**
 * Growable typed-array backings of the stored columns, and the shared read-only all-null backings
 * that views of never-written columns read (one per process, sized to the longest such view).
 */
import { nextCapacity } from "./capacity";

/** Interned string ids: 1 byte per row while a column has ≤ 256 distinct values, then 2, then 4. */
export type IdArray = Uint8Array | Uint16Array | Int32Array;

export const INITIAL_CAPACITY = 1024;

export function capacityFor(current: number, need: number): number {
  let cap = Math.max(nextCapacity(current), INITIAL_CAPACITY);
  while (cap < need) cap = nextCapacity(cap);
  return cap;
}

export function grown<T extends Float64Array | IdArray>(arr: T, need: number, make: (n: number) => T): T {
  if (need <= arr.length) return arr;
  const next = make(capacityFor(arr.length, need));
  next.set(arr);
  return next;
}

/** A bool column's null byte (0 false, 1 true). */
export const BOOL_NULL = 2;

// Shared read-only backings for columns that hold no value yet (views take subarrays of them).
let nanRun = new Float64Array(0);
let zeroRun = new Uint8Array(0);
let boolNullRun = new Uint8Array(0);
export const EMPTY_DICT: readonly string[] = [""];

export function nullNumbers(n: number): Float64Array {
  if (nanRun.length < n) nanRun = new Float64Array(capacityFor(nanRun.length, n)).fill(NaN);
  return nanRun.subarray(0, n);
}
export function zeroIds(n: number): Uint8Array {
  if (zeroRun.length < n) zeroRun = new Uint8Array(capacityFor(zeroRun.length, n));
  return zeroRun.subarray(0, n);
}
export function nullBools(n: number): Uint8Array {
  if (boolNullRun.length < n) boolNullRun = new Uint8Array(capacityFor(boolNullRun.length, n)).fill(BOOL_NULL);
  return boolNullRun.subarray(0, n);
}
