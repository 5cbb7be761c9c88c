/** How big a growable column backing becomes (columns.ts, packed-strings.ts). */

/**
 * Past a million elements a backing grows by a quarter, not double: the 30-day demo's columns are
 * ~260 MB, and doubling left up to half of a big column's backing unused (measured 18 % overall).
 */
const LARGE = 1 << 20;
export const nextCapacity = (cap: number): number => (cap < LARGE ? cap * 2 : cap + (cap >> 2));

/** Backing for `n` kept rows (hourly compaction): an eighth of headroom for the rows to come, not the next power of two. */
export function fittedCapacity(n: number, least = 1024): number {
  return Math.max(least, n + (n >> 3));
}
