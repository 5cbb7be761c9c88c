/**
 * The snapshot: every number of the dashboard for one moment (shared/SIGNALS.md section 4).
 * Durations in seconds, ratios in [0, 1], utilisation in percent, times as ISO-8601 UTC strings.
 */

import type { RangeWorst, SignalKey, Status } from "./status";
import type { AvailabilitySnapshot } from "./types-availability";
import type { IncidentAnalytics, IncidentSnapshot, IncidentsFilterNote } from "./types-incidents";
import type { OutsideInSnapshot, PlatformEvent } from "./types-platform";
import type { ConflictSnapshot, OriginFilterNote, OriginFlip, ProbeBlindSpan, RegionSnapshot, ReplicationSnapshot, SplitBrainRace } from "./types-regions";

export type { Status, SignalKey, RangeWorst } from "./status";
export type { SurvivorBasis, SurvivorFailure, SaturationRule, RegionSnapshot, ReplicationSnapshot, ConflictSnapshot, OriginFlip, ProbeBlindSpan, OriginFilterNote, SplitBrainRace } from "./types-regions";
export type { IncidentSnapshot, IncidentsFilterNote, RegionAnalytics, IncidentAnalytics, IncidentSurvivor } from "./types-incidents";
export type { BurnWindow, AvailabilitySnapshot, AvailabilityCoverage, CorrectedSli, AppliedCorrection } from "./types-availability";
export type { PlatformEvent, OutsideInTest, TelemetrySourceState, BlindVerdict, OutsideInSnapshot } from "./types-platform";

/** One KQL query behind a signal, with what the inspector shows about its run. */
export interface QueryRun {
  id: string;
  kql: string;
  /** The query API's timespan: ISO start/end. */
  window: { from: string; to: string };
  rows: number;
  durationMs: number;
  /** Seconds since the result was fetched upstream (0 when fresh; >0 when served from cache or stale). */
  cacheAgeSeconds: number;
  /** Opens the same query and window in the Azure portal's Log Analytics (null for the embedded workspace without a workspace resource id). */
  portalUrl: string | null;
  warnings: string[];
  /**
   * Set when the query read an optional feed whose table the workspace lacks: what that leaves
   * unseen, in words (not the analyzer's "unknown table" text). A coverage fact, not a failure.
   */
  coverage?: string;
  stale?: { since: string; error: string };
}

/**
 * A run as a page's first paint ships it (lib/snapshot/first-paint.ts): what the panel's state reads
 * (its stale marker and warnings). The KQL, window, figures and portal link come with the full
 * snapshot, fetched when an inspector opens: query text was half of every page's bytes.
 */
export type QueryRunHead = Pick<QueryRun, "id" | "warnings" | "coverage" | "stale">;

export interface SignalMeta<Q extends QueryRunHead = QueryRun> {
  status: Status;
  /** Why status is not ok, in words, when the signal says it once (e.g. incidents: the silent source). */
  reason?: string;
  /** Seconds between asOf and the newest row the signal used; null when it had no rows. */
  dataAgeSeconds: number | null;
  queries: Q[];
  warnings: string[];
}

/** One wall tile's grade and why it is not OK, in words the tile prints as they are. */
export interface WallTileState {
  status: Status;
  reason: string | null;
}

/**
 * What the NOC wall shows as statuses, computed once while the snapshot is built (lib/wall/tile-model.ts)
 * from the statuses the signals carry: the wall's components render these and combine nothing.
 */
export interface WallModel {
  /** The header's overall status: breach while an incident is open, else the signals' headline. */
  status: Status;
  /** Tile id (a signal module's `wallTiles`, plus the SLO view's "slo-summary" and "slo-burn") → its state. */
  tiles: Record<string, WallTileState>;
}

/**
 * A recorded dataset (embedded.dataset) viewed past its newest row: why every source is silent and
 * the `at` that shows its end (lib/dataset/after-the-data.ts recordingNote).
 */
export interface RecordingNote {
  /** The dataset's newest row, ISO. */
  endsAt: string;
  /** The `at` parameter that opens the view as of its end. */
  at: string;
  /** For the overview and drill-downs, e.g. "This workspace is a recorded dataset that ends at … (16 h ago): …". */
  sentence: string;
  /** The wall's STALE banner line, e.g. "Recorded dataset ended 2026-12-05 14:00:00 UTC (16 h ago)". */
  staleDetail: string;
}

export interface Snapshot<Q extends QueryRunHead = QueryRun> {
  asOf: string;
  range: { from: string; to: string };
  source: "embedded" | "azure";
  regions: RegionSnapshot[];
  replication: ReplicationSnapshot[];
  conflicts: ConflictSnapshot[];
  originFlips: OriginFlip[];
  probeBlind: ProbeBlindSpan[];
  incidents: IncidentSnapshot[];
  /** Set with a region filter: the origin-health lists' words for what they leave out. */
  originFilter?: OriginFilterNote;
  splitBrain: { count: number; races: SplitBrainRace[]; status: Status; rangeWorst: RangeWorst };
  availability: AvailabilitySnapshot;
  /** Azure-reported platform events overlapping the range (Service Health first, newest first); warn while one is active at asOf. */
  platformHealth: { events: PlatformEvent[]; status: Status; rangeWorst: RangeWorst };
  outsideIn: OutsideInSnapshot;
  /** Per region: mean time between incidents and last tested (the incidents signal's). */
  incidentAnalytics: IncidentAnalytics;
  /** Set with a region filter: what the incident list leaves out of the other regions, in words. */
  incidentsFilter?: IncidentsFilterNote;
  /** Per signal, in registry order. */
  signals: Record<SignalKey, SignalMeta<Q>>;
  /** The wall's tile statuses and reasons (optional only for snapshots cached by an older server). */
  wall?: WallModel;
  /** Set when the view ends past a recorded dataset's newest row (attached per answer, not built: lib/catalog/serve-snapshot.ts withRecording). */
  recording?: RecordingNote;
  dataAgeSeconds: number | null;
  warnings: string[];
  /** Set with a region filter (?region=): the rows are that region's, the panels' statuses still cover every region; `note` says so on screen. */
  regionFilter?: { region: string; note: string };
}

/** A snapshot as components read it: the full one, or a first paint's whose runs are heads. */
export type ShownSnapshot = Snapshot<QueryRunHead>;
