/**
 * Entry of the query worker, a child process of the server (bundled to <distDir>/query-worker.js by
 * next.config.js, forked by worker-source.ts): holds the server's one embedded workspace and runs its
 * KQL, so a 30-day replay computes here and the server's event loop stays free for health probes,
 * cached answers and page renders, and a query that exhausts this heap ends this process, not the server.
 *
 * Jobs (one query, a whole snapshot, or one period of the review) run one at a time, live ones
 * (priority 0) before replays and review periods (priority 1), first come first served within a
 * priority; a queued job can be cancelled.
 * Protocol: see worker-protocol.ts.
 */
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { DashboardConfig } from "../config/schema";
import { QueryGateway } from "../gateway/gateway";
import { buildSnapshot } from "../catalog/build";
import { reviewPeriod } from "../review/period";
import { buildEmbeddedHost, type EmbeddedHost } from "./embedded-host";
import type { LogsSource } from "../workspace/types";
import type { ToMain, ToWorker, WorkerJob } from "./worker-protocol";

if (!process.send) throw new Error("query-worker.ts runs as a child process forked with an IPC channel");
// The server is gone (stopped, killed): nothing is left to answer.
process.on("disconnect", () => process.exit(0));

let config: DashboardConfig;
let host: EmbeddedHost;
// Snapshots assembled here query through their own gateway (cache, single-flight, 5-query limit).
// Small budgets: finished snapshots are memoised on the server's side, so here the cache only shares
// a live bin's results between views; and an embedded workspace never fails transiently, so no
// last-good copies (with the defaults, 30-day replays left ~190 MB of results in this heap).
const WORKER_CACHE_BYTES = 24 * 1024 * 1024;
let gateway: QueryGateway;

/** Builds the workspace from the server's configuration (the first message, once). */
function init(received: DashboardConfig) {
  config = received;
  try {
    host = buildEmbeddedHost(config, { log: false });
    gateway = new QueryGateway(collectingSource(host.source), { maxCacheBytes: WORKER_CACHE_BYTES, maxStaleBytes: 0 });
    const heapLimitMb = Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
    send({ type: "ready", dataFrom: host.dataFrom()?.toISOString() ?? null, recordedUntil: host.recordedUntil()?.toISOString() ?? null, summary: host.summary, heapLimitMb });
    collect();
  } catch (err) {
    // Exit once the message is out: the server reads it as the reason of the failed build.
    process.send?.({ type: "failed", message: err instanceof Error ? err.message : String(err) } satisfies ToMain, () => process.exit(1));
  }
}

/**
 * A full collection of this thread's heap, or undefined where V8 refuses to expose it. After the build
 * and after each replay: a 30-day replay allocates hundreds of MB that are garbage once its snapshot
 * is sent, and V8 otherwise lets the old generation grow towards its limit first (measured on the
 * 30-day demo: the worker's heap grew from 90 MB to 420 MB over four replays, 112 MB of it live).
 * A full collection of ~110 MB live costs this thread tens of ms, never the server's thread.
 */
const collectGarbage: (() => void) | undefined = (() => {
  try {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("gc");
    return typeof gc === "function" ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
})();
let liveAfterCollection = 0;
function collect() {
  collectGarbage?.();
  liveAfterCollection = getHeapStatistics().used_heap_size;
}

/**
 * Past this much heap allocated since the last full collection, the next query's end collects: a
 * 30-day replay runs a few dozen queries whose intermediate rows are garbage once each ends, and V8
 * let the heap grow by ~450 MB within one replay before collecting (the process's RSS swung from
 * ~500 to ~960 MB per replay). Tens of ms of this thread per collection, a few per replay.
 */
const COLLECT_AFTER_GROWTH_BYTES = 128 * 1024 * 1024;

/** `source`, collecting garbage after a query once the heap grew by COLLECT_AFTER_GROWTH_BYTES. */
function collectingSource(source: LogsSource): LogsSource {
  return {
    kind: source.kind,
    async query(kql, window, options) {
      try {
        return await source.query(kql, window, options);
      } finally {
        if (getHeapStatistics().used_heap_size > liveAfterCollection + COLLECT_AFTER_GROWTH_BYTES) collect();
      }
    },
  };
}

/**
 * A review asks for its 13 periods one after another: one collection once they stop coming, not one
 * per period (each full collection also keeps V8's helper threads busy on the server's cores).
 */
let idleCollection: NodeJS.Timeout | undefined;
function collectWhenIdle() {
  clearTimeout(idleCollection);
  idleCollection = setTimeout(() => (running ? collectWhenIdle() : collect()), 200);
}

const queue: WorkerJob[] = [];
let running = false;

function send(message: ToMain) {
  process.send?.(message);
}

process.on("message", (message: ToWorker) => {
  if (message.type === "init") return init(message.config);
  if (message.type === "cancel") {
    const i = queue.findIndex((q) => q.id === message.id);
    if (i >= 0) queue.splice(i, 1);
    return;
  }
  // Stable insert: after every queued query of the same or a more urgent priority.
  let at = queue.length;
  while (at > 0 && queue[at - 1].priority > message.priority) at--;
  queue.splice(at, 0, message);
  if (!running) {
    running = true;
    setImmediate(drain);
  }
});

function run(job: WorkerJob, window: { from: Date; to: Date }): Promise<unknown> {
  switch (job.type) {
    case "query":
      return host.source.query(job.kql, window);
    case "snapshot":
      return buildSnapshot({ config, source: gateway, range: window, region: job.region, refreshSeconds: job.refreshSeconds });
    case "review-period":
      return reviewPeriod({ config, source: gateway, spec: { id: job.periodId, label: job.label, ...window }, now: new Date(job.now) });
  }
}

async function drain() {
  const next = queue.shift();
  if (!next) {
    running = false;
    return;
  }
  const started = performance.now();
  send({ type: "started", id: next.id });
  try {
    const window = { from: new Date(next.from), to: new Date(next.to) };
    const value = await run(next, window);
    send({ type: "result", id: next.id, value, ms: performance.now() - started, dataFrom: host.dataFrom()?.toISOString() ?? null });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    send({ type: "error", id: next.id, name: e.name, message: e.message });
  }
  // Live jobs too, once they stop coming: a live snapshot every 10 s bin per view is garbage a few
  // seconds later, and without a full collection V8 let this heap grow from ~60 MB to 450 MB over a
  // minute of page load (crowd bench, the worker's heap sampled each second): most of the RSS peak.
  if (next.type === "review-period" || next.priority === 0) collectWhenIdle();
  else collect();
  // Let newly arrived (possibly more urgent) queries in before the next one.
  setImmediate(drain);
}
