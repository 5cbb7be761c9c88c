import type { DashboardConfig } from "@/lib/config/schema";
import type { QueryRun, SignalKey, SignalMeta, Snapshot } from "@/lib/snapshot/types";
import type { SeriesPanel } from "@/lib/charts/types";
import type { TelemetryFeed } from "@/lib/telemetry/contract";
import type { QueryWindow, Row } from "@/lib/workspace/types";

/** A query of the catalog as text, for the compile test and the inspector. */
export interface CatalogQuery {
  id: string;
  kql: string;
}

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
  /**
   * The optional feed the query reads: when the workspace lacks its table the run carries the
   * feed's coverage fact (`QueryRun.coverage`) instead of the analyzer's error; the outcome is empty.
   */
  optionalFeed?: TelemetryFeed;
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

/** What a signal's `project` receives to fill its part of the snapshot. */
export interface ProjectContext {
  config: DashboardConfig;
  /** Only this configured region's rows, when set. */
  region?: string;
  /** Another signal's value in the same snapshot (null when it failed), e.g. origin health for the regions rows. */
  valueOf(key: string): unknown;
}

/** The snapshot's fields besides the envelope (asOf, range, source, signals, dataAgeSeconds, warnings). */
export type SnapshotFields = Omit<Snapshot, "asOf" | "range" | "source" | "signals" | "dataAgeSeconds" | "warnings">;

/**
 * One signal of the catalog, declared once: its key and titles, queries, evaluation, its part of
 * the snapshot, its chart series, the telemetry feeds it reads and the wall tiles it feeds.
 * Everything that lists signals (snapshot, routes, navigation, overview, wall, doctor) derives from
 * the registry of these (lib/signals/index.ts).
 */
export interface SignalModule<T, K extends string = SignalKey> {
  /** Key in `Snapshot.signals` and the `/signals/[key]` route segment. */
  key: K;
  /** Drill-down page title. */
  title: string;
  /** Short name for navigation and panel headings. */
  label: string;
  /** False for signals with their own page instead of a drill-down link in the navigation (incidents). */
  nav?: boolean;
  queries(config: DashboardConfig): CatalogQuery[];
  run(ctx: SignalContext): Promise<SignalOutput<T>>;
  /** This signal's fields of the snapshot from its value (null when it failed), kept to `region` when set. */
  project(value: T | null, ctx: ProjectContext): Partial<SnapshotFields>;
  /**
   * The signal's status and reason as its panel heads the rows it projected, for a signal whose rows
   * join another signal's (regions: saturation and origin health), so the header says what the rows
   * say. Without it the status of `run` stands. `fields` holds every configured region's rows even
   * under a region filter: a header covers the whole deployment, as every run's status does.
   */
  summarize?(fields: SnapshotFields, meta: SignalMeta): SignalMeta;
  /** The drill-down's charts and rows tables. */
  series(req: SeriesRequest): Promise<SeriesResult>;
  /** The telemetry feeds its queries read (lib/telemetry/contract.ts): the doctor checks each one. */
  telemetry: readonly TelemetryFeed[];
  /** The wall tiles whose freshness this signal's data counts in. */
  wallTiles: readonly string[];
}

/** A module of any value type, as the registry holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySignalModule<K extends string = string> = SignalModule<any, K>;

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
