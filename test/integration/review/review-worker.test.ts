import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { loadDatasetSync, NdjsonDatasetWriter, Workspace } from "@/lib/dataset";
import { EmbeddedSource } from "@/lib/engine/embedded-source";
import { buildReview } from "@/lib/review/assemble";
import { cachedPeriodLoader, setReviewOffload } from "@/lib/review/cache";
import type { ReviewReport } from "@/lib/review/types";
import { simulate, type ScenarioPlacement } from "@/lib/simulator";
import { WorkerSource } from "@/lib/wiring/worker-source";

/**
 * The review with its periods assembled in the query worker (as inside the server) against the
 * same review assembled on this thread, over one recorded dataset both load: a real outage at the end
 * of September and a drill in October. review.test.ts holds the in-process review to the simulator's
 * truth; this holds the worker's to the in-process one, and checks the asking thread stays free.
 */
const demo = loadConfigFile("config/demo.json");
// Twelve hours across the month's end: enough for an incident on each side, cheap to simulate twice over.
const DATA_FROM = new Date("2026-09-30T18:00:00Z");
const NOW = new Date("2026-10-01T06:00:00Z");
const PLACEMENTS: ScenarioPlacement[] = [
  { name: "region-outage", start: new Date("2026-09-30T20:00:00Z"), region: "uksouth" },
  { name: "drill", start: new Date("2026-10-01T02:00:00Z"), region: "westeurope" },
];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "review-worker-"));
// Inside the repository, so the bundle's external packages (zod, the Kusto bridge) resolve.
const bundle = path.resolve("test-results/review-worker/query-worker.js");
const config = { ...demo, embedded: { ...demo.embedded, dataset: dir } };

let worker: WorkerSource;
let remote: ReviewReport;
let local: ReviewReport;
let remoteCalls = 0;
let remoteElu: number;
let localElu: number;

/** The report without what measures this machine rather than the data. */
const withoutTimings = (r: ReviewReport) => ({ ...r, timings: [] });

beforeAll(async () => {
  const writer = new NdjsonDatasetWriter(dir);
  simulate({ config: demo, scenarios: PLACEMENTS, from: DATA_FROM, to: NOW, seed: 11, sink: writer });
  writer.close();
  createRequire(import.meta.url)("../../../scripts/bundle-query-worker.js").bundleQueryWorker(bundle);
  // The worker's clock is the environment's (DASHBOARD_AS_OF), like the server's; read when it starts.
  process.env.DASHBOARD_AS_OF = NOW.toISOString();
  worker = new WorkerSource({ file: bundle, config, now: () => NOW });
  await worker.ready;

  // As the wiring registers it (lib/wiring/source.ts), for this test's source only.
  const source = new EmbeddedSource(new Workspace(), () => NOW); // never queried: every period goes to the worker
  setReviewOffload((s) =>
    s === source
      ? (spec, now) => {
          remoteCalls++;
          return worker.reviewPeriod(spec, now);
        }
      : undefined,
  );
  let before = performance.eventLoopUtilization();
  remote = await buildReview({ config, source, month: "2026-09", now: NOW, load: cachedPeriodLoader(config, source, NOW) });
  remoteElu = performance.eventLoopUtilization(before).utilization;

  const workspace = new Workspace();
  loadDatasetSync(dir, workspace);
  before = performance.eventLoopUtilization();
  local = await buildReview({ config, source: new EmbeddedSource(workspace, () => NOW), month: "2026-09", now: NOW });
  localElu = performance.eventLoopUtilization(before).utilization;
}, 300_000);

afterAll(async () => {
  setReviewOffload(undefined);
  delete process.env.DASHBOARD_AS_OF;
  await worker?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the review assembled in the query worker", () => {
  it("equals the review assembled on this thread, period by period", () => {
    // Every period (12 months, September among them, and the rolling window) came from the worker.
    expect(remoteCalls).toBe(remote.history.length + 1);
    expect(withoutTimings(remote)).toEqual(withoutTimings(local));
    // Not two empty reviews: September holds the outage, October the drill, both measured.
    const sept = remote.history.find((h) => h.window.id === "2026-09");
    const oct = remote.history.find((h) => h.window.id === "2026-10");
    expect(sept).toMatchObject({ realIncidents: 1, drills: 0 });
    expect(oct).toMatchObject({ realIncidents: 0, drills: 1 });
    expect(remote.month.window.coverage).toBe("partial");
    expect(remote.month.budget.sli).not.toBeNull();
    expect(remote.incidents.map((i) => [i.region, i.kind])).toEqual([
      ["uksouth", "real"],
      ["westeurope", "drill"],
    ]);
  });

  it("leaves the asking thread free meanwhile (what lets /api/health answer during a review)", () => {
    // Event-loop utilisation: the share of the time this thread was busy rather than waiting,
    // whatever the machine's load. Assembled here, the review keeps it busy; in the worker it waits.
    expect(remoteElu).toBeLessThan(0.5);
    expect(localElu).toBeGreaterThan(remoteElu);
  });
});
