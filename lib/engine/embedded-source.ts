/**
 * LogsSource over the embedded workspace: the same KQL the Azure source sends runs locally on
 * the in-memory tables. A query naming a table the workspace lacks fails like Log Analytics
 * does (a semantic error); the message contains "missing table <Name>".
 */
import type { Workspace } from "../dataset/workspace";
import { runQuery } from "./run-query";
import type { LogsSource, QueryResult, QueryWindow } from "../workspace/types";

/** The query API's result limit: larger results come back truncated and marked partial. */
export const MAX_RESULT_ROWS = 500_000;

export class EmbeddedSource implements LogsSource {
  readonly kind = "embedded" as const;

  /** `asOf` gives the time now()/ago() are relative to (a replayed dataset's clock). */
  constructor(
    readonly workspace: Workspace,
    private readonly asOf: () => Date = () => new Date(),
  ) {}

  async query(kql: string, window: QueryWindow, options?: { signal?: AbortSignal }): Promise<QueryResult> {
    options?.signal?.throwIfAborted();
    // Synchronous CPU work; yielding once lets an aborted request skip it.
    await Promise.resolve();
    options?.signal?.throwIfAborted();
    const table = runQuery(this.workspace, kql, { timespan: window, asOf: this.asOf() });
    if (table.rows.length > MAX_RESULT_ROWS) {
      const total = table.rows.length;
      table.rows.length = MAX_RESULT_ROWS;
      return { table, warnings: [`result truncated to ${MAX_RESULT_ROWS} of ${total} rows (the query API's limit)`], partial: true };
    }
    return { table, warnings: [], partial: false };
  }
}
