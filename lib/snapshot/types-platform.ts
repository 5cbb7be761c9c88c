/** The snapshot's outside view: Azure platform events, outside-in availability tests, silent telemetry sources. */
import type { RangeWorst, Status } from "./status";

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
