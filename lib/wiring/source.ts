import fs from "node:fs";
import path from "node:path";
import type { DashboardConfig } from "../config/schema";
import type { Workspace } from "../dataset/workspace";
import { readEnv } from "../env";
import type { EmbeddedStatus } from "../health/readiness";
import { QueryGateway } from "../gateway/gateway";
import { azureGateway } from "../log-analytics/connect";
import { processSingleton } from "../process-singleton";
import { sharedTier } from "../shared-tier";
import { buildEmbeddedHost, sourceNow, type EmbeddedHost } from "./embedded-host";
import type { LogsSource } from "../workspace/types";
import { WorkerSource } from "./worker-source";
import { setSnapshotOffload } from "../catalog/serve-snapshot";
import { setReviewOffload, type RemotePeriod } from "../review/cache";

export { sourceNow };

interface Embedded {
  key: string;
  source: LogsSource;
  dataFrom(): Date | null;
  recordedUntil(): Date | null;
  /** Resolves when the workspace is built (at once in-process; when the worker says so otherwise). */
  ready: Promise<void>;
  /** True once built (the worker answered ready). */
  isReady(): boolean;
  /** The build's failure, read at every check. */
  failure(): Error | undefined;
  /** Why the worker is starting again after it exited (e.g. out of memory), read at every check. */
  restarting(): string | undefined;
  /** In-process only: the workspace itself (`npm run kql`). */
  host?: EmbeddedHost;
  /** Set when the workspace lives in the query worker: snapshots can be assembled there. */
  worker?: WorkerSource;
}

/** Process-wide (see process-singleton.ts): one demo workspace and one gateway, whatever the route. */
const state = processSingleton("embedded-workspace", () => ({
  embedded: undefined as Embedded | undefined,
  /** A build that failed (a malformed dataset line): kept so requests do not re-read the dataset each time. */
  failed: undefined as { key: string; error: Error } | undefined,
  gateway: undefined as { key: string; gateway: QueryGateway } | undefined,
  /** `embedded workspace ready: …` of the current build, for the readiness probe. */
  built: undefined as { key: string; detail: string } | undefined,
}));

const embeddedKey = (config: DashboardConfig): string =>
  JSON.stringify([config.embedded, config.regions, config.replication, config.frontDoor, config.splitBrain, config.budgets]);

/**
 * Where `next build` bundles the query worker (next.config.js): <distDir>/query-worker.js under the
 * server's folder, which is the working directory of `next start` and of the standalone server.js
 * (it changes into its own folder; the Dockerfile copies the bundle to .next/ there).
 */
export function queryWorkerFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), env.NEXT_DIST_DIR || ".next", "query-worker.js");
}

/**
 * DASHBOARD_QUERY_WORKER: "auto" (default) runs embedded queries in the query worker process inside the
 * Next server (NEXT_RUNTIME set) and in-process elsewhere (CLI scripts, unit tests); "1" and "0"
 * force it. Inside the server, "auto" without the bundle runs in-process and says why: replays then
 * compute on the thread that answers /api/health.
 */
function workerChoice(): { on: boolean; why: string } {
  const setting = readEnv().DASHBOARD_QUERY_WORKER;
  if (setting === "1") return { on: true, why: "DASHBOARD_QUERY_WORKER=1" };
  if (setting === "0") return { on: false, why: "DASHBOARD_QUERY_WORKER=0" };
  if (process.env.NEXT_RUNTIME !== "nodejs") return { on: false, why: "not inside the Next server" };
  const file = queryWorkerFile();
  if (!fs.existsSync(file)) return { on: false, why: `${file} is missing (\`next build\` writes it; replays compute on the server's thread)` };
  return { on: true, why: file };
}

/** The process-wide embedded workspace: a recorded dataset, or the live demo month advanced to now on each query. */
function embeddedSource(config: DashboardConfig): Embedded {
  const key = embeddedKey(config);
  if (state.embedded?.key === key) return state.embedded;
  if (state.failed?.key === key) throw state.failed.error;
  try {
    const choice = workerChoice();
    // One line per build in the server (stderr, as the build's summary), so an operator sees where replays compute.
    if (process.env.NEXT_RUNTIME === "nodejs") console.error(`query worker: ${choice.on ? "on" : "off"} (${choice.why})`);
    state.embedded = choice.on ? inWorker(config, key) : inProcess(config, key);
    return state.embedded;
  } catch (err) {
    state.failed = { key, error: err instanceof Error ? err : new Error(String(err)) };
    throw state.failed.error;
  }
}

function inProcess(config: DashboardConfig, key: string): Embedded {
  const host = buildEmbeddedHost(config);
  state.built = { key, detail: host.summary.replace(/^embedded workspace ready: /, "") };
  return { key, source: host.source, dataFrom: host.dataFrom, recordedUntil: host.recordedUntil, ready: Promise.resolve(), isReady: () => true, failure: () => undefined, restarting: () => undefined, host };
}

function inWorker(config: DashboardConfig, key: string): Embedded {
  const file = queryWorkerFile();
  if (!fs.existsSync(file)) throw new Error(`the query worker bundle ${file} is missing: \`next build\` writes it (next.config.js)`);
  const source = new WorkerSource({ file, config, now: () => sourceNow(), maxOldGenerationMb: readEnv().DASHBOARD_QUERY_WORKER_HEAP_MB });
  let ready = false;
  const whenReady = source.ready.then((summary) => {
    ready = true;
    state.built = { key, detail: summary.replace(/^embedded workspace ready: /, "") };
  });
  whenReady.catch(() => undefined);
  return { key, source, dataFrom: () => source.dataFrom(), recordedUntil: () => source.recordedUntil(), ready: whenReady, isReady: () => ready, failure: () => source.failed, restarting: () => source.restartingBecause, worker: source };
}

