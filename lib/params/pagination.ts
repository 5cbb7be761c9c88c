import { fail, ok, quote, single, type ParamResult, type RawParam } from "./result";

export const MAX_LIMIT = 1000;
/** Rows a page of `/api/signals/<name>/rows` holds without `limit` (docs/security.md states it; a test compares). */
export const ROWS_DEFAULT_LIMIT = 200;
export const LIMIT_ALLOWED = `a whole number from 1 to ${MAX_LIMIT}`;
/** Cursors are opaque base64url tokens made by the server; the shape check keeps junk out early. */
export const CURSOR_ALLOWED = "an opaque cursor returned by a previous page (base64url, at most 512 characters)";

export interface Pagination {
  limit: number;
  cursor: string | undefined;
}

export function parseLimit(raw: RawParam, defaultLimit = 100, parameter = "limit"): ParamResult<number> {
  const value = single(parameter, raw, LIMIT_ALLOWED);
  if (!value.ok) return value;
  if (value.value === undefined || value.value === "") return ok(defaultLimit);
  if (!/^-?\d+$/.test(value.value)) return fail(parameter, `${quote(value.value)} is not a whole number`, LIMIT_ALLOWED);
  // Any other whole number is out of range, however long (`limit=100000000` read "is not a whole number").
  const n = /^\d{1,4}$/.test(value.value) ? Number(value.value) : Number.NaN;
  if (!(n >= 1 && n <= MAX_LIMIT)) return fail(parameter, `${quote(value.value)} is out of range`, LIMIT_ALLOWED);
  return ok(n);
}

export function parseCursor(raw: RawParam, parameter = "cursor"): ParamResult<string | undefined> {
  const value = single(parameter, raw, CURSOR_ALLOWED);
  if (!value.ok) return value;
  if (value.value === undefined || value.value === "") return ok(undefined);
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(value.value)) return fail(parameter, `${quote(value.value)} is not a cursor`, CURSOR_ALLOWED);
  return ok(value.value);
}

export function parsePagination(input: { limit?: RawParam; cursor?: RawParam }, defaultLimit = 100): ParamResult<Pagination> {
  const limit = parseLimit(input.limit, defaultLimit);
  if (!limit.ok) return limit;
  const cursor = parseCursor(input.cursor);
  if (!cursor.ok) return cursor;
  return ok({ limit: limit.value, cursor: cursor.value });
}

/**
 * Cursor encoding for offsets: base64url of the decimal offset, and of the page's `stamp` after a colon
 * when given (serve-series.ts stamps the query, window and region a cursor pages through).
 */
export function encodeOffsetCursor(offset: number, stamp?: string): string {
  return Buffer.from(stamp ? `${offset}:${stamp}` : String(offset), "utf8").toString("base64url");
}

export interface OffsetCursor {
  offset: number;
  /** What the cursor was made for; undefined for a bare offset. */
  stamp: string | undefined;
}

export function decodeOffsetCursor(cursor: string | undefined, parameter = "cursor"): ParamResult<OffsetCursor> {
  if (cursor === undefined) return ok({ offset: 0, stamp: undefined });
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^(\d{1,9})(?::([0-9a-f]{1,64}))?$/.exec(text);
  if (!match) return fail(parameter, `${quote(cursor)} is not a cursor this server made`, CURSOR_ALLOWED);
  return ok({ offset: Number(match[1]), stamp: match[2] });
}
