/**
 * The one place the companion takes the telemetry contract from (shared/SIGNALS.md section 2).
 * Everything else in companion/ imports names and Properties keys from here, never as literals,
 * so pointing this file at lib/telemetry/contract.ts (issue #13: `CONFLICT_DEPTH_METRIC`,
 * `DRILL_EVENT`, `DRILL_PHASES`, `FEEDS.*.properties`) is the whole change when that lands.
 * Until then the names come from the queries that read them, so an emitter and a reader cannot drift.
 */
import { CONFLICT_METRIC } from "@/lib/signals/conflicts/query";

/** AppMetrics Name of the conflict-feed depth samples (the conflicts signal's query reads it). */
export const CONFLICT_DEPTH_METRIC = CONFLICT_METRIC;

/** AppMetrics Name of canary lag samples when a pair's `lagSource.metricName` is not set (config default). */
export const DEFAULT_LAG_METRIC = "replication_lag_ms";

/** AppEvents Name of drill markers (lib/signals/incidents/query.ts drillMarkersQuery reads it). */
export const DRILL_EVENT = "failover_drill";
export const DRILL_PHASES = ["start", "end"] as const;
export type DrillPhase = (typeof DRILL_PHASES)[number];

/** Properties keys each feed's queries read. */
export const LAG_KEYS = { source: "sourceRegion", target: "targetRegion" } as const;
export const CONFLICT_KEYS = { region: "region", container: "container" } as const;
export const DRILL_KEYS = { region: "region", phase: "phase" } as const;