/** "on" when the embedded workspace lives in the query worker, "off" in-process; undefined before it is built (or for Azure). */
export function queryWorkerState(): "on" | "off" | undefined {
  if (!state.embedded) return undefined;
  return state.embedded.worker ? "on" : "off";
}

/** Whether the embedded workspace of this configuration is built, without building it (readiness). */
export function embeddedStatus(config: DashboardConfig): EmbeddedStatus {
  const key = embeddedKey(config);
  if (state.failed?.key === key) return { state: "failed", error: state.failed.error.message };
  const embedded = state.embedded?.key === key ? state.embedded : undefined;
  if (!embedded) return { state: "absent" };
  const failure = embedded.failure();
  if (failure) return { state: "failed", error: failure.message };
  const restarting = embedded.restarting();
  if (restarting) return { state: "pending", detail: `the query worker is starting again (${restarting}): embedded workspace is being built` };
  // Being built in the worker: not absent (a probe must not start a second build), not ready yet.
  if (!embedded.isReady()) return { state: "pending", detail: "embedded workspace is being built" };
  return { state: "ready", detail: `embedded workspace ready: ${state.built?.key === key ? state.built.detail : "built"}` };
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

/**
 * When `source` is the process's embedded gateway, the workspace lives in the query worker and no
 * shared tier is configured (replicas share query results through Redis, which the worker's own
 * gateway does not use): builds a whole snapshot there, so the server's thread neither receives every
 * query's rows nor evaluates the signals (profiled with queries alone in the worker: receiving
 * 30-day rows, evaluating and the garbage they leave still cost the server's thread seconds per
 * replay). Undefined otherwise (Azure, in-process, a test's own source): build on this thread.
 */
export function remoteSnapshots(source: LogsSource): WorkerSource["snapshot"] | undefined {
  const worker = state.embedded?.worker;
  if (!worker || state.gateway?.gateway !== source || sharedTier()) return undefined;
  return (req) => worker.snapshot(req);
}

/**
 * The review's periods, assembled in the query worker under the same conditions as snapshots
 * (remoteSnapshots): each period's queries cover up to a month, and evaluating their rows on the
 * server's thread would hold health probes and pages as a replay once did.
 */
export function remoteReviewPeriods(source: LogsSource): RemotePeriod | undefined {
  const worker = state.embedded?.worker;
  if (!worker || state.gateway?.gateway !== source || sharedTier()) return undefined;
  return (spec, now) => worker.reviewPeriod(spec, now);
}

/**
 * The embedded demo's first data without building it (the demo holds `embedded.days` ending now), so
 * a CLI refuses an `--at` before it in a second, not after the demo's build; null for a dataset or
 * Azure, whose first row is known only once read. The built demo's own start is never earlier.
 */
export function demoDataStart(config: DashboardConfig, now: Date): Date | null {
  if (config.workspaces || config.embedded.dataset) return null;
  return new Date(now.getTime() - config.embedded.days * 86400_000);
}

/** Earliest time the source holds data: the embedded demo's first day or a dataset's earliest row; null when unknown (Azure). */
export function dataStart(config: DashboardConfig, _now: Date): Date | null {
  if (config.workspaces) return null;
  return embeddedSource(config).dataFrom();
}

/**
 * Where a recorded dataset ends (its newest row): past it every source reads as silent, and the
 * pages say so (lib/dataset/after-the-data.ts). Null for the demo and Azure, which go on with the clock.
 */
export function recordedUntil(config: DashboardConfig): Date | null {
  if (config.workspaces || !config.embedded.dataset) return null;
  return embeddedSource(config).recordedUntil();
}

/**
 * The embedded workspace the dashboard queries (demo advanced to now, or the configured dataset) and
 * its first moment with data: `npm run kql` without --dataset runs on it.
 * In-process only (CLIs): inside the server the workspace may live in the query worker.
 */
export function embeddedWorkspace(config: DashboardConfig): { workspace: Workspace; from: Date | null; what: string } {
  const host = embeddedSource(config).host;
  if (!host) throw new Error("the embedded workspace lives in the query worker in this process; run `npm run kql` from the command line");
  host.advance();
  return {
    workspace: host.workspace,
    from: host.dataFrom(),
    what: config.embedded.dataset ? `dataset ${config.embedded.dataset}` : `${config.embedded.days}-day demo (seed ${config.embedded.seed})`,
  };
}

/** Why the embedded workspace cannot serve (e.g. the dataset's file and line, or the worker exited), or undefined. */
export function embeddedFailure(): string | undefined {
  return (state.failed?.error ?? state.embedded?.failure())?.message;
}

/**
 * Builds the embedded workspace now (simulating the demo month or loading the dataset: seconds of
 * CPU) instead of on the first request, so a wall screen reloading after a restart is not the one
 * that waits. Resolves when it is built; never rejects (the failure is kept for embeddedFailure).
 * Nothing to do for Azure.
 */
export async function warmUpEmbedded(config: DashboardConfig): Promise<void> {
  if (config.workspaces) return;
  try {
    await embeddedSource(config).ready;
  } catch {
    // kept: embeddedFailure() reports it
  }
}

// Snapshots and review periods of the embedded gateway are assembled in the query worker when there is one.
setSnapshotOffload(remoteSnapshots);
setReviewOffload(remoteReviewPeriods);
