/**
 * Thinning a row range in place (Workspace.retain): rows [lo, hi) whose mask byte is 0 are removed,
 * rows before lo and from hi on keep their order, so a time-ordered table stays time-ordered.
 * Each function works on one column's backing store, whose `length` may be shorter than the
 * table's (rows past it are null and stay null: they only move down).
 */

/** Keep mask for rows [lo, hi): mask[i - lo] !== 0 keeps row i. */
export type KeepMask = Uint8Array;

/**
 * A keep mask plus new values for some kept rows of one number column (rows indexed like the mask),
 * so thinning can merge rows into one that carries their sum instead of losing it.
 */
export interface Thinning {
  keep: KeepMask;
  rewrite?: { column: string; rows: readonly number[]; values: readonly number[] };
}

/**
 * Compacts a typed array of `length` filled rows; returns the new filled length. Works in place
 * (writes never overtake reads).
 */
export function retainTyped<T extends Float64Array | Uint8Array | Uint16Array | Int32Array>(
  data: T,
  length: number,
  lo: number,
  hi: number,
  mask: KeepMask,
): number {
  if (length <= lo) return length;
  const end = Math.min(hi, length);
  let w = lo;
  for (let i = lo; i < end; i++) if (mask[i - lo] !== 0) data[w++] = data[i];
  if (hi < length) {
    data.copyWithin(w, hi, length);
    w += length - hi;
  }
  return w;
}

/** The same for a JS array (dynamic / guid columns); returns the new array. */
export function retainArray<T>(data: T[], lo: number, hi: number, mask: KeepMask): T[] {
  if (data.length <= lo) return data;
  const end = Math.min(hi, data.length);
  const out = data.slice(0, lo);
  for (let i = lo; i < end; i++) if (mask[i - lo] !== 0) out.push(data[i]);
  for (let i = end; i < data.length; i++) out.push(data[i]);
  return out;
}

/**
 * Packed strings: bytes back to back with an end offset per row. Returns the new used byte count
 * and filled length (bytes and ends are rewritten in place).
 */
export function retainPacked(
  bytes: Uint8Array<ArrayBufferLike>,
  ends: Uint32Array<ArrayBufferLike>,
  length: number,
  lo: number,
  hi: number,
  mask: KeepMask,
): { used: number; length: number } {
  const used = length === 0 ? 0 : ends[length - 1];
  if (length <= lo) return { used, length };
  let wRow = lo;
  let wByte = lo === 0 ? 0 : ends[lo - 1];
  for (let i = lo; i < length; i++) {
    const keep = i >= hi || mask[i - lo] !== 0;
    if (!keep) continue;
    const start = i === 0 ? 0 : ends[i - 1];
    const end = ends[i];
    if (start !== wByte) bytes.copyWithin(wByte, start, end);
    wByte += end - start;
    ends[wRow++] = wByte;
  }
  return { used: wByte, length: wRow };
}
