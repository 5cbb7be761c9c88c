import { availabilityTestNames } from "../telemetry/contract";
import { BASELINE_BAD_RATIO, BIN_SECONDS, type Timeline } from "./model";
import { rngFor, streamId } from "./rng";

/** Azure locations the standard tests run from (Location column as Application Insights writes it). */
export const TEST_LOCATIONS = ["UK West", "North Europe", "France Central", "Germany West Central", "East US"] as const;

const S_TEST = streamId("availability-test");

/** One availability test run: what AppAvailabilityResults gets, and what it was aimed at. */
export interface TestRun {
  ms: number;
  name: string;
  /** null for the global (Front Door) endpoint, else the region whose origin it calls directly. */
  region: string | null;
  location: number;
  success: boolean;
  durationMs: number;
  message: string;
}

/** Test targets in a fixed order: the global endpoint, then one per region. */
export function testTargets(timeline: Timeline): { name: string; region: string | null }[] {
  const names = availabilityTestNames(timeline.config);
  return [{ name: names.global, region: null }, ...names.regions.map((r) => ({ name: r.name, region: r.region }))];
}

/**
 * Chance that a run at t fails. The global test goes through Front Door: it fails as often as the edge
 * fails requests in that 10 s bin. An origin test calls the origin directly: Front Door's own state does
 * not matter, the origin's does (an outage or drill blocks it; a lying probe's error ratio shows).
 */
export function failureChance(timeline: Timeline, region: string | null, t: number): number {
  if (region === null) {
    const s = timeline.binState(Math.floor(t / BIN_SECONDS));
    const counted = s.total - s.clientClosed;
    return counted > 0 ? s.bad / counted : 0;
  }
  if (timeline.outageAt(region, t)) return 1;
  const lying = timeline.episodes.lyingProbes.find((l) => l.region === region && t >= l.start && t < l.end);
  if (lying) return lying.errorRatio;
  return timeline.degradationAt(region, t)?.ratio ?? BASELINE_BAD_RATIO;
}

/**
 * Every run with time in [fromMs, toMs): each location runs each test once per frequency, the
 * locations evenly staggered (one run of each test a minute at 300 s and 5 locations); a pure
 * function of the run's own slot.
 */
export function testRuns(timeline: Timeline, fromMs: number, toMs: number): TestRun[] {
  const F = timeline.config.outsideIn.frequencySeconds;
  const L = TEST_LOCATIONS.length;
  const out: TestRun[] = [];
  testTargets(timeline).forEach((target, j) => {
    for (let l = 0; l < L; l++) {
      const offset = Math.floor((l * F) / L) + j * 7;
      for (let k = Math.floor((fromMs / 1000 - offset) / F) - 1; (k * F + offset) * 1000 < toMs; k++) {
        const t = k * F + offset;
        const rng = rngFor(timeline.seed, S_TEST, j, l, k);
        const ms = t * 1000 + rng.int(1000);
        if (ms < fromMs || ms >= toMs) continue;
        const failed = rng.next() < failureChance(timeline, target.region, t);
        const timeout = failed && (target.region === null ? false : timeline.outageAt(target.region, t)?.drill === true || rng.next() < 0.3);
        out.push({
          ms,
          name: target.name,
          region: target.region,
          location: l,
          success: !failed,
          durationMs: timeout ? 30_000 : Math.round(rng.range(60, 260)),
          message: !failed ? "" : timeout ? "Request timed out after 30 seconds" : target.region === null ? "HTTP 503 from the edge" : "HTTP 503 from the origin",
        });
      }
    }
  });
  return out.sort((a, b) => a.ms - b.ms);
}
