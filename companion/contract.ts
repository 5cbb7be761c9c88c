/**
 * The one place the companion takes the telemetry contract from: lib/telemetry/contract.ts, the
 * contract the dashboard's queries, doctor and README are derived from (and tested against).
 * Everything else in companion/ imports names and Properties keys from here, never as literals,
 * so an emitter and a reader cannot drift.
 */
import { CONFLICT_DEPTH_METRIC, DRILL_EVENT, DRILL_PHASES, FEEDS } from "@/lib/telemetry/contract";

export { CONFLICT_DEPTH_METRIC, DRILL_EVENT, DRILL_PHASES };
export type DrillPhase = (typeof DRILL_PHASES)[number];

/** AppMetrics Name of canary lag samples when a pair's `lagSource.metricName` is not set (config default). */
export const DEFAULT_LAG_METRIC = "replication_lag_ms";

const [lagSource, lagTarget] = FEEDS.canaryLag.properties();
const [conflictRegion, conflictContainer] = FEEDS.conflictDepth.properties();
const [drillRegion, drillPhase] = FEEDS.drills.properties();

/** Properties keys each feed's queries read. */
export const LAG_KEYS = { source: lagSource, target: lagTarget } as const;
export const CONFLICT_KEYS = { region: conflictRegion, container: conflictContainer } as const;
export const DRILL_KEYS = { region: drillRegion, phase: drillPhase } as const;
