import type { DashboardConfig } from "../config/schema";
import { loadDatasetSync } from "../dataset/load";
import { Workspace } from "../dataset/workspace";
import { readEnv } from "../env";
import type { EmbeddedStatus } from "../health/readiness";
import { QueryGateway } from "../gateway/gateway";
import { azureGateway } from "../log-analytics/connect";
import { processSingleton } from "../process-singleton";
import { sharedTier } from "../shared-tier";
import { createLiveDemo, type LiveDemo } from "../simulator/live";
import { EmbeddedSource } from "../engine/embedded-source";
import type { LogsSource, QueryOptions, QueryResult, QueryWindow } from "../workspace/types";

/** The request's "now": DASHBOARD_AS_OF when set (tests, replays), else the wall clock. */
export function sourceNow(env: NodeJS.ProcessEnv = process.env): Date {
  const frozen = readEnv(env).DASHBOARD_AS_OF;
  return frozen ? new Date(frozen) : new Date();
}

interface Embedded {
  key: string;
  source: LogsSource;
  demo: LiveDemo | null;
  workspace: Workspace;
}

/** Process-wide (see process-singleton.ts): one demo workspace and one gateway, whatever the route. */
const state = processSingleton("embedded-workspace", () => ({
  embedded: undefined as Embedded | undefined,
  gateway: undefined as { key: string; gateway: QueryGateway } | undefined,
  /** Why the last build failed (bad dataset, …), for the readiness probe. */
  failed: undefined as { key: string; error: string } | undefined,
  built: undefined as { key: string; detail: string } | undefined,
}));

const embeddedKey = (config: DashboardConfig): string =>
  JSON.stringify([config.embedded, config.regions, config.replication, config.frontDoor, config.splitBrain, config.budgets]);

/** The process-wide embedded workspace: a recorded dataset, or the live demo month advanced to now on each query. */
function embeddedSource(config: DashboardConfig): Embedded {
  const key = embeddedKey(config);
  if (state.embedded?.key === key) return state.embedded;
  try {
    const built = buildEmbedded(config, key);
    state.failed = undefined;
    return built;
  } catch (err) {
    state.failed = { key, error: err instanceof Error ? err.message : String(err) };
    throw err;
  }
}

function buildEmbedded(config: DashboardConfig, key: string): Embedded {
  const started = performance.now();
  const workspace = new Workspace();
  if (config.embedded.dataset) {
    loadDatasetSync(config.embedded.dataset, workspace);
    state.embedded = { key, source: new EmbeddedSource(workspace, () => sourceNow()), demo: null, workspace };
    logBuilt(workspace, `dataset ${config.embedded.dataset}`, started, key);
    return state.embedded;
  }
  const demo = createLiveDemo({
    config,
    seed: config.embedded.seed,
    days: config.embedded.days,
    now: () => sourceNow(),
    sink: workspace,
    // Keep `days` of history as the demo moves with the clock (hourly compaction), not everything since start-up.
    compact: (cutoff) => workspace.dropBefore(cutoff),
  });
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
  state.embedded = { key, source, demo, workspace };
  logBuilt(workspace, `${config.embedded.days}-day demo`, started, key);
  return state.embedded;
}

/** One line per build: operators see start-up cost, and tests see that a process builds it once. On stderr: CLIs print documents on stdout. */
function logBuilt(workspace: Workspace, what: string, startedMs: number, key: string) {
  const rows = workspace.tableNames().reduce((sum, table) => sum + workspace.rowCount(table), 0);
  const detail = `${what}, ${rows.toLocaleString("en")} rows in ${((performance.now() - startedMs) / 1000).toFixed(1)} s`;
  state.built = { key, detail };
  console.error(`embedded workspace ready: ${detail}`);
}

/** Whether the embedded workspace of this configuration is built, without building it (readiness). */
export function embeddedStatus(config: DashboardConfig): EmbeddedStatus {
  const key = embeddedKey(config);
  if (state.embedded?.key === key) return { state: "ready", detail: `embedded workspace ready: ${state.built?.key === key ? state.built.detail : "built"}` };
  if (state.failed?.key === key) return { state: "failed", error: state.failed.error };
  return { state: "absent" };
}

/**
 * The app's LogsSource: the embedded demo or dataset without `workspaces`, Azure with it; either way
 * behind the query gateway (single-flight, cache, 5-query limit, stale-if-error; docs/adr/0001).
 */
export function getSource(config: DashboardConfig): LogsSource {
  if (config.workspaces) return azureGateway(config.workspaces);
  const { key, source } = embeddedSource(config);
  if (state.gateway?.key !== key) {
    state.gateway = { key, gateway: new QueryGateway(source, { shared: sharedTier() ?? undefined, sharedScope: `embedded:${key}` }) };
  }
  return state.gateway.gateway;
}

/** Earliest time the source holds data: the embedded demo's first day; null when unknown (datasets, Azure). */
export function dataStart(config: DashboardConfig, _now: Date): Date | null {
  if (config.workspaces || config.embedded.dataset) return null;
  return embeddedSource(config).demo?.from ?? null;
}

/**
 * The embedded workspace the dashboard queries (demo advanced to now, or the configured dataset) and
 * its first moment with data (null for a dataset): `npm run kql` without --dataset runs on it.
 */
export function embeddedWorkspace(config: DashboardConfig): { workspace: Workspace; from: Date | null; what: string } {
  const embedded = embeddedSource(config);
  embedded.demo?.advanceTo(sourceNow());
  return {
    workspace: embedded.workspace,
    from: embedded.demo?.from ?? null,
    what: config.embedded.dataset ? `dataset ${config.embedded.dataset}` : `${config.embedded.days}-day demo (seed ${config.embedded.seed})`,
  };
}

/**
 * Builds the embedded workspace now (simulating the demo month or loading the dataset: seconds of
 * CPU) instead of on the first request, so a wall screen reloading after a restart is not the one
 * that waits. Nothing to do for Azure.
 */
export function warmUpEmbedded(config: DashboardConfig): void {
  if (!config.workspaces) embeddedSource(config);
}
