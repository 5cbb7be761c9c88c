import type { DashboardConfig } from "../config/schema";
import { hash, Rng, streamId } from "./rng";

export const SCENARIO_NAMES = [
  "steady",
  "region-outage",
  "lag-breach",
  "survivor-saturation",
  "split-brain",
  "lying-probe",
  "conflict-backlog",
  "partition",
  "drill",
  "platform-outage",
  "frontdoor-outage",
  "log-export-stopped",
  "brownout",
  "slow-death",
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export function isScenarioName(name: string): name is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(name);
}

/** One scenario placed on the timeline. `region` is the region that fails (or, for conflict-backlog, whose feed grows). */
export interface ScenarioPlacement {
  name: ScenarioName;
  start: Date;
  durationSeconds?: number;
  region?: string;
  /** Azure reports the outage as a platform event (Service Health + Resource Health); platform-outage always does. */
  platformEvent?: boolean;
  /** brownout: share of the region's requests that fail, 0.01–0.9 (default 0.15). */
  errorRatio?: number;
  /** brownout: the one dependency that fails (default cosmos: 429s on a hot partition). */
  dependency?: BrownoutDependency;
}

/** cosmos: a hot partition throttles (429 rows, the account's RU total stays low); redis: cache calls time out (slow, no 429). */
export type BrownoutDependency = "cosmos" | "redis";

/** Default window lengths, from the seeds (a 30-minute lying probe as in June 2024, short drills). */
export const DEFAULT_DURATION_SECONDS: Record<ScenarioName, number> = {
  steady: 0,
  "region-outage": 20 * 60,
  "lag-breach": 25 * 60,
  "survivor-saturation": 30 * 60,
  "split-brain": 10 * 60,
  "lying-probe": 30 * 60,
  "conflict-backlog": 60 * 60,
  partition: 20 * 60,
  drill: 12 * 60,
  "platform-outage": 20 * 60,
  "frontdoor-outage": 15 * 60,
  "log-export-stopped": 40 * 60,
  brownout: 45 * 60,
  "slow-death": 90 * 60,
};

/**
 * slow-death: the share of its window the region spends declining before it fails outright, and the
 * share of the window (at the decline's end) in which its requests start to fail as well.
 */
export const SLOW_DEATH_DECLINE_SHARE = 2 / 3;
export const SLOW_DEATH_FAILING_SHARE = 1 / 6;
/** slow-death: how long after the failover the survivors run out of headroom. */
export const SLOW_DEATH_SURVIVOR_RUNS_OUT_SECONDS = 15 * 60;

/** Share of edge requests Front Door itself fails (502/503 from the edge) while it is down. */
export const EDGE_OUTAGE_ERROR_RATIO = 0.8;

export interface Span {
  start: number;
  end: number;
}
/** Times are whole UNIX seconds unless a name says Ms. */
export interface Outage extends Span {
  region: string;
  drill: boolean;
}
export interface RegionSpan extends Span {
  region: string;
}
export interface LyingProbe extends RegionSpan {
  errorRatio: number;
}
/**
 * A region serving part of its requests badly while its probes pass (a brownout, a slow death's
 * decline): the error ratio moves linearly from errorRatio to finalErrorRatio over the span; time
 * taken of its requests is latencyFactor × the usual.
 */
export interface Degradation extends RegionSpan {
  errorRatio: number;
  finalErrorRatio: number;
  timeoutShare: number;
  latencyFactor: number;
}
/** The region's CPU does not fall below a floor that climbs linearly from fromPercent to toPercent over the span. */
export interface Heat extends RegionSpan {
  fromPercent: number;
  toPercent: number;
}
/** A hot Cosmos partition: this share of the region's requests is throttled (429) while the account's RU total stays where it was. */
export interface Throttle extends RegionSpan {
  share: number;
}
export interface WriteBurst extends Span {
  /** Peak lag as a multiple of the affected pair's RPO budget. */
  peakBudgetMultiple: number;
  trafficFactor: number;
}
/** Conflicts arriving in a region's feed at growPerMinute over [start,end), then drained at drainPerMinute. */
export interface ConflictSource extends RegionSpan {
  growPerMinute: number;
  drainPerMinute: number;
}
export interface RaceWrite {
  atMs: number;
  region: string;
  name: string;
}
export interface WriteGroup {
  entityId: string;
  writes: RaceWrite[];
  /** false for decoys: same entity but not a race (too far apart, or one region). */
  isRace: boolean;
}

