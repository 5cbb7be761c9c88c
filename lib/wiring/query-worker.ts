/**
 * Entry of the query worker thread (bundled to <distDir>/query-worker.js by next.config.js): holds
 * the one embedded workspace of the process and runs its KQL, so a 30-day replay computes here and
 * the server's event loop stays free for health probes, cached answers and page renders.
 *
 * Jobs (one query, or a whole snapshot) run one at a time, live ones (priority 0) before replays
 * (priority 1), first come first served within a priority; a queued job can be cancelled.
 * Protocol: see worker-protocol.ts.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { DashboardConfig } from "../config/schema";
import { QueryGateway } from "../gateway/gateway";
import { buildSnapshot } from "../catalog/build";
import { buildEmbeddedHost, type EmbeddedHost } from "./embedded-host";
import type { ToMain, ToWorker, WorkerJob } from "./worker-protocol";

const port = parentPort;
if (!port) throw new Error("query-worker.ts runs as a worker thread");

const config = (workerData as { config: DashboardConfig }).config;
let host: EmbeddedHost;
// Snapshots assembled here query through their own gateway (cache, single-flight, 5-query limit).
let gateway: QueryGateway;
try {
  host = buildEmbeddedHost(config, { log: false });
  gateway = new QueryGateway(host.source);
  send({ type: "ready", dataFrom: host.dataFrom()?.toISOString() ?? null, summary: host.summary });
} catch (err) {
  send({ type: "failed", message: err instanceof Error ? err.message : String(err) });
  process.exit(1);
}

const queue: WorkerJob[] = [];
let running = false;

function send(message: ToMain) {
  parentPort?.postMessage(message);
}

port.on("message", (message: ToWorker) => {
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

async function drain() {
  const next = queue.shift();
  if (!next) {
    running = false;
    return;
  }
  const started = performance.now();
  try {
    const window = { from: new Date(next.from), to: new Date(next.to) };
    const value =
      next.type === "query"
        ? await host.source.query(next.kql, window)
        : await buildSnapshot({ config, source: gateway, range: window, region: next.region, refreshSeconds: next.refreshSeconds });
    send({ type: "result", id: next.id, value, ms: performance.now() - started, dataFrom: host.dataFrom()?.toISOString() ?? null });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    send({ type: "error", id: next.id, name: e.name, message: e.message });
  }
  // Let newly arrived (possibly more urgent) queries in before the next one.
  setImmediate(drain);
}
