import { incidentsSignal } from "../signals/incidents";
import { createSignalContext } from "../signals/runtime/context";
import type { DashboardConfig } from "../config/schema";
import type { LogsSource } from "../workspace/types";
import type { IncidentRow } from "./types";
import type { RegionAnalytics } from "../snapshot/types";

/**
 * Every incident and drill that started in [from, to), measured by the catalog's incident signal
 * over that window (its own look-back finds real starts). Status, reasons, RTO/RPO parts and the
 * survivor's headroom are the signal's own: the review shows them, it never judges again.
 */
export async function periodIncidents(args: {
  config: DashboardConfig;
  source: LogsSource;
  from: Date;
  to: Date;
}): Promise<{ incidents: IncidentRow[]; regions: RegionAnalytics[]; warnings: string[] }> {
  const ctx = createSignalContext({ config: args.config, source: args.source, range: { from: args.from, to: args.to } });
  const out = await incidentsSignal.run(ctx);
  const fromMs = args.from.getTime();
  const toMs = args.to.getTime();
  const inPeriod = out.value.incidents.filter((i) => {
    const t = Date.parse(i.start);
    return t >= fromMs && t < toMs;
  });
  return { incidents: inPeriod.sort((a, b) => Date.parse(a.start) - Date.parse(b.start)), regions: out.value.analytics, warnings: out.meta.warnings };
}
