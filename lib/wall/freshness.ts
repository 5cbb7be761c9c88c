/**
 * When the wall must say STALE. A kiosk that keeps showing frozen numbers is worse than a blank
 * one (peers.md pain points 7–8), so staleness is decided from the browser's own clock: the time
 * of the last good fetch and whether the latest attempt failed.
 */

import type { RecordingNote } from "../snapshot/types";

export type StaleReason = "unreachable" | "too-old" | "recording-ended" | "upstream" | null;

export interface FreshnessInput {
  nowMs: number;
  refreshMs: number;
  /** When the last successful snapshot arrived (browser clock); null before the first one. */
  lastGoodAtMs: number | null;
  /** When the latest failed attempt ended; null when none failed since the last success. */
  lastErrorAtMs: number | null;
  lastError: string | null;
  /** True when every signal of the latest snapshot was served from the gateway's stale cache. */
  upstreamStale: boolean;
  /** The latest snapshot's note when its view ends past a recorded dataset's newest row. */
  recording?: RecordingNote;
}

export interface Freshness {
  stale: boolean;
  reason: StaleReason;
  /** Seconds since the last good data arrived; null before the first one. */
  ageSeconds: number | null;
  /** Words for the banner, e.g. "server unreachable: 503 Service Unavailable". */
  detail: string | null;
  /** Replaces the banner's "Last good data …" line when the data itself ended (a finished recording). */
  headline?: string;
}

/** Data older than this many refresh intervals is STALE (issue 8). */
export const STALE_AFTER_INTERVALS = 2;

export function wallFreshness(input: FreshnessInput): Freshness {
  const { nowMs, refreshMs, lastGoodAtMs, lastErrorAtMs, lastError } = input;
  const ageSeconds = lastGoodAtMs === null ? null : Math.max(0, (nowMs - lastGoodAtMs) / 1000);
  const failedSinceGood = lastErrorAtMs !== null && (lastGoodAtMs === null || lastErrorAtMs >= lastGoodAtMs);
  if (failedSinceGood) {
    return { stale: true, reason: "unreachable", ageSeconds, detail: failureDetail(lastError) };
  }
  if (lastGoodAtMs === null || nowMs - lastGoodAtMs > STALE_AFTER_INTERVALS * refreshMs) {
    return { stale: true, reason: "too-old", ageSeconds, detail: "no new data for more than two refresh intervals" };
  }
  // Fetches succeed, but the data ended: every tile would read NO DATA with nothing saying why, so the
  // wall says STALE and names the recording's end, never a healthy screen.
  if (input.recording) {
    const { staleDetail, at } = input.recording;
    return { stale: true, reason: "recording-ended", ageSeconds, headline: staleDetail, detail: `open /wall?at=${at} to see its end` };
  }
  if (input.upstreamStale) {
    return { stale: true, reason: "upstream", ageSeconds, detail: "Log Analytics unreachable: every tile is served from cache" };
  }
  return { stale: false, reason: null, ageSeconds, detail: null };
}

/**
 * The banner's words for a failed refresh. A 4xx is the server answering, not an unreachable one: a
 * kiosk link that expired or was revoked (401/403) read "server unreachable: 401 Unauthorized", which
 * sends the operator to the network instead of to a new link. The words that say what to do come
 * first: the banner cuts the line at the screen's edge.
 */
function failureDetail(lastError: string | null): string {
  const status = Number(/^(\d{3})\b/.exec(lastError ?? "")?.[1]);
  if (status === 401 || status === 403) return `server refused the wall (${lastError}): kiosk link expired or revoked? open the wall with a new one`;
  if (status >= 400 && status < 500 && status !== 408) return `server refused the wall's request (${lastError})`;
  return `server unreachable${lastError ? `: ${lastError}` : ""}`;
}

/** Whole seconds until the next refresh attempt (SWR schedules it one interval after the last one ended). */
export function secondsToNextRefresh(nowMs: number, lastAttemptEndMs: number | null, refreshMs: number): number | null {
  if (lastAttemptEndMs === null) return null;
  // The UI clock ticks once a second and may trail the fetch's end: never count above the interval.
  return Math.min(Math.ceil(refreshMs / 1000), Math.max(0, Math.ceil((lastAttemptEndMs + refreshMs - nowMs) / 1000)));
}

/** Fraction in [0, 1] of the refresh interval already elapsed, for the countdown ring. */
export function refreshProgress(nowMs: number, lastAttemptEndMs: number | null, refreshMs: number): number {
  if (lastAttemptEndMs === null || refreshMs <= 0) return 0;
  return Math.min(1, Math.max(0, (nowMs - lastAttemptEndMs) / refreshMs));
}
