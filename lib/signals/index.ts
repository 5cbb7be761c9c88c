import type { DashboardConfig } from "@/lib/config/schema";
import { availability } from "./availability";
import { conflicts } from "./conflicts";
import { incidentsSignal } from "./incidents";
import { originHealthSignal } from "./origin-health";
import { replicationLag } from "./replication-lag";
import type { CatalogQuery, SignalModule } from "./runtime/types";
import { saturation } from "./saturation";
import { splitBrain } from "./split-brain";

export { availability, conflicts, incidentsSignal, originHealthSignal, replicationLag, saturation, splitBrain };

/** Every signal of the catalog (SIGNALS.md section 3), in snapshot order. */
export const SIGNAL_MODULES: readonly SignalModule<unknown>[] = [
  saturation,
  replicationLag,
  conflicts,
  originHealthSignal,
  incidentsSignal,
  splitBrain,
  availability,
];

/** Every query text the catalog may run for a configuration, with the signal it belongs to. */
export function catalogQueries(config: DashboardConfig): (CatalogQuery & { signal: string })[] {
  return SIGNAL_MODULES.flatMap((m) => m.queries(config).map((q) => ({ ...q, signal: m.name })));
}