/** An outage Azure itself reports: impact [start, end) in the region, under one tracking id. */
export interface PlatformEpisode extends RegionSpan {
  trackingId: string;
}

/** When Azure writes the activity-log rows, relative to the impact (the communication lags the failure). */
export const PLATFORM_REPORT_DELAY = { serviceHealthActive: 300, serviceHealthResolved: 300, resourceHealth: 120 } as const;

export interface Episodes {
  placements: { name: ScenarioName; start: number; end: number; region: string | null }[];
  outages: Outage[];
  lyingProbes: LyingProbe[];
  degradations: Degradation[];
  heats: Heat[];
  throttles: Throttle[];
  saturations: RegionSpan[];
  writeBursts: WriteBurst[];
  partitions: Span[];
  conflicts: ConflictSource[];
  writeGroups: WriteGroup[];
  drillMarkers: RegionSpan[];
  platformEvents: PlatformEpisode[];
  /** Front Door itself fails requests (both origins healthy and reachable from outside). */
  edgeOutages: (Span & { errorRatio: number })[];
  /** The Front Door diagnostic setting delivers nothing (access and probe logs, profile metrics); users are fine. */
  logExportGaps: Span[];
}

const RACE_STREAM = streamId("split-brain");
const PLATFORM_STREAM = streamId("platform-event");

/** Turns placements into the model's episodes. Starts snap down to 10 s (the traffic model's resolution). */
export function resolveScenarios(config: DashboardConfig, placements: readonly ScenarioPlacement[], seed: number): Episodes {
  const regionIds = config.regions.map((r) => r.id);
  const ep: Episodes = {
    placements: [],
    outages: [],
    lyingProbes: [],
    degradations: [],
    heats: [],
    throttles: [],
    saturations: [],
    writeBursts: [],
    partitions: [],
    conflicts: [],
    writeGroups: [],
    drillMarkers: [],
    platformEvents: [],
    edgeOutages: [],
    logExportGaps: [],
  };
  placements.forEach((p, index) => {
    if (!isScenarioName(p.name)) throw new Error(`unknown scenario "${String(p.name)}"; known: ${SCENARIO_NAMES.join(", ")}`);
    if (p.region !== undefined && !regionIds.includes(p.region)) {
      throw new Error(`scenario ${p.name}: unknown region "${p.region}"; configured regions are ${regionIds.join(", ")}`);
    }
    const startMs = p.start.getTime();
    if (!Number.isFinite(startMs)) throw new Error(`scenario ${p.name}: invalid start time`);
    const start = Math.floor(startMs / 10_000) * 10;
    const duration = Math.max(60, Math.round(p.durationSeconds ?? DEFAULT_DURATION_SECONDS[p.name]));
    const end = p.name === "steady" ? start : start + duration;
    const global = p.name === "steady" || p.name === "frontdoor-outage" || p.name === "log-export-stopped";
    const defaultRegion = p.name === "drill" || p.name === "conflict-backlog" ? regionIds[regionIds.length - 1] : regionIds[0];
    const region = p.region ?? defaultRegion;
    const others = regionIds.filter((r) => r !== region);
    ep.placements.push({ name: p.name, start, end, region: global ? null : region });
    const platformEvent = () => {
      // Tracking ids look like Azure's (e.g. "VN1Z-8WZ"): deterministic from the seed and placement.
      const rng = new Rng(hash(seed, PLATFORM_STREAM, index, start));
      ep.platformEvents.push({ region, start, end, trackingId: `${rng.hex(4)}-${rng.hex(3)}`.toUpperCase() });
    };
    if (p.platformEvent && p.name !== "platform-outage") platformEvent();
    switch (p.name) {
      case "steady":
        break;
      case "platform-outage":
        platformEvent();
      // falls through: the outage itself is the region-outage's
      case "region-outage":
        ep.outages.push({ region, start, end, drill: false });
        // A couple of writes accepted in the failed region surface as conflicts in the survivors.
        for (const o of others) ep.conflicts.push({ region: o, start: start + 60, end: start + 120, growPerMinute: 2, drainPerMinute: 0.25 });
        break;
      case "survivor-saturation":
        ep.outages.push({ region, start, end, drill: false });
        // The survivors were sized for half the load: hot CPU and 429s once the drain lands (~90 s in).
        for (const o of others) ep.saturations.push({ region: o, start: start + 90, end });
        break;
      case "drill":
        ep.outages.push({ region, start, end, drill: true });
        ep.drillMarkers.push({ region, start: start - 30, end: end + 90 });
        break;
      case "lying-probe":
        ep.lyingProbes.push({ region, start, end, errorRatio: 0.25 });
        break;
      case "brownout":
        brownout(ep, { region, start, end }, p);
        break;
      case "slow-death":
        slowDeath(ep, { region, start, end }, others);
        break;
      case "lag-breach":
        ep.writeBursts.push({ start, end, peakBudgetMultiple: 1.5, trafficFactor: 1.8 });
        break;
      case "partition":
        ep.partitions.push({ start, end });
        for (const r of regionIds) ep.conflicts.push({ region: r, start, end, growPerMinute: 1.2, drainPerMinute: 4 });
        break;
      case "conflict-backlog":
        ep.conflicts.push({ region, start, end, growPerMinute: 2, drainPerMinute: 8 });
        break;
      case "frontdoor-outage":
        ep.edgeOutages.push({ start, end, errorRatio: EDGE_OUTAGE_ERROR_RATIO });
        break;
      case "log-export-stopped":
        ep.logExportGaps.push({ start, end });
        break;
      case "split-brain":
        ep.writeGroups.push(...splitBrainWrites(config, start, end, seed, index));
        break;
    }
  });
  return ep;
}

