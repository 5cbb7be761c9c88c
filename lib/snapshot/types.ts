/**
 * The snapshot: every number of the dashboard for one moment (shared/SIGNALS.md section 4).
 * Durations in seconds, ratios in [0, 1], utilisation in percent, times as ISO-8601 UTC strings.
 */

export type Status = "ok" | "warn" | "breach" | "no-data";

/**
 * The keys of `Snapshot.signals` (SIGNALS.md section 3). The signal registry (lib/signals/index.ts)
 * must hold exactly one module per key: the type check there fails otherwise.
 */
export type SignalKey = "regions" | "replication" | "conflicts" | "originHealth" | "incidents" | "splitBrain" | "availability" | "platformHealth" | "outsideIn";

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

/**
 * The worst status a row reached anywhere in the requested range (SIGNALS 3.1), beside `status`
 * (now): a 24 h view must never show a plain OK next to a breach it contains.
 */
export interface RangeWorst {
  status: Status;
  /** Total time in the range spent over the breach line; null for event signals (split-brain races). */
  overBudgetSeconds: number | null;
  /** Why, in a plain sentence, when not ok (rendered as-is by every screen). */
  reason: string | null;
}

export interface SignalMeta<Q extends QueryRunHead = QueryRun> {
  status: Status;
  /** Why status is not ok, in words, when the signal says it once (e.g. incidents: the silent source). */
  reason?: string;
  /** Seconds between asOf and the newest row the signal used; null when it had no rows. */
  dataAgeSeconds: number | null;
  queries: Q[];
  warnings: string[];
}

export type SurvivorBasis = "measured" | "unverified" | "cannot-serve";

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
   * whatever the number (survivorStatus warn, as a projection over 100 %).
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
  rangeWorst: RangeWorst;
}

