/**
 * Probe blindness on every origin at once (docs/signals.md "Every origin probe-blind"). SIGNALS 3.3's
 * lying probe is one origin failing while its probes pass. When Front Door itself fails, its access log
 * charges the edge's errors to each origin, so every origin reads probe-blind over the same minutes: the
 * failure is in front of them, and "its requests failed" on each row sends the NOC to the wrong place.
 * Pure; times are epoch milliseconds.
 */
import { PROBE_BLIND_MIN_MS, type Span } from "./blindness";

/** The parts of time covered by both lists (each sorted, non-overlapping within itself). */
export function intersectSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const x of a) {
    for (const y of b) {
      const fromMs = Math.max(x.fromMs, y.fromMs);
      const toMs = Math.min(x.toMs, y.toMs);
      if (toMs > fromMs) out.push({ fromMs, toMs });
    }
  }
  return out.sort((p, q) => p.fromMs - q.fromMs);
}

/**
 * Spans in which every origin was probe-blind at the same time for at least `minMs` (the blindness
 * rule's own 5 minutes: a shorter common stretch is two lying probes that happened to overlap). One
 * origin alone never qualifies: with nothing to compare it with, it is SIGNALS 3.3's lying probe.
 * `byOrigin`: each origin's probe-blind spans; an origin with none (healthy edge traffic, or no data)
 * keeps the rule from firing.
 */
export function everyOriginBlindSpans(byOrigin: readonly (readonly Span[])[], minMs = PROBE_BLIND_MIN_MS): Span[] {
  if (byOrigin.length < 2) return [];
  const [first, ...rest] = byOrigin;
  return rest
    .reduce<Span[]>((common, spans) => intersectSpans(common, spans), [...first].sort((p, q) => p.fromMs - q.fromMs))
    .filter((s) => s.toMs - s.fromMs >= minMs);
}

/** The latest every-origin span that `span` overlaps, or null: what that origin's blindness was part of. */
export function everyOriginSpanOf(span: Span, common: readonly Span[]): Span | null {
  const overlapping = common.filter((c) => c.fromMs < span.toMs && c.toMs > span.fromMs);
  return overlapping.length > 0 ? overlapping.reduce((a, b) => (b.toMs > a.toMs ? b : a)) : null;
}
