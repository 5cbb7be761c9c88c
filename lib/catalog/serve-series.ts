import { createHash } from "node:crypto";
import type { DashboardConfig } from "@/lib/config/schema";
import { decodeOffsetCursor, encodeOffsetCursor, parseLimit, parseCursor, ROWS_DEFAULT_LIMIT } from "@/lib/params/pagination";
import { badRequestBody, quote, single as singleParam, type BadRequestBody, type ParamError, type ParamResult } from "@/lib/params/result";
import { getParam, parseViewQuery, type ParamSource } from "@/lib/params/search-params";
import { parseSignalName } from "./signal-param";
import { SourceUnavailableError } from "@/lib/signals/runtime/context";
import type { Row } from "@/lib/signals/runtime/types";
import type { LogsSource } from "@/lib/workspace/types";
import { parseWidth, WIDTH_ALLOWED } from "@/lib/charts/bins";
import { runSeries, type SeriesRun } from "./series";
import type { RowsResponse, SeriesResponse } from "@/lib/charts/types";

/** What the snapshot and series answers need from the route: configuration, clock, source. */
export interface ServeDeps {
  config: DashboardConfig;
  now: Date;
  /** Earliest time the source holds data (the embedded demo's first day); null when unknown. */
  dataStart: Date | null;
  /** A recorded dataset's newest row (lib/wiring/source.ts recordedUntil; read once the snapshot is built, so the worker has said it); null for a live source. */
  recordedUntil?: () => Date | null;
  source: () => LogsSource;
  signal?: AbortSignal;
  log?: (message: string, err: unknown) => void;
}

type Answer<T> = { status: number; body: T | BadRequestBody | { error: string } };

/** One value of `name`; a repeated parameter (`w=200&w=300`) is a 400, not "first wins". */
function single(params: ParamSource, name: string, allowed: string): ParamResult<string | undefined> {
  return singleParam(name, getParam(params, name), allowed);
}

async function run(signalRaw: string, params: ParamSource, deps: ServeDeps): Promise<{ ok: true; run: SeriesRun } | { ok: false; answer: Answer<never> }> {
  const bad = (error: ParamError) => ({ ok: false as const, answer: { status: 400, body: badRequestBody(error) } });
  const signal = parseSignalName(signalRaw);
  if (!signal.ok) return bad(signal.error);
  const view = parseViewQuery(params, { config: deps.config, now: deps.now, dataStart: deps.dataStart });
  if (!view.ok) return bad(view.error);
  const w = single(params, "w", WIDTH_ALLOWED);
  if (!w.ok) return bad(w.error);
  const width = parseWidth(w.value);
  if (!width.ok) return bad(width.error);
  const { range, region } = view.value;
  try {
    const result = await runSeries({ config: deps.config, source: deps.source(), signal: signal.value, range, widthPx: width.value, region, abort: deps.signal });
    return { ok: true, run: result };
  } catch (err) {
    deps.log?.("series failed", err);
    if (err instanceof SourceUnavailableError) return { ok: false, answer: { status: 503, body: { error: `data source unavailable: ${err.message}` } } };
    return { ok: false, answer: { status: 502, body: { error: `the series could not be computed: ${err instanceof Error ? err.message : String(err)}` } } };
  }
}

/** GET /api/signals/[signal]/series without the framework: a SeriesResponse, or 400/502/503 with a message. */
export async function answerSeries(signal: string, params: ParamSource, deps: ServeDeps): Promise<Answer<SeriesResponse>> {
  const result = await run(signal, params, deps);
  return result.ok ? { status: 200, body: result.run.response } : result.answer;
}

function columnType(values: unknown[]): string {
  const v = values.find((x) => x !== null && x !== undefined);
  if (typeof v === "number") return "real";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) return "datetime";
  return typeof v === "object" ? "dynamic" : "string";
}

/**
 * What a rows cursor pages through: the signal, query, window, region and bin size (`w`). The cursor was a bare offset,
 * so one reused on another window (a range without `at` ends now and moves between requests) or
 * query answered 200 with rows skipped or repeated; a stamped cursor is refused there instead.
 */
function pageStamp(signal: string, seriesRun: SeriesRun, queryId: string): string {
  const { range, region, binSeconds } = seriesRun.response;
  return createHash("sha256").update(JSON.stringify([signal, queryId, range.from, range.to, region, binSeconds])).digest("hex").slice(0, 16);
}

/** The rows of one series query as a table page (columns in result order). */
export function rowsPage(signal: string, seriesRun: SeriesRun, queryId: string | undefined, offset: number, limit: number): RowsResponse | null {
  const table = queryId ? seriesRun.tables.find((t) => t.queryId === queryId) : seriesRun.tables[0];
  if (!table) return null;
  const names = [...new Set(table.rows.flatMap((r: Row) => Object.keys(r)))];
  const rows = table.rows.slice(offset, offset + limit).map((r) => names.map((n) => r[n] ?? null));
  return {
    signal,
    queryId: table.queryId,
    columns: names.map((name) => ({ name, type: columnType(table.rows.map((r) => r[name])) })),
    rows,
    total: table.rows.length,
    nextCursor: offset + limit < table.rows.length ? encodeOffsetCursor(offset + limit, pageStamp(signal, seriesRun, table.queryId)) : null,
    queries: seriesRun.response.queries.filter((q) => q.id === table.queryId),
  };
}

/** GET /api/signals/[signal]/rows?query=<id>&limit=&cursor=: the rows behind a chart, paginated. */
export async function answerRows(signal: string, params: ParamSource, deps: ServeDeps): Promise<Answer<RowsResponse>> {
  const limit = parseLimit(getParam(params, "limit"), ROWS_DEFAULT_LIMIT);
  if (!limit.ok) return { status: 400, body: badRequestBody(limit.error) };
  const cursor = parseCursor(getParam(params, "cursor"));
  if (!cursor.ok) return { status: 400, body: badRequestBody(cursor.error) };
  const offset = decodeOffsetCursor(cursor.value);
  if (!offset.ok) return { status: 400, body: badRequestBody(offset.error) };
  const query = single(params, "query", "a query id of this signal (see the series answer's queries)");
  if (!query.ok) return { status: 400, body: badRequestBody(query.error) };
  const result = await run(signal, params, deps);
  if (!result.ok) return result.answer;
  const queryId = query.value;
  const page = rowsPage(signal, result.run, queryId, offset.value.offset, limit.value);
  if (!page) {
    const allowed = `one of ${result.run.tables.map((t) => t.queryId).join(", ")}`;
    return { status: 400, body: badRequestBody({ parameter: "query", message: `${queryId === undefined ? "(absent)" : quote(queryId)} is not a query of this signal`, allowed }) };
  }
  const { stamp } = offset.value;
  if (stamp !== undefined && stamp !== pageStamp(signal, result.run, page.queryId)) {
    const allowed = "the nextCursor of a page of the same signal, query, window, region and w; a range without at= ends now and moves, so give at= (the first page's queries[0].window.to) and start again without cursor";
    return { status: 400, body: badRequestBody({ parameter: "cursor", message: `${quote(cursor.value ?? "")} was made for another query, window, region or w`, allowed }) };
  }
  return { status: 200, body: page };
}
