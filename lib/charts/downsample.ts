import type { SeriesPoint } from "./types";

/**
 * Reduces a series to at most `maxPoints` by equal time buckets, keeping per bucket the point
 * with the largest value: lag, errors and saturation spikes are what on-call looks for, and an
 * average would hide them. A bucket with only gaps stays a gap.
 */
export function downsampleMax(points: readonly SeriesPoint[], maxPoints: number): SeriesPoint[] {
  const limit = Math.max(1, Math.floor(maxPoints));
  if (points.length <= limit) return [...points];
  const first = points[0].t;
  const last = points[points.length - 1].t;
  const span = last - first || 1;
  const buckets: (SeriesPoint | null)[] = new Array(limit).fill(null);
  const seen: boolean[] = new Array(limit).fill(false);
  for (const p of points) {
    const i = Math.min(limit - 1, Math.floor(((p.t - first) / span) * limit));
    const current = buckets[i];
    if (!seen[i]) {
      buckets[i] = p;
      seen[i] = true;
    } else if (p.v !== null && (current === null || current.v === null || p.v > current.v)) {
      buckets[i] = p;
    }
  }
  return buckets.filter((p): p is SeriesPoint => p !== null);
}
