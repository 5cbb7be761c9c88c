/** The snapshot's per-region parts: regions, replication pairs, conflict feeds, origin health, split-brain races. */
import type { RangeWorst, Status } from "./status";

export type SurvivorBasis = "measured" | "unverified" | "cannot-serve" | "failing";

/** Why a region fails its own requests now: 429s in 3 consecutive minutes, or probe-blind (requests failing while probes pass). */
export type SurvivorFailure = "throttling" | "probe-blind";

export type SaturationRule = "load" | "throttling" | "sustained" | "projection";

export interface RegionSnapshot {
  id: string;
  displayName: string;
  /**
   * null when unknown: no Front Door data for the region's origins, or the Front Door log stream
   * silent (it logs failed probes only, so silence would otherwise read as healthy).
   */
  originHealthy: boolean | null;
  /** originHealthy graded by the origin-health signal: ok, breach or no-data. */
  originStatus: Status;
  /** Why originStatus is not ok (for no-data: which source is silent, since when). */
  originReason: string | null;
  trafficShareRatio: number | null;
  cpuPercent: number | null;
  ruPercent: number | null;
  throttled429: number | null;
  survivorProjectedPercent: number | null;
  /**
   * The projection's own grade (SIGNALS 3.5: above 100 % the survivor cannot carry the load → warn);
   * no-data instead of ok while this region's origin health is unknown (survivorCaveat says so).
   */
  survivorStatus: Status;
  /**
   * What the projection rests on, in words: what it assumes that the data cannot confirm (this
   * region's origin health unknown), or that it is moot (this region's origin unhealthy); null when nothing.
   */
  survivorCaveat: string | null;
  /**
   * measured: the number is the answer; unverified: it assumes this region could serve (origin health
   * unknown, survivorStatus not ok); cannot-serve: its origin is UNHEALTHY, so it could carry nothing
   * whatever the number (survivorStatus warn, as a projection over 100 %); failing: it fails its own
   * requests now (Cosmos throttling or probe-blind), so it does not carry the load it has, whatever
   * its CPU and RU say (survivorStatus warn, likewise).
   */
  survivorBasis: SurvivorBasis;
  /** The saturation signal's grade of the region (SIGNALS 3.5), without origin health. */
  saturationStatus: Status;
  /**
   * Why saturationStatus is warn or breach, which rule (lib/format/reasons.ts saturationReason); null
   * when ok or no-data. A breach on 429s at 38 % load read as a red 38 % with nothing saying why.
   */
  saturationReason: string | null;
  /** The rule behind saturationReason: load over the breach line, 429s in 3 consecutive minutes, load over the warn line for 15 min, or the survivor projection over 100 %. */
  saturationRule: SaturationRule | null;
  /** Saturation and origin health together (a breach outranks no-data). */
  status: Status;
  /** Worst of saturation and origin health over the range. */
  rangeWorst: RangeWorst;
}

export interface ReplicationSnapshot {
  source: string;
  target: string;
  tier: string;
  lagSecondsNow: number | null;
  lagSecondsP99: number | null;
  lagSecondsMax: number | null;
  budgetSeconds: number;
  status: Status;
  /** Why status is not ok, in words (lib/format/reasons lagReason); null when ok or no-data (the warnings say why). */
  reason: string | null;
  rangeWorst: RangeWorst;
}

export interface ConflictSnapshot {
  region: string;
  container: string;
  depthNow: number | null;
  depthMax: number | null;
  growing: boolean;
  status: Status;
  /** Why status is not ok, in words (lib/format/reasons conflictReason); null when ok or no-data. */
  reason: string | null;
  rangeWorst: RangeWorst;
}

export interface OriginFlip {
  origin: string;
  region: string;
  at: string;
  to: "healthy" | "unhealthy";
}

export interface ProbeBlindSpan {
  origin: string;
  region: string;
  from: string;
  to: string;
  /**
   * The stretch (≥ 5 min) in which every origin was probe-blind at once that this span overlaps, or
   * null: then the failure is likely in front of the origins (Front Door), not in this one
   * (lib/signals/origin-health/every-origin.ts). Null for a single lying probe.
   */
  everyOrigin: { from: string; to: string } | null;
}

/** With a region filter: what the origin-health lists say when empty, and what they leave out (lib/signals/origin-health/filter-note.ts). */
export interface OriginFilterNote {
  region: string;
  noFlips: string;
  noProbeBlind: string;
  /** The other regions' flips and probe-blind spans left out; null when none. */
  hidden: string | null;
}

export interface SplitBrainRace {
  entityId: string;
  regions: string[];
  first: string;
  last: string;
  writes: number;
}
