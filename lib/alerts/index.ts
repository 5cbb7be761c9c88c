import type { DashboardConfig } from "@/lib/config/schema";
import { availabilityRules } from "./rules/availability";
import { conflictRules } from "./rules/conflicts";
import { incidentRules } from "./rules/incidents";
import { originHealthRules } from "./rules/origin-health";
import { probeLogRules } from "./rules/probe-log";
import { replicationRules } from "./rules/replication";
import { saturationRules } from "./rules/saturation";
import { splitBrainRules } from "./rules/split-brain";
import type { AlertRule } from "./types";

export type { AlertRule } from "./types";

/** Every alert rule of a configuration, from the signal modules' own queries and thresholds. */
export function alertRules(config: DashboardConfig): AlertRule[] {
  return [...availabilityRules(config), ...replicationRules(config), ...conflictRules(config), ...splitBrainRules(config), ...saturationRules(config), ...originHealthRules(config), ...probeLogRules(config), ...incidentRules(config)];
}