/**
 * A region that keeps passing Front Door's probes while a share of its requests fail behind one
 * dependency, and the rest get slow. Cosmos: a hot partition answers 429 (the SDK's retries fail a
 * share of requests; about twice as many calls are throttled as requests fail). Redis: cache calls
 * time out, so the app answers late (time taken ×5) and some requests run past Front Door's timeout.
 */
function brownout(ep: Episodes, span: RegionSpan, p: ScenarioPlacement): void {
  const ratio = p.errorRatio ?? 0.15;
  if (!(ratio >= 0.01 && ratio <= 0.9)) throw new Error(`scenario brownout: errorRatio ${ratio} is outside 0.01–0.9`);
  const dependency = p.dependency ?? "cosmos";
  if (dependency !== "cosmos" && dependency !== "redis") throw new Error(`scenario brownout: unknown dependency "${String(dependency)}"; known: cosmos, redis`);
  const cosmos = dependency === "cosmos";
  ep.degradations.push({ ...span, errorRatio: ratio, finalErrorRatio: ratio, timeoutShare: cosmos ? 0.05 : 0.3, latencyFactor: cosmos ? 3 : 5 });
  if (cosmos) ep.throttles.push({ ...span, share: Math.min(1, ratio * 2) });
}

/**
 * A region whose saturation climbs (CPU from 45 % to 99 % over the first two thirds of the window, a
 * leak or a pool filling), its latency with it, its requests failing more and more (6 % → 30 %) in the
 * decline's last quarter (from 6 %, not from 0: a ramp through the 5 % line would put the incident's
 * start on the one 10 s bin whose sampled ratio the access log's sample may read either side of it); then it fails outright and Front Door fails it over. The survivors, taking
 * all of its load, run hot from the drain (CPU 80 % → 92 %) and run out 15 min into the failover
 * (CPU ≥ 92 %, Cosmos 429s: survivor-saturation's model) until the window's end: after the edge had
 * recovered, so only a survivor watched for as long as it carries the load sees it.
 */
