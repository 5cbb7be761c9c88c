import type { DashboardConfig } from "@/lib/config/schema";
import { binSecondsFor } from "@/lib/charts/bins";
import type { SeriesResponse } from "@/lib/charts/types";
import { SIGNAL_MODULES, signalModule, type SignalRegistry } from "@/lib/signals";
import { createSignalContext } from "@/lib/signals/runtime/context";
import type { Row } from "@/lib/signals/runtime/types";
import type { QueryRun } from "@/lib/snapshot/types";
import type { LogsSource, QueryWindow } from "@/lib/workspace/types";

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
  signal: string;
  range: QueryWindow;
  widthPx: number;
  region?: string;
  abort?: AbortSignal;
  registry?: SignalRegistry;
}): Promise<SeriesRun> {
  const found = signalModule(args.signal, args.registry ?? SIGNAL_MODULES);
  if (!found) throw new Error(`unknown signal ${args.signal}`);
  const runs: QueryRun[] = [];
  const ctx = createSignalContext({ config: args.config, source: args.source, range: args.range, onRun: (r) => runs.push(r), signal: args.abort });
  const binSeconds = binSecondsFor(args.range.to.getTime() - args.range.from.getTime(), args.widthPx);
  const result = await found.series({ ctx, binSeconds, widthPx: args.widthPx, region: args.region });
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
