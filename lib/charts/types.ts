import type { QueryRun, QueryRunHead } from "@/lib/snapshot/types";

/** Units of SIGNALS.md, so a chart formats its axis the way the overview formats its numbers. */
export type SeriesUnit = "seconds" | "percent" | "ratio" | "count";

/** One point of a time series: epoch milliseconds and a value; null is a gap (no data), never zero. */
export interface SeriesPoint {
  t: number;
  v: number | null;
}

/** One line of a chart: e.g. the cosmos lag uksouth → westeurope. */
export interface ChartSeries {
  key: string;
  label: string;
  unit: SeriesUnit;
  points: SeriesPoint[];
}

/** A horizontal line: an RPO/RTO budget or a saturation/error threshold. */
export interface Threshold {
  value: number;
  label: string;
  severity: "warn" | "breach";
}

export type AnnotationKind = "flip" | "incident" | "drill" | "probe-blind" | "milestone" | "platform";

/** Something that happened on the shared time axis (a point, or a span when `end` is set). */
export interface Annotation {
  kind: AnnotationKind;
  t: number;
  end?: number;
  region: string;
  label: string;
}

/** One chart of a drill-down page: the series, what they are measured against, and how they were fetched. */
export interface SeriesPanel {
  id: string;
  title: string;
  unit: SeriesUnit;
  series: ChartSeries[];
  thresholds: Threshold[];
  /** Ids of the QueryRuns (in SeriesResponse.queries) behind this panel, for its inspector. */
  queryIds: string[];
  /** False when no series has a single value: the panel shows NO DATA with the warnings as the reason. */
  hasData: boolean;
  warnings: string[];
}

/** The body of GET /api/signals/[signal]/series (a page's first paint ships its runs as heads: lib/snapshot/first-paint). */
export interface SeriesResponse<Q extends QueryRunHead = QueryRun> {
  signal: string;
  asOf: string;
  range: { from: string; to: string };
  region: string | null;
  /** Server-side bucket size: the KQL bins at this size so no chart has more points than pixels. */
  binSeconds: number;
  widthPx: number;
  panels: SeriesPanel[];
  queries: Q[];
  warnings: string[];
}

/** The body of GET /api/signals/[signal]/rows: the rows behind the charts, as a table. */
export interface RowsResponse {
  signal: string;
  queryId: string;
  columns: { name: string; type: string }[];
  rows: unknown[][];
  total: number;
  nextCursor: string | null;
  queries: QueryRun[];
}
