import type { ColumnSchema } from "../telemetry/schemas";

/**
 * The shape every source returns, embedded or Azure: the REST API's PrimaryResult with values
 * normalised (datetime → ISO-8601 string, long/int/real → number, dynamic → parsed JSON,
 * timespan → "[-][d.]hh:mm:ss[.fffffff]" string, null for nulls).
 */
export interface QueryTable {
  columns: ColumnSchema[];
  /** Cell values; the embedded engine gives a long beyond ±(2^53 − 1) as a bigint (lib/engine/exact-long.ts). */
  rows: unknown[][];
}

/** The query API's `timespan`: every table's TimeGenerated is filtered to [from, to). */
export interface QueryWindow {
  from: Date;
  to: Date;
}

export interface QueryResult {
  table: QueryTable;
  /** Partial results, truncation, missing tables: shown on the affected signal, never swallowed. */
  warnings: string[];
  partial: boolean;
  /** Seconds since the upstream produced this result (gateway cache; 0 or absent when fresh). */
  cacheAgeSeconds?: number;
  /** Set when the upstream failed and this is the last good result (served by the gateway's stale-if-error). */
  stale?: { since: string; error: string };
  /** The window actually queried (the gateway snaps windows to the bin grid; a stale result has an older one). */
  window?: QueryWindow;
}

/** Caching hints for the gateway; plain sources ignore them. */
export interface QueryOptions {
  signal?: AbortSignal;
  /** The panel's bin size: the window is snapped to it and it bounds how long a result stays fresh. */
  binSeconds?: number;
  /** How often the panel refreshes: a result stays fresh for about this long. */
  refreshSeconds?: number;
}

export interface LogsSource {
  readonly kind: "embedded" | "azure";
  query(kql: string, window: QueryWindow, options?: QueryOptions): Promise<QueryResult>;
}

/** A row keyed by column name, values as the LogsSource normalised them. */
export type Row = Record<string, unknown>;
