/**
 * Origin error bins and probe blindness (shared/SIGNALS.md 3.3): an origin the probes call
 * healthy while its own requests fail. Pure; times are epoch milliseconds.
 */

export const BIN_MS = 10_000;
/** An origin's requests are failing when their error ratio (5xx or status 0) is at least this. */
export const ORIGIN_ERROR_RATIO = 0.05;
export const PROBE_BLIND_MIN_MS = 5 * 60_000;

/** A 10 s bin in which the origin's error ratio was ≥ 0.05 (the query returns only those). */
export interface OriginErrorBin {
  origin: string;
  binStartMs: number;
  requests: number;
  bad: number;
}

export interface Span {
  fromMs: number;
  toMs: number;
}

/**
 * Unbroken runs of consecutive 10 s bins (sorted starts). A bin without requests has no error
 * ratio, so it breaks a run like a good bin does.
 */
export function binRuns(binStarts: readonly number[], binMs = BIN_MS): Span[] {
  const sorted = [...new Set(binStarts)].sort((a, b) => a - b);
  const runs: Span[] = [];
  for (const start of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.toMs === start) last.toMs = start + binMs;
    else runs.push({ fromMs: start, toMs: start + binMs });
  }
  return runs;
}

/**
 * Start of the unbroken run of error bins that reaches the flip: its last bin is the one ending at
 * the flip or the one starting there. Null when neither bin was an error bin.
 */
export function errorRunStartAt(binStarts: readonly number[], flipAtMs: number, binMs = BIN_MS): number | null {
  for (const run of binRuns(binStarts, binMs)) {
    if (run.fromMs <= flipAtMs && run.toMs >= flipAtMs) return run.fromMs;
  }
  return null;
}

/** The parts of `span` outside every interval of `holes` (intervals with toMs null run on forever). */
export function subtractIntervals(span: Span, holes: readonly { fromMs: number; toMs: number | null }[]): Span[] {
  let pieces: Span[] = [span];
  for (const hole of holes) {
    const holeEnd = hole.toMs ?? Number.POSITIVE_INFINITY;
    pieces = pieces.flatMap((p) => {
      if (holeEnd <= p.fromMs || hole.fromMs >= p.toMs) return [p];
      const out: Span[] = [];
      if (hole.fromMs > p.fromMs) out.push({ fromMs: p.fromMs, toMs: hole.fromMs });
      if (holeEnd < p.toMs) out.push({ fromMs: holeEnd, toMs: p.toMs });
      return out;
    });
  }
  return pieces;
}

/**
 * Spans of ≥ 5 minutes in which the origin's requests kept failing (every 10 s bin ≥ 0.05) while
 * the probe rule called it healthy.
 */
export function probeBlindSpans(
  errorBinStarts: readonly number[],
  unhealthy: readonly { fromMs: number; toMs: number | null }[],
  minMs = PROBE_BLIND_MIN_MS,
): Span[] {
  return binRuns(errorBinStarts)
    .flatMap((run) => subtractIntervals(run, unhealthy))
    .filter((s) => s.toMs - s.fromMs >= minMs);
}
