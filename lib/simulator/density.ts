import type { Episodes, Span } from "./scenarios";

/**
 * Access-log sampling. Dense (20 sampled rows a second at mean traffic, at least ~15) within an hour of
 * every scenario window and from `denseFrom` on (the live window); sparse (about 0.2) elsewhere.
 * The rate follows the true traffic curve, so ratios (error ratio, share per origin) stay right;
 * absolute counts come from AzureMetrics RequestCount, which carries the true totals.
 */
export const SAMPLING = {
  denseAccessRowsPerSecond: 20,
  sparseAccessRowsPerSecond: 0.2,
  denseMarginSeconds: 3600,
  liveDenseHours: 6,
  cosmosSliceSecondsDense: 10,
  cosmosSliceSecondsSparse: 60,
  // Requests per region, operation and dense slice written as themselves (the rest of the slice's RU in one row).
  cosmosSampledRequestsDense: 2,
  denseWritesPerSecondPerRegion: 1,
  sparseWritesPerSecondPerRegion: 1 / 60,
} as const;

export class Density {
  private readonly spans: Span[];

  /** `denseFrom`: start of the live (always dense) window, in seconds; Infinity for none. */
  constructor(episodes: Episodes, denseFrom: number) {
    const raw: Span[] = episodes.placements
      .filter((p) => p.name !== "steady")
      .map((p) => ({ start: p.start - SAMPLING.denseMarginSeconds, end: p.end + SAMPLING.denseMarginSeconds }));
    if (Number.isFinite(denseFrom)) raw.push({ start: denseFrom, end: Number.POSITIVE_INFINITY });
    raw.sort((a, b) => a.start - b.start);
    const merged: Span[] = [];
    for (const s of raw) {
      const last = merged[merged.length - 1];
      if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
      else merged.push({ ...s });
    }
    this.spans = merged;
  }

  isDense(t: number): boolean {
    for (const s of this.spans) {
      if (t < s.start) return false;
      if (t < s.end) return true;
    }
    return false;
  }

  describe(): { from: string; to: string | null }[] {
    return this.spans.map((s) => ({
      from: new Date(s.start * 1000).toISOString(),
      to: Number.isFinite(s.end) ? new Date(s.end * 1000).toISOString() : null,
    }));
  }
}
