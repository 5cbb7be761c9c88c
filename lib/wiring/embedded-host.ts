/**
 * Builds the embedded workspace (a recorded dataset, or the live demo month advanced to now on each
 * query) and the LogsSource over it. Framework-free and free of the gateway, so it runs either in the
 * server process or inside the query worker (query-worker.ts) that keeps it off the request path.
 */
import type { DashboardConfig } from "../config/schema";
import { loadDatasetSync } from "../dataset/load";
import { Workspace } from "../dataset/workspace";
import { readEnv } from "../env";
import { createWorkspaceDemo } from "../simulator/live";
import { EmbeddedSource } from "../engine/embedded-source";
import type { LogsSource, QueryOptions, QueryResult, QueryWindow } from "../workspace/types";

/** The request's "now": DASHBOARD_AS_OF when set (tests, replays), else the wall clock. */
export function sourceNow(env: NodeJS.ProcessEnv = process.env): Date {
  const frozen = readEnv(env).DASHBOARD_AS_OF;
  return frozen ? new Date(frozen) : new Date();
}

export interface EmbeddedHost {
  source: LogsSource;
  /** The workspace itself (`npm run kql` queries it directly), advanced to now by `advance`. */
  workspace: Workspace;
  advance(): void;
  /** `embedded workspace ready: …`: what was built, how many rows, how long it took. */
  summary: string;
  /** Earliest time held (the demo's first day, moving with retention; a dataset's earliest row); null with no rows. */
  dataFrom(): Date | null;
  /** A recorded dataset's newest row (the recording ends there); null for the demo, which moves with the clock. */
  recordedUntil(): Date | null;
}

/**
 * Builds it synchronously (seconds of CPU for the 30-day demo); throws the dataset's file and line on
 * a bad one. Logs the summary unless `log` is false (the query worker sends it to the server's
 * thread instead, so the line is out before the server answers).
 */
export function buildEmbeddedHost(config: DashboardConfig, opts: { log?: boolean } = {}): EmbeddedHost {
  const log = (summary: string) => {
    // On stderr: CLIs print documents on stdout.
    if (opts.log !== false) console.error(summary);
    return summary;
  };
  const started = performance.now();
  const workspace = new Workspace();
  if (config.embedded.dataset) {
    loadDatasetSync(config.embedded.dataset, workspace);
    const from = workspace.earliestTime();
    // A recording ends, and the pages show now: its span in the line that says it is ready is the
    // first hint why a replay past its end reads "every source silent" (docs/configuration.md).
    const span = from ? ` from ${from.toISOString()} to ${workspace.latestTime()?.toISOString()}` : "";
    const summary = log(describeBuilt(workspace, `dataset ${config.embedded.dataset}`, started, span));
    const until = workspace.latestTime();
    return { source: new EmbeddedSource(workspace, () => sourceNow()), workspace, advance: () => undefined, dataFrom: () => from, recordedUntil: () => until, summary };
  }
  // Keeps `days` of history as the demo moves with the clock (hourly compaction), not everything since start-up.
  const demo = createWorkspaceDemo(config, workspace, () => sourceNow());
  const inner = new EmbeddedSource(workspace, () => sourceNow());
  const source: LogsSource = {
    kind: "embedded",
    query(kql: string, window: QueryWindow, options?: QueryOptions): Promise<QueryResult> {
      // Rows are a pure function of time: catching up in small steps writes what one big step would.
      demo.advanceTo(sourceNow());
      return inner.query(kql, window, options);
    },
  };
  demo.advanceTo(sourceNow());
  const summary = log(describeBuilt(workspace, `${config.embedded.days}-day demo`, started));
  return { source, workspace, advance: () => void demo.advanceTo(sourceNow()), dataFrom: () => demo.from, recordedUntil: () => null, summary };
}

/** One line per build: operators see start-up cost, and tests see that a process builds it once. */
function describeBuilt(workspace: Workspace, what: string, startedMs: number, span = ""): string {
  // Stored rows: the Usage table derived from them (lib/dataset/usage.ts) is built only when queried.
  const rows = workspace.storedRowCount();
  return `embedded workspace ready: ${what}, ${rows.toLocaleString("en")} rows${span} in ${((performance.now() - startedMs) / 1000).toFixed(1)} s`;
}
