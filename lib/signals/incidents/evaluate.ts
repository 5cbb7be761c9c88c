/**
 * Failover incidents and measured RTO/RPO (shared/SIGNALS.md 3.4). Pure functions over 10 s bins,
 * lag samples and drill markers; times are epoch milliseconds.
 */
import { rpoReason, rtoReason, survivorReason } from "@/lib/format/incident-reasons";
import type { Status } from "@/lib/snapshot/types";
import { worstStatus } from "../runtime/status";
import type { SurvivorVerdict } from "./survivor";

export const BIN_MS = 10_000;
/** The origin is evicted once it serves less than this share of edge requests … */
export const EVICTED_SHARE = 0.01;
/** … for at least this long. */
export const EVICTION_HOLD_MS = 60_000;
/** A 10 s bin counts as an edge error bin at this edge-wide error ratio. */
export const EDGE_ERROR_RATIO = 0.01;
/** The edge is recovered once it stays below the error ratio for this long. */
export const RECOVERY_HOLD_MS = 120_000;

/**
 * A 10 s bin of the incident window. The query returns only bins that matter (edge error ratio
 * ≥ 0.01 or the origin serving ≥ 1 %); an absent bin is a clean bin in which the origin served < 1 %.
 */
export interface IncidentBin {
  binStartMs: number;
  edgeTotal: number;
  edgeBad: number;
  originTotal: number;
}

export function isEdgeErrorBin(bin: IncidentBin): boolean {
  return bin.edgeTotal > 0 && bin.edgeBad >= EDGE_ERROR_RATIO * bin.edgeTotal;
}

export function isOriginServing(bin: IncidentBin): boolean {
  return bin.edgeTotal > 0 && bin.originTotal >= EVICTED_SHARE * bin.edgeTotal;
}

/** The earlier of the failed-probe run start and the origin error run start (either may be unknown). */
export function incidentStart(probeRunStartMs: number | null, errorRunStartMs: number | null, flipAtMs: number): number {
  const candidates = [probeRunStartMs, errorRunStartMs].filter((t): t is number => t !== null);
  return candidates.length > 0 ? Math.min(...candidates) : flipAtMs;
}

/**
 * Start of the first 10 s bin at or after `startMs` from which the origin serves < 1 % of edge
 * requests for at least 60 s; null when that has not been seen by `observedUntilMs`.
 */
export function evictedAt(bins: readonly IncidentBin[], startMs: number, observedUntilMs: number): number | null {
  const serving = bins
    .filter((b) => b.binStartMs >= startMs && isOriginServing(b))
    .map((b) => b.binStartMs)
    .sort((a, b) => a - b);
  const candidates = [startMs, ...serving.map((t) => t + BIN_MS)];
  for (const candidate of candidates) {
    const nextServing = serving.find((t) => t >= candidate);
    const quietUntil = Math.min(nextServing ?? Number.POSITIVE_INFINITY, observedUntilMs);
    if (quietUntil - candidate >= EVICTION_HOLD_MS) return candidate;
    if (nextServing === undefined) return null;
  }
  return null;
}

export interface Recovery {
  /** null while the edge has not yet stayed clean for 120 s (the incident is open). */
  recoveredAtMs: number | null;
  /** Total length of the edge error bins in [start, recoveredAt) (up to observedUntil when open). */
  errorWindowSeconds: number;
}

/**
 * recoveredAt: the first 10 s bin at or after `startMs` from which the edge error ratio stays
 * < 0.01 for 120 s, with at least one error bin before it; with no error bin at all, the start.
 */
export function recovery(bins: readonly IncidentBin[], startMs: number, observedUntilMs: number): Recovery {
  const errorBins = bins
    .filter((b) => b.binStartMs >= startMs && b.binStartMs < observedUntilMs && isEdgeErrorBin(b))
    .map((b) => b.binStartMs)
    .sort((a, b) => a - b);
  if (errorBins.length === 0) {
    return { recoveredAtMs: observedUntilMs - startMs >= RECOVERY_HOLD_MS ? startMs : null, errorWindowSeconds: 0 };
  }
  for (let i = 0; i < errorBins.length; i++) {
    const candidate = errorBins[i] + BIN_MS;
    const nextError = i + 1 < errorBins.length ? errorBins[i + 1] : Number.POSITIVE_INFINITY;
    const cleanUntil = Math.min(nextError, observedUntilMs);
    if (cleanUntil - candidate >= RECOVERY_HOLD_MS) {
      return { recoveredAtMs: candidate, errorWindowSeconds: ((i + 1) * BIN_MS) / 1000 };
    }
  }
  return { recoveredAtMs: null, errorWindowSeconds: (errorBins.length * BIN_MS) / 1000 };
}

