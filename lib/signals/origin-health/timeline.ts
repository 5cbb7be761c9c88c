/**
 * Front Door's health rule rebuilt from failed-probe slots (shared/SIGNALS.md 3.3). Pure: slots
 * and settings in, per-origin state changes out. Times are epoch milliseconds.
 */

export interface ProbeSettings {
  probeIntervalSeconds: number;
  sampleSize: number;
  successfulSamplesRequired: number;
}

/** One probe slot of one origin in which at least one failed probe was logged. */
export interface FailedProbeSlotRow {
  origin: string;
  slotStartMs: number;
  /** Distinct non-empty POPs that logged a failure in the slot. */
  failedPops: number;
  /** Failed probes logged in the slot (any POP, including rows without a POP value). */
  failures: number;
}

export type HealthState = "healthy" | "unhealthy";

export interface HealthFlip {
  origin: string;
  /** End of the slot whose sample caused the change. */
  atMs: number;
  to: HealthState;
}

export interface OriginTimeline {
  origin: string;
  /** Starts of the failed slots, ascending. */
  failedSlotStarts: number[];
  flips: HealthFlip[];
  /** Unhealthy periods; `toMs` null while still unhealthy at the end of the evaluated window. */
  unhealthy: { fromMs: number; toMs: number | null }[];
  /** State at the end of the last complete slot in the window. */
  stateAtEnd: HealthState;
  /** End of the last complete slot evaluated (the state above holds from there). */
  evaluatedUntilMs: number;
  /** True when the window's first slot was already failed: the failure may have begun before it. */
  failingAtWindowStart: boolean;
}

/**
 * A slot is failed when at least half of the POPs known to probe the origin logged a failure in it.
 * With no POP known, or failures logged without a POP value, any failure counts.
 */
export function isSlotFailed(slot: Pick<FailedProbeSlotRow, "failedPops" | "failures">, knownPops: number): boolean {
  if (slot.failures <= 0) return false;
  if (knownPops <= 0 || slot.failedPops <= 0) return true;
  return 2 * slot.failedPops >= knownPops;
}

/** Unhealthy when failed slots among the last sampleSize exceed sampleSize − successfulSamplesRequired. */
export function isUnhealthy(failedInLastSample: number, settings: ProbeSettings): boolean {
  return failedInLastSample > settings.sampleSize - settings.successfulSamplesRequired;
}

/**
 * Runs the sample rule over every complete slot of [fromMs, toMs). Slots before the window count
 * as successful (the caller queries with a look-back so real history is inside the window).
 */
export function evaluateTimeline(args: {
  origin: string;
  failedSlotStarts: readonly number[];
  fromMs: number;
  toMs: number;
  settings: ProbeSettings;
}): OriginTimeline {
  const { origin, settings } = args;
  const interval = settings.probeIntervalSeconds * 1000;
  const failed = new Set(args.failedSlotStarts);
  const firstSlot = Math.floor(args.fromMs / interval) * interval;
  const flips: HealthFlip[] = [];
  const unhealthy: OriginTimeline["unhealthy"] = [];
  const recent: boolean[] = [];
  let failedInSample = 0;
  let state: HealthState = "healthy";
  let lastEnd = firstSlot;
  for (let slot = firstSlot; slot + interval <= args.toMs; slot += interval) {
    const isFailed = failed.has(slot);
    recent.push(isFailed);
    if (isFailed) failedInSample++;
    if (recent.length > settings.sampleSize && recent.shift()) failedInSample--;
    const next: HealthState = isUnhealthy(failedInSample, settings) ? "unhealthy" : "healthy";
    const end = slot + interval;
    if (next !== state) {
      flips.push({ origin, atMs: end, to: next });
      if (next === "unhealthy") unhealthy.push({ fromMs: end, toMs: null });
      else unhealthy[unhealthy.length - 1].toMs = end;
      state = next;
    }
    lastEnd = end;
  }
  return {
    origin,
    failedSlotStarts: [...args.failedSlotStarts].filter((t) => t >= firstSlot && t < lastEnd).sort((a, b) => a - b),
    flips,
    unhealthy,
    stateAtEnd: state,
    evaluatedUntilMs: lastEnd,
    failingAtWindowStart: failed.has(firstSlot),
  };
}

/** State of a timeline at `ms` (healthy before the first flip). */
export function stateAt(timeline: Pick<OriginTimeline, "flips">, ms: number): HealthState {
  let state: HealthState = "healthy";
  for (const flip of timeline.flips) {
    if (flip.atMs > ms) break;
    state = flip.to;
  }
  return state;
}

/**
 * Start of the unbroken run of failed slots that ends with the slot ending at `flipAtMs`, or null
 * when that slot was not failed.
 */
export function failedRunStart(failedSlotStarts: readonly number[], flipAtMs: number, settings: ProbeSettings): number | null {
  const interval = settings.probeIntervalSeconds * 1000;
  const failed = new Set(failedSlotStarts);
  let slot = flipAtMs - interval;
  if (!failed.has(slot)) return null;
  while (failed.has(slot - interval)) slot -= interval;
  return slot;
}

export interface FlappingSpan {
  origin: string;
  fromMs: number;
  toMs: number;
  flips: number;
}

export const FLAPPING_WINDOW_MS = 30 * 60_000;
export const FLAPPING_MIN_FLIPS = 3;

/** Groups of ≥ 3 flips of one origin within 30 minutes; overlapping groups are merged into one span. */
export function flappingSpans(flips: readonly HealthFlip[]): FlappingSpan[] {
  const byOrigin = new Map<string, number[]>();
  for (const f of flips) {
    const list = byOrigin.get(f.origin);
    if (list) list.push(f.atMs);
    else byOrigin.set(f.origin, [f.atMs]);
  }
  const spans: FlappingSpan[] = [];
  for (const [origin, times] of byOrigin) {
    times.sort((a, b) => a - b);
    let current: { from: number; lastIndex: number; firstIndex: number } | null = null;
    for (let i = 0, j = 0; i < times.length; i++) {
      j = Math.max(j, i);
      while (j + 1 < times.length && times[j + 1] - times[i] <= FLAPPING_WINDOW_MS) j++;
      if (j - i + 1 < FLAPPING_MIN_FLIPS) continue;
      if (current && i <= current.lastIndex) current.lastIndex = Math.max(current.lastIndex, j);
      else {
        if (current) spans.push(toSpan(origin, times, current));
        current = { from: times[i], firstIndex: i, lastIndex: j };
      }
    }
    if (current) spans.push(toSpan(origin, times, current));
  }
  return spans.sort((a, b) => a.fromMs - b.fromMs);
}

function toSpan(origin: string, times: number[], g: { from: number; firstIndex: number; lastIndex: number }): FlappingSpan {
  return { origin, fromMs: g.from, toMs: times[g.lastIndex], flips: g.lastIndex - g.firstIndex + 1 };
}
