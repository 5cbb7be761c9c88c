import type { DashboardConfig } from "@/lib/config/schema";
import { portalLogsLink } from "@/lib/kql/portal-link";
import { brandedInstanceOf } from "@/lib/process-singleton";
import type { QueryRun } from "@/lib/snapshot/types";
import type { LogsSource, QueryWindow } from "@/lib/workspace/types";
import { absentTableFact, type TelemetryFeed } from "@/lib/telemetry/contract";
import { toRows } from "./rows";
import type { QueryOutcome, RunQueryOptions, SignalContext } from "./types";

const SOURCE_UNAVAILABLE = Symbol.for("active-active-dashboard:SourceUnavailableError");

/** Thrown by a source that cannot serve any query (not configured, unreachable): the snapshot fails as a whole. */
export class SourceUnavailableError extends Error {
  // Sources are process-wide: the copy of this class in another route bundle may be the one that threw.
  static override [Symbol.hasInstance] = brandedInstanceOf(SOURCE_UNAVAILABLE);
  readonly [SOURCE_UNAVAILABLE] = true;
  override name = "SourceUnavailableError";
}

// Azure answers a missing table or column with SEM0100 "Failed to resolve ..."; the embedded
// engine relays the Kusto analyzer's "does not refer to any known table/column". Both mean: this data is not there.
const MISSING_SCHEMA =
  /SEM0100|failed to resolve|does not refer to any known|missing table|unknown (table|column)|(table|column)[^.]{0,80}(not found|does not exist|is not defined|not defined)|no such (table|column)/i;

export function isMissingSchemaError(err: unknown): boolean {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err);
  return MISSING_SCHEMA.test(text);
}

/**
 * Whether a missing-schema error names the feed's table itself (Azure: "…named 'AppEvents'"; the
 * embedded engine: "missing table AppEvents"), not a column of it: only an absent table is a
 * coverage fact; a missing column is a contract break and stays a warning.
 */
function absentTable(feed: TelemetryFeed | undefined, message: string): feed is TelemetryFeed {
  if (!feed?.withoutIt) return false;
  const t = feed.table;
  return message.includes(`'${t}'`) || message.includes(`table ${t}`);
}

function iso(window: QueryWindow) {
  return { from: window.from.toISOString(), to: window.to.toISOString() };
}

export function portalUrlFor(config: DashboardConfig, kql: string, window: QueryWindow): string | null {
  const ws = config.workspaces;
  if (!ws?.resourceId) return null;
  return portalLogsLink({ portalUrl: ws.portalUrl, workspaceResourceId: ws.resourceId, tenantId: ws.tenantId }, kql, window);
}

/** A SignalContext over a source; every run is timed and recorded with its KQL, window and link. */
export function createSignalContext(args: {
  config: DashboardConfig;
  source: LogsSource;
  range: QueryWindow;
  /** Collects every run, in order, for the snapshot's inspector. */
  onRun?: (run: QueryRun) => void;
  signal?: AbortSignal;
  /** The view's refresh interval, passed to the source (the gateway caches results about this long). */
  refreshSeconds?: number;
}): SignalContext {
  const { config, source, range } = args;
  // The embedded engine is synchronous CPU work: running its queries one at a time changes no
  // total time and keeps each run's durationMs its own instead of including its neighbours'.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = source.kind === "embedded";
  async function runNow(id: string, kql: string, window: QueryWindow, options: RunQueryOptions): Promise<QueryOutcome> {
    const started = performance.now();
    const run: QueryRun = {
      id,
      kql,
      window: iso(window),
      rows: 0,
      durationMs: 0,
      cacheAgeSeconds: 0,
      portalUrl: portalUrlFor(config, kql, window),
      warnings: [],
    };
    let ok = true;
    let rows: QueryOutcome["rows"] = [];
    try {
      const result = await source.query(kql, window, { signal: args.signal, binSeconds: options.binSeconds, refreshSeconds: args.refreshSeconds });
      run.cacheAgeSeconds = result.cacheAgeSeconds ?? 0;
      if (result.stale) run.stale = result.stale;
      if (result.window) run.window = iso(result.window);
      run.warnings.push(...result.warnings.map((w) => `${id}: ${w}`));
      const present = new Set(result.table.columns.map((c) => c.name));
      const missing = (options.requiredColumns ?? []).filter((c) => !present.has(c));
      if (missing.length > 0) {
        ok = false;
        run.warnings.push(`${id}: result lacks column(s) ${missing.join(", ")}; treated as no data`);
      } else {
        rows = toRows(result.table);
      }
    } catch (err) {
      if (err instanceof SourceUnavailableError || (err instanceof Error && err.name === "AbortError")) throw err;
      ok = false;
      const message = err instanceof Error ? err.message : String(err);
      if (isMissingSchemaError(err) && absentTable(options.optionalFeed, message)) {
        run.coverage = absentTableFact(options.optionalFeed);
      } else {
        run.warnings.push(
          isMissingSchemaError(err)
            ? `${id}: table or column missing (${message}); treated as no data`
            : `${id}: query failed (${message}); treated as no data`,
        );
      }
    }
    run.rows = rows.length;
    run.durationMs = Math.round((performance.now() - started) * 10) / 10;
    args.onRun?.(run);
    return { rows, run, ok };
  }
  return {
    config,
    asOf: range.to,
    range,
    runQuery(id: string, kql: string, window: QueryWindow, options: RunQueryOptions = {}): Promise<QueryOutcome> {
      if (!serial) return runNow(id, kql, window, options);
      const turn = queue.then(() => runNow(id, kql, window, options));
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}
