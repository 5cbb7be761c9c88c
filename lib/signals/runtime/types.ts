import type { DashboardConfig } from "@/lib/config/schema";
import type { QueryRun, SignalMeta } from "@/lib/snapshot/types";
import type { SeriesPanel } from "@/lib/charts/types";
import type { QueryWindow } from "@/lib/workspace/types";

/** A query of the catalog as text, for the compile test and the inspector. */
export interface CatalogQuery {
  id: string;
  kql: string;
}

import type { Row } from "@/lib/workspace/types";

export type { Row };

export interface QueryOutcome {
  rows: Row[];
  run: QueryRun;
  /** False when the table or a column is missing or the query failed: the signal is no-data. */
  ok: boolean;
}

export interface RunQueryOptions {
  /** Columns the signal reads; a result lacking one is treated as missing data with a warning. */
  requiredColumns?: readonly string[];
  /** The signal's bin size in seconds: lets a caching gateway snap the window to it. */
  binSeconds?: number;
}

/**
 * What every signal receives. Windows come from asOf/range (never now()); the KQL text receives
 * them through the source's timespan.
 */
export interface SignalContext {
  readonly config: DashboardConfig;
  /** The moment evaluated; equals range.to. */
  readonly asOf: Date;
  readonly range: QueryWindow;
  runQuery(id: string, kql: string, window: QueryWindow, options?: RunQueryOptions): Promise<QueryOutcome>;
}

export interface SignalOutput<T> {
  value: T;
  meta: SignalMeta;
}

/** One signal of the catalog: its KQL (for the compile test) and its evaluation. */
export interface SignalModule<T> {
  /** Key in `Snapshot.signals`. */
  name: string;
  queries(config: DashboardConfig): CatalogQuery[];
  run(ctx: SignalContext): Promise<SignalOutput<T>>;
}

/** What a signal's series module receives: the context (range, asOf, runQuery) and the bucket size. */
export interface SeriesRequest {
  ctx: SignalContext;
  binSeconds: number;
  /** The chart's width: no series may carry more points. */
  widthPx: number;
  /** Only series of this configured region (where the signal has a region dimension). */
  region?: string;
}

/** A series module's answer: the panels, and the rows of each query for the rows table. */
export interface SeriesResult {
  panels: SeriesPanel[];
  tables: { queryId: string; rows: Row[] }[];
}