function slowDeath(ep: Episodes, span: RegionSpan, others: readonly string[]): void {
  const { region, start, end } = span;
  const failAt = start + Math.round(((end - start) * SLOW_DEATH_DECLINE_SHARE) / 10) * 10;
  const failingFrom = failAt - Math.round(((end - start) * SLOW_DEATH_FAILING_SHARE) / 10) * 10;
  ep.heats.push({ region, start, end: failAt, fromPercent: 45, toPercent: 99 });
  ep.degradations.push({ region, start, end: failingFrom, errorRatio: 0, finalErrorRatio: 0, timeoutShare: 0.2, latencyFactor: 2 });
  ep.degradations.push({ region, start: failingFrom, end: failAt, errorRatio: 0.06, finalErrorRatio: 0.3, timeoutShare: 0.5, latencyFactor: 5 });
  ep.outages.push({ region, start: failAt, end, drill: false });
  const runsOut = Math.min(end, failAt + SLOW_DEATH_SURVIVOR_RUNS_OUT_SECONDS);
  for (const o of others) {
    ep.heats.push({ region: o, start: failAt + 90, end: runsOut, fromPercent: 80, toPercent: 92 });
    if (runsOut < end) ep.saturations.push({ region: o, start: runsOut, end });
  }
}

/**
 * Races: the first straddles a clock-second boundary (x.900 / x+1.100, the case a 1 s bin misses);
 * plus decoys the detector must not report (two regions too far apart; one region twice).
 */
function splitBrainWrites(config: DashboardConfig, start: number, end: number, seed: number, index: number): WriteGroup[] {
  const rng = new Rng(hash(seed, RACE_STREAM, index, start));
  const regions = config.regions.map((r) => r.id);
  const names = config.splitBrain.names;
  const windowMs = config.budgets.splitBrainRaceWindowMs;
  const raceCount = 5;
  const groups: WriteGroup[] = [];
  const slot = ((end - start) * 1000) / (raceCount + 2);
  for (let i = 0; i < raceCount; i++) {
    const entityId = `inv-${rng.hex(8)}-${rng.hex(4)}`;
    const base = start * 1000 + Math.floor(slot * (i + 0.5) + rng.range(0, slot * 0.4));
    const a = regions[i % regions.length];
    const b = regions[(i + 1) % regions.length];
    if (i === 0) {
      // Straddles the second boundary: x.900 then x+1.100, 200 ms apart.
      const second = Math.floor(base / 1000) * 1000;
      const gap = Math.min(200, Math.floor(windowMs * 0.5));
      groups.push({
        entityId,
        isRace: true,
        writes: [
          { atMs: second + 1000 - gap / 2, region: a, name: names[0] },
          { atMs: second + 1000 + gap / 2, region: b, name: names[names.length - 1] },
        ],
      });
      continue;
    }
    const writes: RaceWrite[] = [{ atMs: base, region: a, name: rng.pick(names) }];
    const span = Math.floor(rng.range(0.05, 0.85) * windowMs);
    writes.push({ atMs: base + span, region: b, name: rng.pick(names) });
    if (i % 2 === 0) writes.push({ atMs: base + Math.floor(span / 2), region: a, name: rng.pick(names) });
    writes.sort((x, y) => x.atMs - y.atMs);
    groups.push({ entityId, isRace: true, writes });
  }
  const decoyBase = start * 1000 + Math.floor(slot * (raceCount + 0.5));
  groups.push({
    entityId: `inv-${rng.hex(8)}-${rng.hex(4)}`,
    isRace: false,
    writes: [
      { atMs: decoyBase, region: regions[0], name: names[0] },
      { atMs: decoyBase + Math.floor(windowMs * 1.6), region: regions[1], name: names[0] },
    ],
  });
  groups.push({
    entityId: `inv-${rng.hex(8)}-${rng.hex(4)}`,
    isRace: false,
    writes: [
      { atMs: decoyBase + 20_000, region: regions[1], name: names[0] },
      { atMs: decoyBase + 20_000 + Math.floor(windowMs * 0.3), region: regions[1], name: names[names.length - 1] },
    ],
  });
  return groups;
}
