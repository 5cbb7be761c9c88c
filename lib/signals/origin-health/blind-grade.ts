import { blindSpanOngoing, flappingReason, probeBlindEveryOriginReason, probeBlindRangeReason, probeBlindReason, unhealthyFlappingReason } from "@/lib/format/reasons";
import type { ProbeBlindSpan } from "@/lib/snapshot/types";
import type { RegionOriginHealth } from "./state";

/** A region's flapping span (lib/signals/origin-health: flips counted, first and last flip). */
export interface FlappingSpan {
  region: string;
  from: string;
  to: string;
  flips: number;
}

const maxIso = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);
const minIso = (a: string, b: string) => (Date.parse(a) <= Date.parse(b) ? a : b);

/** A probe-blind or flapping span this recent still colours the present, as it does the signal's status. */
export const PROBE_BLIND_RECENT_MS = 60 * 60_000;

/**
 * A region row's origin grade with probe blindness (SIGNALS 3.3, the "lying probe") and flapping. Front Door's
 * probes pass the origin, so it is not UNHEALTHY, but its requests fail: "✓ healthy" on the Regions
 * row and a green wall tile would repeat the probe's lie, which is what kept traffic on a failing region
 * for 28 minutes in the seeds. WARN, with when, while a span is within the last hour (the signal's
 * own rule); in the range, WARN for the blind time unless it holds a breach already. A span every origin
 * shared (ProbeBlindSpan.everyOrigin) keeps the WARN but says the failure is likely Front Door's.
 */
export function withProbeBlindness(
  rows: readonly RegionOriginHealth[],
  blind: readonly ProbeBlindSpan[],
  range: { from: Date; to: Date },
  flapping: readonly FlappingSpan[] = [],
): RegionOriginHealth[] {
  const fromMs = range.from.getTime();
  const toMs = range.to.getTime();
  const recent = (s: { to: string }) => Date.parse(s.to) >= toMs - PROBE_BLIND_RECENT_MS;
  return rows.map((input) => {
    // Flapping (SIGNALS 3.3: 3 or more flips in 30 min) warns the same way: an origin Front Door keeps
    // evicting and re-admitting is not "✓ healthy" in the minute it happens to be admitted.
    const flap = flapping.filter((f) => f.region === input.id && recent(f)).at(-1);
    const row = flap ? withFlapping(input, flap) : input;
    const spans = blind.filter((s) => s.region === row.id);
    if (spans.length === 0) return row;
    const latest = spans.reduce((a, b) => (Date.parse(b.to) > Date.parse(a.to) ? b : a));
    // Every origin blind at once: the same WARN, but the words point in front of the origins (Front Door).
    const reason = latest.everyOrigin ? probeBlindEveryOriginReason(latest.everyOrigin, range.to.toISOString()) : probeBlindReason(latest, range.to.toISOString());
    const now = row.originStatus !== "breach" && row.originStatus !== "no-data" && recent(latest) ? { originStatus: "warn" as const, originReason: reason, probeBlindNow: ownFailureNow(latest, range.to.toISOString()) } : {};
    if (row.rangeWorst.status !== "ok") return { ...row, ...now };
    const inRange = (s: { from: string; to: string }) => Math.max(0, Math.min(toMs, Date.parse(s.to)) - Math.max(fromMs, Date.parse(s.from)));
    const seconds = spans.reduce((sum, s) => sum + inRange(s), 0) / 1000;
    const everyOrigin = spans.reduce((sum, s) => sum + (s.everyOrigin ? inRange({ from: maxIso(s.from, s.everyOrigin.from), to: minIso(s.to, s.everyOrigin.to) }) : 0), 0) / 1000;
    return { ...row, ...now, rangeWorst: { status: "warn", overBudgetSeconds: seconds, reason: probeBlindRangeReason(seconds, everyOrigin) } };
  });
}

/**
 * Flapping said on the row: between evictions it WARNs (not "✓ healthy"); evicted again it stays
 * BREACH, and the reason says it is the flapping origin's latest eviction, not a first outage.
 */
function withFlapping(row: RegionOriginHealth, flap: FlappingSpan): RegionOriginHealth {
  if (row.originStatus === "ok") return { ...row, originStatus: "warn", originReason: flappingReason(flap) };
  if (row.originStatus === "breach") return { ...row, originReason: unhealthyFlappingReason(flap) };
  return row;
}

/**
 * The region's own requests failing now (the survivor rule, saturation/regions.ts): its span runs to
 * asOf, and not as part of a stretch every origin shares, which is Front Door failing in front of the
 * origins (AFD's outage of 29 Oct 2025): the region itself carries its load then, and failing it over
 * would change nothing.
 */
export function ownFailureNow(span: Pick<ProbeBlindSpan, "to" | "everyOrigin">, asOf: string): boolean {
  return blindSpanOngoing(span, asOf) && !(span.everyOrigin && blindSpanOngoing(span.everyOrigin, asOf));
}
