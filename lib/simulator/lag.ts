import type { ReplicationPairConfig } from "../config/schema";
import type { Timeline } from "./model";
import { rngFor, streamId } from "./rng";

/** The canary writes in one region and reads in the other about every 20 s (one sample per 20 s bucket). */
export const CANARY_BUCKET_SECONDS = 20;
/** After a partition heals, replication catches up over this long. */
const CATCH_UP_SECONDS = 120;

const S_LAG = streamId("lag");
const S_CANARY = streamId("canary-time");

/** Pairs a write burst hits: the SQL pairs when there are any (the salary-day story), else all pairs. */
function burstHits(timeline: Timeline, pair: ReplicationPairConfig): boolean {
  const sql = timeline.config.replication.filter((p) => p.lagSource.kind === "sqlMetric");
  return sql.length === 0 || sql.includes(pair);
}

/** Replication lag in seconds of a pair at time t (model truth, before any emission gaps). */
export function lagSeconds(timeline: Timeline, pairIndex: number, t: number): number {
  const pair = timeline.config.replication[pairIndex];
  const isSql = pair.lagSource.kind === "sqlMetric";
  const rng = rngFor(timeline.seed, S_LAG, pairIndex, Math.floor(t));
  // Async replication idles at a few hundred ms (Cosmos) or a second or two (SQL geo-replication).
  let lag = isSql ? rng.range(0.6, 2.4) : rng.range(0.08, 0.45);
  for (const b of timeline.episodes.writeBursts) {
    if (!burstHits(timeline, pair) || t < b.start || t >= b.end + 300) continue;
    const peak = pair.rpoBudgetSeconds * b.peakBudgetMultiple;
    const rampEnd = b.start + (b.end - b.start) * 0.6;
    // Climbs while writes outpace the link, holds, then drains within five minutes of the burst.
    if (t < rampEnd) lag = Math.max(lag, (peak * (t - b.start)) / (rampEnd - b.start));
    else if (t < b.end) lag = Math.max(lag, peak);
    else lag = Math.max(lag, peak * (1 - (t - b.end) / 300));
  }
  for (const p of timeline.episodes.partitions) {
    if (t >= p.start && t < p.end) lag = Math.max(lag, t - p.start);
    else if (t >= p.end && t < p.end + CATCH_UP_SECONDS) lag = Math.max(lag, (p.end - p.start) * (1 - (t - p.end) / CATCH_UP_SECONDS));
  }
  return Math.round(lag * 1000) / 1000;
}

/** Whether a lag sample exists at t: the source must be up to replicate, the reader (target) up to report. */
export function lagEmitted(timeline: Timeline, pairIndex: number, t: number): boolean {
  const pair = timeline.config.replication[pairIndex];
  if (pair.lagSource.kind === "sqlMetric") return !timeline.stoppedAt(pair.source, t);
  return !timeline.stoppedAt(pair.source, t) && !timeline.stoppedAt(pair.target, t);
}

/** Canary sample time (ms) in 20 s bucket k of a pair. */
export function canarySampleMs(timeline: Timeline, pairIndex: number, k: number): number {
  return k * CANARY_BUCKET_SECONDS * 1000 + rngFor(timeline.seed, S_CANARY, pairIndex, k).int(CANARY_BUCKET_SECONDS * 1000);
}

/** Lag samples of a pair with time in [fromMs, toMs): minute metrics for SQL, canary samples for the rest. */
export function lagSamples(timeline: Timeline, pairIndex: number, fromMs: number, toMs: number): { atMs: number; seconds: number }[] {
  const pair = timeline.config.replication[pairIndex];
  const out: { atMs: number; seconds: number }[] = [];
  if (pair.lagSource.kind === "sqlMetric") {
    for (let m = Math.ceil(fromMs / 60_000); m * 60_000 < toMs; m++) {
      const t = m * 60;
      if (lagEmitted(timeline, pairIndex, t)) out.push({ atMs: t * 1000, seconds: lagSeconds(timeline, pairIndex, t) });
    }
    return out;
  }
  const bucketMs = CANARY_BUCKET_SECONDS * 1000;
  for (let k = Math.floor(fromMs / bucketMs); k * bucketMs < toMs; k++) {
    const atMs = canarySampleMs(timeline, pairIndex, k);
    if (atMs < fromMs || atMs >= toMs) continue;
    const t = Math.floor(atMs / 1000);
    if (lagEmitted(timeline, pairIndex, t)) out.push({ atMs, seconds: lagSeconds(timeline, pairIndex, t) });
  }
  return out;
}

/** Conflict-feed depth of a region at t (whole conflicts). */
export function conflictDepth(timeline: Timeline, regionId: string, t: number): number {
  let depth = 0;
  for (const c of timeline.episodes.conflicts) {
    if (c.region !== regionId || t < c.start) continue;
    const grown = (c.growPerMinute * (Math.min(t, c.end) - c.start)) / 60;
    depth += t < c.end ? grown : Math.max(0, grown - (c.drainPerMinute * (t - c.end)) / 60);
  }
  return Math.floor(depth);
}

/** Depth samples (one a minute, while the region's feed reader runs) with time in [fromMs, toMs). */
export function depthSamples(timeline: Timeline, regionId: string, fromMs: number, toMs: number): { at: number; depth: number }[] {
  const out: { at: number; depth: number }[] = [];
  for (let m = Math.ceil(fromMs / 60_000); m * 60_000 < toMs; m++) {
    const t = m * 60;
    if (!timeline.stoppedAt(regionId, t)) out.push({ at: t, depth: conflictDepth(timeline, regionId, t) });
  }
  return out;
}
