import { randomUUID } from "node:crypto";
import type { TokenCredential } from "@azure/core-auth";
import { LogsQueryClient, LogsQueryResultStatus, type LogsTable } from "@azure/monitor-query-logs";
import type { DashboardConfig } from "../config/schema";
import { UpstreamError } from "../gateway/upstream-error";
import type { LogsSource, QueryOptions, QueryResult, QueryWindow } from "../workspace/types";
import { convertTable } from "./convert";
import { apiBaseUrl, tokenScope } from "./endpoint";
import { classifyAzureError } from "./errors";
import { missingTableIn, missingTableWarning } from "./remedies";

export type WorkspacesConfig = NonNullable<DashboardConfig["workspaces"]>;

/** The API's documented result caps (LIM-W "Query API"). */
export const MAX_ROWS = 500_000;
const TRUNCATION = /E_QUERY_RESULT_SET_TOO_LARGE|result set|too large|exceed|truncat|64 ?MB|64,000,000|limit/i;

export interface AzureSourceOptions {
  workspaces: WorkspacesConfig;
  credential: TokenCredential;
  /** Extra trusted CAs (tests talk to a local HTTPS server with a self-signed certificate). */
  ca?: string;
  /** Client-side deadline for a hung connection; default: the server timeout plus 15 s. */
  clientTimeoutMs?: number;
}

/** Log Analytics through Microsoft's LogsQueryClient: one query spans every configured workspace. */
export class AzureLogsSource implements LogsSource {
  readonly kind = "azure" as const;
  private readonly client: LogsQueryClient;
  private readonly ages = new Map<string, string>();

  constructor(private readonly options: AzureSourceOptions) {
    const { endpoint, scope } = options.workspaces;
    this.client = new LogsQueryClient(options.credential, {
      endpoint: apiBaseUrl(endpoint),
      credentials: { scopes: [tokenScope(endpoint, scope)] },
      // The gateway owns retries (backoff, Retry-After, a shared pause on 429); the SDK's would multiply them.
      retryOptions: { maxRetries: 0 },
      ...(options.ca ? { tlsOptions: { ca: options.ca } } : {}),
    });
    // The API may answer from its own 2-minute cache; its Age header is part of the data's age.
    this.client.pipeline.addPolicy({
      name: "captureAgeHeader",
      sendRequest: async (request, next) => {
        const response = await next(request);
        const age = response.headers.get("age");
        const id = request.headers.get("x-ms-client-request-id");
        if (age && id) this.ages.set(id, age);
        return response;
      },
    });
  }

  async query(kql: string, window: QueryWindow, options: QueryOptions = {}): Promise<QueryResult> {
    const [primary, ...additional] = this.options.workspaces.ids;
    const serverTimeout = this.options.workspaces.serverTimeoutSeconds;
    const requestId = randomUUID();
    try {
      const result = await this.client.queryWorkspace(
        primary,
        kql,
        { startTime: window.from, endTime: window.to },
        {
          additionalWorkspaces: additional.length ? additional : undefined,
          serverTimeoutInSeconds: serverTimeout,
          abortSignal: options.signal,
          requestOptions: {
            timeout: this.options.clientTimeoutMs ?? (serverTimeout + 15) * 1000,
            headers: { "x-ms-client-request-id": requestId },
          },
        },
      );
      const age = Number(this.ages.get(requestId));
      if (result.status === LogsQueryResultStatus.Success) {
        return this.toResult(result.tables, [], false, age);
      }
      const error = result.partialError;
      const detail = [error.message, ...(error.details ?? []).map((d) => d.message)].filter(Boolean).join("; ");
      const warnings = [`Partial result from Log Analytics (${error.code}): ${detail}. Rows may be missing.`];
      if (TRUNCATION.test(`${error.code} ${detail}`)) {
        warnings.push("Result truncated by the Log Analytics API limits (500,000 rows or 64 MB): narrow the window or aggregate more.");
      }
      return this.toResult(result.partialTables, warnings, true, age);
    } catch (err) {
      const error = classifyAzureError(err, Date.now());
      const table = error.kind === "query" ? missingTableIn(error.message) : undefined;
      if (table) return { table: { columns: [], rows: [] }, warnings: [missingTableWarning(table)], partial: true };
      throw error;
    } finally {
      this.ages.delete(requestId);
    }
  }

  private toResult(tables: LogsTable[], warnings: string[], partial: boolean, age: number): QueryResult {
    const primary = tables.find((t) => t.name === "PrimaryResult") ?? tables[0];
    if (!primary) throw new UpstreamError("bad-response", "Log Analytics answered without a PrimaryResult table");
    const table = convertTable(primary.columnDescriptors, primary.rows as unknown[][]);
    if (table.rows.length >= MAX_ROWS) {
      warnings.push(`Result truncated at ${MAX_ROWS.toLocaleString("en")} rows (the Log Analytics API limit): numbers from it are incomplete.`);
      partial = true;
    }
    return { table, warnings, partial, ...(Number.isFinite(age) && age > 0 ? { cacheAgeSeconds: age } : {}) };
  }
}
