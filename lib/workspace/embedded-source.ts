/**
 * LogsSource over the embedded workspace: the same KQL the Azure source sends runs locally on
 * the in-memory tables. A query naming a table the workspace lacks fails like Log Analytics
 * does (a semantic error); the message contains "missing table <Name>".
 */
import type { Workspace } from "../dataset/workspace";
import { runQuery } from "../engine/run-query";
import type { LogsSource, QueryResult, QueryWindow } from "./types";

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
    return { table, warnings: [], partial: false };
  }
}
