import type { DashboardConfig } from "@/lib/config/schema";
import type { SignalName } from "@/lib/params/signal";
import { availabilitySeries } from "@/lib/signals/availability/series";
import { conflictSeries } from "@/lib/signals/conflicts/series";
import { incidentSeries } from "@/lib/signals/incidents/series";
import { originHealthSeries } from "@/lib/signals/origin-health/series";
import { replicationSeries } from "@/lib/signals/replication-lag/series";
import { createSignalContext } from "@/lib/signals/runtime/context";
import type { Row } from "@/lib/signals/runtime/types";
import { saturationSeries } from "@/lib/signals/saturation/series";
import { splitBrainSeries } from "@/lib/signals/split-brain/series";
import type { QueryRun } from "@/lib/snapshot/types";
import type { LogsSource, QueryWindow } from "@/lib/workspace/types";
import { binSecondsFor } from "@/lib/charts/bins";
import type { SeriesResponse } from "@/lib/charts/types";
import type { SeriesRequest, SeriesResult } from "@/lib/signals/runtime/types";

/** Each signal's time series (its `series.ts`), by the snapshot's signal names. */
export const SERIES_BY_SIGNAL: Record<SignalName, (req: SeriesRequest) => Promise<SeriesResult>> = {
  regions: async (req) => {
    const [sat, health] = await Promise.all([saturationSeries(req), originHealthSeries(req)]);
    return { panels: [...health.panels.filter((p) => p.id === "traffic-share"), ...sat.panels], tables: [...sat.tables, ...health.tables] };
  },
  replication: replicationSeries,
  conflicts: conflictSeries,
  originHealth: originHealthSeries,
  incidents: incidentSeries,
  splitBrain: splitBrainSeries,
  availability: availabilitySeries,
};

export interface SeriesRun {
  response: SeriesResponse;
  tables: { queryId: string; rows: Row[] }[];
}

/**
 * Runs a signal's series for a range: the bucket size comes from the range and the chart width
 * (server-side downsampling), every query run is recorded for the inspector.
 */
export async function runSeries(args: {
  config: DashboardConfig;
  source: LogsSource;
  signal: SignalName;
  range: QueryWindow;
  widthPx: number;
  region?: string;
  abort?: AbortSignal;
}): Promise<SeriesRun> {
  const runs: QueryRun[] = [];
  const ctx = createSignalContext({ config: args.config, source: args.source, range: args.range, onRun: (r) => runs.push(r), signal: args.abort });
  const binSeconds = binSecondsFor(args.range.to.getTime() - args.range.from.getTime(), args.widthPx);
  const result = await SERIES_BY_SIGNAL[args.signal]({ ctx, binSeconds, widthPx: args.widthPx, region: args.region });
  return {
    response: {
      signal: args.signal,
      asOf: args.range.to.toISOString(),
      range: { from: args.range.from.toISOString(), to: args.range.to.toISOString() },
      region: args.region ?? null,
      binSeconds,
      widthPx: args.widthPx,
      panels: result.panels,
      queries: runs,
      warnings: [...new Set(result.panels.flatMap((p) => p.warnings))],
    },
    tables: result.tables,
  };
}
