/**
 * The snapshot: every number of the dashboard for one moment (shared/SIGNALS.md section 4).
 * Durations in seconds, ratios in [0, 1], utilisation in percent, times as ISO-8601 UTC strings.
 */

export type Status = "ok" | "warn" | "breach" | "no-data";

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
  stale?: { since: string; error: string };
}

export interface SignalMeta {
  status: Status;
  /** Seconds between asOf and the newest row the signal used; null when it had no rows. */
  dataAgeSeconds: number | null;
  queries: QueryRun[];
  warnings: string[];
}

export interface RegionSnapshot {
  id: string;
  displayName: string;
  originHealthy: boolean | null;
  trafficShareRatio: number | null;
  cpuPercent: number | null;
  ruPercent: number | null;
  throttled429: number | null;
  survivorProjectedPercent: number | null;
  status: Status;
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
}

export interface ConflictSnapshot {
  region: string;
  container: string;
  depthNow: number | null;
  depthMax: number | null;
  growing: boolean;
  status: Status;
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
  rpoTiers: { tier: string; source: string; target: string; lagSeconds: number | null; budgetSeconds: number }[];
  rtoBudgetSeconds: number;
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
  status: Status;
}

export interface Snapshot {
  asOf: string;
  range: { from: string; to: string };
  source: "embedded" | "azure";
  regions: RegionSnapshot[];
  replication: ReplicationSnapshot[];
  conflicts: ConflictSnapshot[];
  originFlips: OriginFlip[];
  probeBlind: ProbeBlindSpan[];
  incidents: IncidentSnapshot[];
  splitBrain: { count: number; races: SplitBrainRace[]; status: Status };
  availability: AvailabilitySnapshot;
  /** Per signal: regions, replication, conflicts, originHealth, incidents, splitBrain, availability. */
  signals: Record<string, SignalMeta>;
  dataAgeSeconds: number | null;
  warnings: string[];
}