export interface ConflictSnapshot {
  region: string;
  container: string;
  depthNow: number | null;
  depthMax: number | null;
  growing: boolean;
  status: Status;
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

export interface IncidentSnapshot {
  region: string;
  kind: "real" | "drill";
  start: string;
  evictedAt: string | null;
  /** null while the incident is still open. */
  recoveredAt: string | null;
  /** Measured RTO, recoveredAt − start (SIGNALS 3.4); null while open: an RTO is only known once it ends. */
  rtoSeconds: number | null;
  /** The RTO clock: recoveredAt − start, or asOf − start while open (what the running clocks show). */
  elapsedSeconds: number;
  errorWindowSeconds: number;
  rpoSeconds: number | null;
  rpoTiers: { tier: string; source: string; target: string; lagSeconds: number | null; budgetSeconds: number; status: Status }[];
  rtoBudgetSeconds: number;
  /** The RTO part of the status: breach once the clock passes the budget; an open incident warns until then. */
  rtoStatus: Status;
  /** The RPO part: breach when any tier's lag at the start exceeded its budget; no-data without samples. */
  rpoStatus: Status;
  /** How the regions that stayed up carried the load (SIGNALS 3.4). */
  survivor: IncidentSurvivor;
  /** Worst of RTO, RPO and survivor. */
  status: Status;
  /** One plain sentence per non-ok part of the status; every screen shows these words. */
  reasons: string[];
  /** When we knew: the earlier of the flip to unhealthy and the first page-severity burn-rate alert (null: not measured). */
  detectedAt?: string | null;
  detectedBy?: "flip" | "burn-alert" | null;
  /** detectedAt − start. */
  timeToDetectSeconds?: number | null;
  /** The origin's flip back to healthy (Front Door re-admits it). */
  readmittedAt?: string | null;
  /** First bin from which its traffic share stays within 10 % of the pre-incident share for 60 s. */
  failbackAt?: string | null;
  /** failbackAt − readmittedAt; null while not failed back. */
  failbackSeconds?: number | null;
}

/** With a region filter: what the origin-health lists say when empty, and what they leave out (lib/signals/origin-health/filter-note.ts). */
export interface OriginFilterNote {
  region: string;
  noFlips: string;
  noProbeBlind: string;
  /** The other regions' flips and probe-blind spans left out; null when none. */
  hidden: string | null;
}

/** With a region filter: what the incident list leaves out (lib/signals/incidents/filter-note.ts). */
export interface IncidentsFilterNote {
  region: string;
  /** Incidents and drills of every region in the range (the list shows this region's). */
  total: number;
  /** What an empty list says: no incident in this region, not "no incident". */
  empty: string;
  /** The incidents of other regions left out, an open one first; null when none. */
  hidden: string | null;
  /** The headline status of the open incidents left out; null when none is open. */
  hiddenStatus: Status | null;
}

/** Per region over the range: mean time between real incidents and how long since recovery was last tested. */
export interface RegionAnalytics {
  region: string;
  /** Real incidents (drills left out) that started in the range. */
  realIncidents: number;
  /** Range length ÷ real incidents; null with none. */
  mtbiSeconds: number | null;
  /** End of the region's last drill (failover_drill end marker); null when none in the look-back. */
  lastDrillAt: string | null;
  /** (asOf − lastDrillAt) in days; null without a drill. */
  lastTestedDays: number | null;
  /** False when drill markers cannot be seen (no AppEvents table, or their query failed): no drill is not "never tested". */
  drillsObservable: boolean;
  /** warn past budgets.drillMaxAgeDays, or without any drill in the look-back; no-data when drills are not observable. */
  testedStatus: Status;
  reason: string | null;
}

export interface IncidentAnalytics {
  drillMaxAgeDays: number;
  regions: RegionAnalytics[];
}

/** The surviving regions from start to 10 min after the later of recoveredAt and the failed origin's readmission (asOf while open or still evicted). */
export interface IncidentSurvivor {
  /** Highest per-minute util (max of CPU and RU %) of any survivor; null without samples. */
  peakPercent: number | null;
  /** The survivor that peaked. */
  region: string | null;
  /** 429s of the survivors in the window; null without Cosmos samples. */
  throttled429: number | null;
  /** peak > 100 % or 429s in 3 consecutive minutes; null without samples. */
  ranOut: boolean | null;
  /**
   * The other regions whose origin Front Door's probes failed too in the window: they did not stay up,
   * so they are not survivors. Present only when some did; with none left the survivor part breaches.
   */
  downToo?: string[];
  /**
   * True while the survivors still carry the failed region's load (the incident open, or the region not
   * readmitted yet): the verdict so far, which can still turn. "Held" at 15:10 of a slow death read as
   * settled five minutes before the survivor ran out. Absent on incidents from before this field.
   */
  stillCarrying?: boolean;
  status: Status;
}

export interface SplitBrainRace {
  entityId: string;
  regions: string[];
  first: string;
  last: string;
  writes: number;
}

export type BurnWindow = "5m" | "30m" | "1h" | "6h" | "3d";

export interface AvailabilitySnapshot {
  target: number;
  windowDays: number;
  sli: number | null;
  errorBudgetRemainingRatio: number | null;
  burnRates: Record<BurnWindow, number | null>;
  alerts: { severity: "page" | "ticket"; rule: string }[];
  downtimeMinutes: number | null;
  allowedDowntimeMinutes: number;
  /** Error budget left graded: breach when overspent, warn below a quarter left, no-data without a ratio. */
  errorBudgetStatus: Status;
  /** Downtime minutes over their allowance (why the status can warn with no burn-rate alert); null without data. */
  downtimeOverspent: boolean | null;
  /** The window's SLI against the target: ok when met, breach when not, no-data without traffic. */
  sliStatus: Status;
  /** Per burn window: over the alert threshold it is judged against (null without data). */
  burnOver: Record<BurnWindow, boolean | null>;
  status: Status;
  /** Down minutes (error ratio > 1 %) inside the range shown; warn when any, breach/no-data as `status`. */
  rangeWorst: RangeWorst;
  /** The SLI with the configured corrections taken out (docs/slo-corrections.md); status and alerts judge the raw numbers. */
  corrected: CorrectedSli;
  /** Every configured correction overlapping the SLO window, applied or flagged. */
  corrections: AppliedCorrection[];
  /** How much of the window has data (docs/signals.md); absent in snapshots from before it was added. */
  coverage?: AvailabilityCoverage;
}

/** The part of the SLO window the availability figures were measured over. */
export interface AvailabilityCoverage {
  /** The first minute with traffic inside the window (ISO); null without data. */
  measuredFrom: string | null;
  /** Days from measuredFrom to asOf; null without data. */
  coveredDays: number | null;
  /** coveredDays / windowDays (0..1); null without data. */
  coverageRatio: number | null;
  /** Less than 99 % of the window has data: screens say `note` beside every figure over the window. */
  short: boolean;
  /** "1 h of data" when short, else null. */
  note: string | null;
  /** "Only 1 h of the 30-day window has data: …" when short, else null. */
  reason: string | null;
}

/** The window's numbers with corrected minutes removed from both good and total requests. */
export interface CorrectedSli {
  sli: number | null;
  errorBudgetRemainingRatio: number | null;
  downtimeMinutes: number | null;
  /** Requests (and bad requests) in the corrected minutes: what was taken out. */
  removedRequests: number;
  removedBadRequests: number;
  removedMinutes: number;
}

export interface AppliedCorrection {
  from: string;
  to: string;
  region: string;
  kind: "maintenance" | "known-bad";
  reason: string;
  approvedBy: string;
  /** Minutes of the correction with metric data inside the window (0: flagged). */
  minutesWithData: number;
  requests: number;
  badRequests: number;
  downMinutes: number;
  /** Why it did not (fully) apply, e.g. it overlaps no data; null when applied cleanly. */
  flag: string | null;
}

/**
 * An Azure Service Health or Resource Health report touching a configured region, service or
 * resource (the platform-health signal; AzureActivity rows grouped by tracking id or resource).
 */
export interface PlatformEvent {
  /** Tracking id (Service Health) or resource id (Resource Health) plus start: stable per event. */
  id: string;
  source: "ServiceHealth" | "ResourceHealth";
  title: string;
  /** Service Health's tracking id; null for Resource Health. */
  trackingId: string | null;
  /** Service Health incidentType (Incident, Maintenance, …) or Resource Health cause (PlatformInitiated, …). */
  kind: string | null;
  /** Configured region ids it touches. */
  regions: string[];
  services: string[];
  resourceId: string | null;
  /** Impact start (Service Health impactStartTime; Resource Health: the Unavailable/Degraded report). */
  from: string;
  /** Impact mitigation; null while Azure still reports it active. */
  to: string | null;
  active: boolean;
  /** "Azure: <title>, tracking id …, since …": the banner's words. */
  sentence: string;
}

/** One Application Insights standard availability test (AppAvailabilityResults), as seen from outside. */
export interface OutsideInTest {
  name: string;
  /** null: the global (Front Door) endpoint; else the region whose origin the test calls directly. */
  region: string | null;
  /** Runs and failed runs in the range, and their success ratio (null without runs). */
  runs: number;
  failed: number;
  availability: number | null;
  /** The last round (one run per location): failing when at least half of its runs failed. */
  recentRuns: number;
  recentFailed: number;
  failing: boolean | null;
  newest: string | null;
  status: Status;
}

/** A telemetry source the dashboard reads, and whether it went silent. */
export interface TelemetrySourceState {
  id: string;
  /** e.g. "Front Door logs", "UK South metrics", "canary". */
  label: string;
  /** Newest row within the look-back; null when none. */
  newest: string | null;
  /** No row for longer than the source's silence limit (or none in the look-back). */
  silent: boolean;
}

/**
 * Who is blind (or failing) now: Front Door failing, a region failing, or our own logs missing.
 * Computed once in lib/signals/outside-in; the overview and the wall print `headline` and `detail`.
 */
export interface BlindVerdict {
  kind: "ok" | "frontdoor-failing" | "region-failing" | "logs-missing" | "all-silent";
  status: Status;
  headline: string;
  /** One sentence per silent source ("Front Door logs silent since 10:02 UTC (25 min)"), and what outside-in says. */
  detail: string[];
  /** The failing regions (region-failing). */
  regions: string[];
  sources: TelemetrySourceState[];
}

export interface OutsideInSnapshot {
  tests: OutsideInTest[];
  /** The global test's success ratio over the SLO window, next to the edge SLI (availability.sli). */
  sliOutsideIn: number | null;
  sliEdge: number | null;
  /** outside-in − edge, and why they differ, in words. */
  sliGap: number | null;
  sliGapExplained: string;
  verdict: BlindVerdict;
  status: Status;
  rangeWorst: RangeWorst;
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
  dataAgeSeconds: number | null;
  warnings: string[];
  /** Set with a region filter (?region=): the rows are that region's, the panels' statuses still cover every region; `note` says so on screen. */
  regionFilter?: { region: string; note: string };
}

/** A snapshot as components read it: the full one, or a first paint's whose runs are heads. */
export type ShownSnapshot = Snapshot<QueryRunHead>;
