import { randomUUID } from "node:crypto";
import type { TokenCredential } from "@azure/core-auth";
import { LogsQueryClient, LogsQueryResultStatus, type LogsTable } from "@azure/monitor-query-logs";
import type { DashboardConfig } from "../config/schema";
import { UpstreamError } from "../gateway/upstream-error";
import type { LogsSource, QueryOptions, QueryResult, QueryWindow } from "../workspace/types";
import { convertTable } from "./convert";
import { apiBaseUrl, tokenScope } from "./endpoint";
import { describeWords, errorWords, partialErrorOf } from "./error-body";
import { classifyAzureError, type RawResponse } from "./errors";
import { missingTableIn, missingTableWarning } from "../telemetry/remedies";

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
  /** What the pipeline saw of each request's answer, by x-ms-client-request-id, until the query returns. */
  private readonly answers = new Map<string, RawResponse>();

  constructor(private readonly options: AzureSourceOptions) {
    const { endpoint, scope } = options.workspaces;
    this.client = new LogsQueryClient(options.credential, {
      endpoint: apiBaseUrl(endpoint),
      credentials: { scopes: [tokenScope(endpoint, scope)] },
      // The gateway owns retries (backoff, Retry-After, a shared pause on 429); the SDK's would multiply them.
      retryOptions: { maxRetries: 0 },
      ...(options.ca ? { tlsOptions: { ca: options.ca } } : {}),
    });
    // The SDK loses what the project needs from the HTTP answer: the status of a 204 (it throws a
    // TypeError), the raw error body (its deserialiser drops details[].innererror and OAuth-style
    // error_description), and the Age header of the API's own 2-minute cache. queryWorkspace accepts
    // `onResponse` in its option types but drops it before sending (@azure/monitor-query-logs 1.0.0,
    // convertToInternalOptions), so a pipeline policy keeps them per request id.
    this.client.pipeline.addPolicy({
      name: "captureRawAnswer",
      sendRequest: async (request, next) => {
        const response = await next(request);
        const id = request.headers.get("x-ms-client-request-id");
        if (id) this.answers.set(id, captured(response));
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
      const answer = this.answers.get(requestId);
      // Released before conversion: the body text of a large result is not needed past this point.
      this.answers.delete(requestId);
      const age = Number(answer?.headers.get("age"));
      if (result.status === LogsQueryResultStatus.Success) {
        return this.toResult(result.tables, [], false, age);
      }
      const raw = answer?.bodyText ? partialErrorOf(answer.bodyText) : undefined;
      return this.toResult(result.partialTables, partialWarnings(raw ?? result.partialError), true, age);
    } catch (err) {
      const answer = this.answers.get(requestId);
      // errors.md: "If a workspace has no data in it, we return 204 No Content."
      if (answer?.status === 204) {
        return { table: { columns: [], rows: [] }, warnings: [NO_CONTENT], partial: false };
      }
      const error = classifyAzureError(err, Date.now(), answer);
      const table = error.kind === "query" ? missingTableIn(error.message) : undefined;
      if (table) return { table: { columns: [], rows: [] }, warnings: [missingTableWarning(table)], partial: true };
      throw error;
    } finally {
      this.answers.delete(requestId);
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

const NO_CONTENT = "Log Analytics answered 204 No Content: the workspace holds no data at all, so every table is empty.";

/**
 * A reference to the body text, not a copy, and no scan of it: a result can be 64 MB (measured here,
 * a search through 64 MB took 180-540 ms, 5-12 % of parsing it). It is read only when the SDK
 * reports a PartialFailure or an error.
 */
function captured(response: { status: number; headers: RawResponse["headers"]; bodyAsText?: string | null }): RawResponse {
  const text = response.bodyAsText ?? undefined;
  return { status: response.status, headers: response.headers, bodyText: text, emptyBody: !text?.trim() };
}

/** The PartialError's own words (its reason is in details[].innererror), the truncation it means, and a missing table it names. */
function partialWarnings(error: unknown): string[] {
  const words = errorWords({ error });
  const warnings = [`Partial result from Log Analytics (${describeWords(words)}). Rows may be missing.`];
  const said = [...words.codes, ...words.messages].join(" ");
  if (TRUNCATION.test(said)) {
    warnings.push("Result truncated by the Log Analytics API limits (500,000 rows or 64 MB): narrow the window or aggregate more.");
  }
  const table = missingTableIn(said);
  if (table) warnings.push(missingTableWarning(table));
  return warnings;
}
