import { probeBlindRangeReason, probeBlindReason } from "@/lib/format/reasons";
import type { ProbeBlindSpan } from "@/lib/snapshot/types";
import type { RegionOriginHealth } from "./state";

/** A probe-blind span this recent still colours the present, as it does the signal's status. */
export const PROBE_BLIND_RECENT_MS = 60 * 60_000;

/**
 * A region row's origin grade with probe blindness (SIGNALS 3.3, the "lying probe"). Front Door's
 * probes pass the origin, so it is not UNHEALTHY, but its requests fail: "✓ healthy" on the Regions
 * row and a green wall tile would repeat the probe's lie, which is what kept traffic on a failing region
 * for 28 minutes in the seeds. WARN, with when, while a span is within the last hour (the signal's
 * own rule); in the range, WARN for the blind time unless it holds a breach already.
 */
export function withProbeBlindness(rows: readonly RegionOriginHealth[], blind: readonly ProbeBlindSpan[], range: { from: Date; to: Date }): RegionOriginHealth[] {
  const fromMs = range.from.getTime();
  const toMs = range.to.getTime();
  return rows.map((row) => {
    const spans = blind.filter((s) => s.region === row.id);
    if (spans.length === 0) return row;
    const latest = spans.reduce((a, b) => (Date.parse(b.to) > Date.parse(a.to) ? b : a));
    const now = row.originStatus === "ok" && Date.parse(latest.to) >= toMs - PROBE_BLIND_RECENT_MS ? { originStatus: "warn" as const, originReason: probeBlindReason(latest) } : {};
    if (row.rangeWorst.status !== "ok") return { ...row, ...now };
    const seconds = spans.reduce((sum, s) => sum + Math.max(0, Math.min(toMs, Date.parse(s.to)) - Math.max(fromMs, Date.parse(s.from))), 0) / 1000;
    return { ...row, ...now, rangeWorst: { status: "warn", overBudgetSeconds: seconds, reason: probeBlindRangeReason(seconds) } };
  });
}