export interface LagSample {
  atMs: number;
  lagSeconds: number;
}

/** The last sample at or before `atMs` (a region that is down emits none: absence is not zero lag). */
export function lagAtOrBefore(samples: readonly LagSample[], atMs: number): LagSample | null {
  let best: LagSample | null = null;
  for (const s of samples) if (s.atMs <= atMs && (best === null || s.atMs > best.atMs)) best = s;
  return best;
}

export interface DrillMarker {
  region: string;
  atMs: number;
  phase: "start" | "end";
}

export interface DrillInterval {
  region: string;
  fromMs: number;
  /** null: the drill has not ended (yet, or its end marker is missing). */
  toMs: number | null;
}

/** Pairs each region's start marker with its next end marker; an end without a start opens at the range start. */
export function drillIntervals(markers: readonly DrillMarker[], rangeFromMs: number): DrillInterval[] {
  const out: DrillInterval[] = [];
  const open = new Map<string, number>();
  for (const m of [...markers].sort((a, b) => a.atMs - b.atMs)) {
    if (m.phase === "start") {
      if (!open.has(m.region)) open.set(m.region, m.atMs);
    } else {
      out.push({ region: m.region, fromMs: open.get(m.region) ?? Math.min(rangeFromMs, m.atMs), toMs: m.atMs });
      open.delete(m.region);
    }
  }
  for (const [region, fromMs] of open) out.push({ region, fromMs, toMs: null });
  return out.sort((a, b) => a.fromMs - b.fromMs);
}

/** An incident overlapping a drill of the same region is a drill. */
export function incidentKind(
  region: string,
  incident: { startMs: number; endMs: number | null },
  drills: readonly DrillInterval[],
): "real" | "drill" {
  const end = incident.endMs ?? Number.POSITIVE_INFINITY;
  const overlaps = drills.some(
    (d) => d.region === region && d.fromMs <= end && (d.toMs ?? Number.POSITIVE_INFINITY) >= incident.startMs,
  );
  return overlaps ? "drill" : "real";
}

/**
 * The RTO against its budget: breach once the clock (measured RTO, or the time so far while open)
 * passes it, so an open incident can breach before its RTO is known; warn while open within it.
 */
export function rtoStatus(args: { elapsedSeconds: number; open: boolean; rtoBudgetSeconds: number }): Status {
  if (args.elapsedSeconds > args.rtoBudgetSeconds) return "breach";
  return args.open ? "warn" : "ok";
}

/** One tier's RPO: breach when its lag at the start exceeded its budget; no-data without a sample. */
export function rpoTierStatus(t: { lagSeconds: number | null; budgetSeconds: number }): Status {
  if (t.lagSeconds === null) return "no-data";
  return t.lagSeconds > t.budgetSeconds ? "breach" : "ok";
}

export interface IncidentVerdict {
  rtoStatus: Status;
  rpoStatus: Status;
  status: Status;
  reasons: string[];
}

/**
 * SIGNALS 3.4 status: the worst of the RTO against its budget, each tier's RPO against its budget and
 * the survivor's headroom, with one sentence per part that is not ok. A part that is unknown (no lag
 * sample: the failed region was already silent; no survivor samples) is shown as NO DATA in its own
 * field but neither greens nor blanks the incident: the parts that were measured decide.
 */
export function incidentVerdict(args: {
  elapsedSeconds: number;
  open: boolean;
  rtoBudgetSeconds: number;
  tiers: readonly { tier: string; lagSeconds: number | null; budgetSeconds: number; status: Status }[];
  survivor: SurvivorVerdict;
  warnPercent: number;
  /** Display name of a region id, for the sentences people read (the fields keep ids). */
  regionName?: (id: string) => string;
}): IncidentVerdict {
  const rto = rtoStatus(args);
  const known = args.tiers.filter((t) => t.status !== "no-data");
  const rpo: Status = known.length === 0 ? "no-data" : known.some((t) => t.status === "breach") ? "breach" : "ok";
  const parts = [rto, rpo, args.survivor.status].filter((s) => s !== "no-data");
  const reasons = [
    rtoReason({ status: rto, open: args.open, elapsedSeconds: args.elapsedSeconds, rtoBudgetSeconds: args.rtoBudgetSeconds }),
    ...args.tiers.map(rpoReason),
    survivorReason({ ...args.survivor, region: args.survivor.region && (args.regionName?.(args.survivor.region) ?? args.survivor.region), warnPercent: args.warnPercent, regionName: args.regionName }),
  ].filter((r): r is string => r !== null);
  return { rtoStatus: rto, rpoStatus: rpo, status: worstStatus(parts.length > 0 ? parts : ["no-data"]), reasons };
}
