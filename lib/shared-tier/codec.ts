import { gunzipSync, gzipSync } from "node:zlib";

/**
 * Values kept in Redis are gzip'd JSON. The size rule: a value whose compressed form is larger than
 * this is not shared (the replica that computed it keeps it in its local cache and the other replicas
 * run the query themselves). Query results are mostly repetitive text and compress ~10×, so this
 * covers ~80 MB of JSON, more than Log Analytics' own 64 MB result limit; Redis itself would take
 * 512 MB, but a multi-megabyte value blocks the single-threaded server for every replica.
 */
export const MAX_SHARED_BYTES = 8 * 1024 * 1024;

export function encode(value: unknown): Buffer | undefined {
  const packed = gzipSync(JSON.stringify(value), { level: 1 });
  return packed.length > MAX_SHARED_BYTES ? undefined : packed;
}

export function decode<T>(packed: Buffer): T {
  return JSON.parse(gunzipSync(packed).toString("utf8")) as T;
}
