import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import type { DashboardConfig } from "@/lib/config/schema";
import { QueryGateway } from "@/lib/gateway/gateway";
import { buildSnapshot } from "@/lib/catalog/build";
import { SourceUnavailableError } from "@/lib/signals/runtime/context";
import { buildEmbeddedHost } from "@/lib/wiring/embedded-host";
import { WorkerSource } from "@/lib/wiring/worker-source";

// The worker runs the bundle next.config.js writes for `next start`, over a small recorded dataset.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "worker-source-"));
// Inside the repository, so the bundle's external packages (zod, the Kusto bridge) resolve.
const bundle = path.resolve("test-results/worker-source/query-worker.js");
const metric = (t: string, name: string, sum: number) => JSON.stringify({ TimeGenerated: t, Name: name, Sum: sum, Properties: { region: "uksouth" } });
const lines = Array.from({ length: 500 }, (_, i) => metric(new Date(Date.UTC(2026, 2, 10, 10, 0, i)).toISOString(), `m${i % 3}`, i));

function configWith(files: Record<string, string>) {
  const dataset = fs.mkdtempSync(path.join(dir, "dataset-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dataset, name), text);
  const demo = loadConfigFile("config/demo.json");
  return { ...demo, embedded: { ...demo.embedded, dataset } };
}

const window = { from: new Date("2026-03-10T09:00:00Z"), to: new Date("2026-03-10T12:00:00Z") };
const KQL = "AppMetrics | summarize n = count(), s = sum(Sum) by Name | order by Name asc";
const sources: WorkerSource[] = [];
const start = (config: DashboardConfig, maxQueued?: number) => {
  const s = new WorkerSource({ file: bundle, config, maxQueued, now: () => new Date("2026-03-10T12:00:00Z") });
  sources.push(s);
  return s;
};

beforeAll(() => {
  createRequire(import.meta.url)("../../../scripts/bundle-query-worker.js").bundleQueryWorker(bundle);
});
afterAll(async () => {
  await Promise.all(sources.map((s) => s.close()));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("WorkerSource", () => {
  it("answers a query with the rows the in-process engine gives", async () => {
    const config = configWith({ "AppMetrics.ndjson": `${lines.join("\n")}\n` });
    const worker = start(config);
    await worker.ready;
    const inProcess = buildEmbeddedHost(config, { log: false }).source;
    const [viaWorker, direct] = await Promise.all([worker.query(KQL, window), inProcess.query(KQL, window)]);
    expect(viaWorker.table).toEqual(direct.table);
    expect(viaWorker.table.rows).toEqual([
      ["m0", 167, expect.any(Number)],
      ["m1", 167, expect.any(Number)],
      ["m2", 166, expect.any(Number)],
    ]);
    await expect(worker.query("NoSuchTable | take 1", window)).rejects.toThrow(/missing table NoSuchTable/);
  }, 60_000);

  it("keeps its own heap limit whatever the server's NODE_OPTIONS says", async () => {
    // An operator caps the server with NODE_OPTIONS; the worker, a process of its own, inherits the
    // variable but keeps DASHBOARD_QUERY_WORKER_HEAP_MB (V8's young generation comes on top).
    const before = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = "--max-old-space-size=512";
    try {
      const config = configWith({ "AppMetrics.ndjson": `${lines.join("\n")}\n` });
      const worker = new WorkerSource({ file: bundle, config, now: () => new Date("2026-03-10T12:00:00Z"), maxOldGenerationMb: 96 });
      sources.push(worker);
      await worker.ready;
      expect(worker.heapLimitMb).toBeGreaterThanOrEqual(96);
      expect(worker.heapLimitMb).toBeLessThan(200);
    } finally {
      if (before === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = before;
    }
  }, 60_000);

  it("refuses at once, saying why, when its queue is full", async () => {
    const worker = start(configWith({ "AppMetrics.ndjson": `${lines.join("\n")}\n` }), 2);
    await worker.ready;
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => worker.query(KQL, window)));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(2);
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected").map((o) => o.reason);
    expect(refused).toHaveLength(3);
    for (const err of refused) {
      expect(err).toBeInstanceOf(SourceUnavailableError);
      expect(String(err.message)).toMatch(/queue is full \(2 queries waiting\)/);
    }
  }, 60_000);

  it("assembles a snapshot equal to the one built on this thread", async () => {
    // The worker's clock is the environment's (DASHBOARD_AS_OF), like the server's.
    process.env.DASHBOARD_AS_OF = "2026-03-10T12:00:00Z";
    const demo = loadConfigFile("config/demo.json");
    const config = { ...demo, embedded: { ...demo.embedded, days: 1 } };
    const worker = start(config);
    await worker.ready;
    const range = { from: new Date("2026-03-10T06:00:00Z"), to: new Date("2026-03-10T12:00:00Z") };
    const remote = await worker.snapshot({ range, refreshSeconds: 10 });
    const local = await buildSnapshot({ config, source: new QueryGateway(buildEmbeddedHost(config, { log: false }).source), range, refreshSeconds: 10 });
    const withoutTimings = (s: unknown) => JSON.parse(JSON.stringify(s, (k, v) => (k === "durationMs" || k === "cacheAgeSeconds" ? 0 : v)));
    expect(withoutTimings(remote)).toEqual(withoutTimings(local));
    expect(Object.keys(remote.signals)).toContain("replication");
    delete process.env.DASHBOARD_AS_OF;
  }, 120_000);

  it("reports a malformed dataset line by file and line, and every later query says so", async () => {
    const worker = start(configWith({ "AppMetrics.ndjson": `${lines[0]}\n{"TimeGenerated": \n` }));
    await expect(worker.ready).rejects.toThrow(/AppMetrics\.ndjson:2: bad JSON/);
    expect(worker.failed?.message).toMatch(/AppMetrics\.ndjson:2/);
    await expect(worker.query(KQL, window)).rejects.toBeInstanceOf(SourceUnavailableError);
  }, 60_000);
});
