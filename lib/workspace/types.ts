import type { ColumnSchema } from "../telemetry/schemas";

/**
 * The shape every source returns, embedded or Azure: the REST API's PrimaryResult with values
 * normalised (datetime → ISO-8601 string, long/int/real → number, dynamic → parsed JSON,
 * timespan → "[-][d.]hh:mm:ss[.fffffff]" string, null for nulls).
 */
export interface QueryTable {
  columns: ColumnSchema[];
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
}

export interface LogsSource {
  readonly kind: "embedded" | "azure";
  query(kql: string, window: QueryWindow, options?: { signal?: AbortSignal }): Promise<QueryResult>;
}
