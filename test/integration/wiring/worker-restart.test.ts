import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { NdjsonDatasetWriter } from "@/lib/dataset";
import { SourceUnavailableError } from "@/lib/signals/runtime/context";
import { simulate } from "@/lib/simulator";
import { WorkerSource } from "@/lib/wiring/worker-source";

/**
 * The query worker under a heap limit (DASHBOARD_QUERY_WORKER_HEAP_MB): a job that needs more heap
 * ends the worker, not the process; that job fails with a 503-class error saying why, the others it
 * held fail saying the worker is starting again, and once it is built again the next request is
 * answered, as before, without restarting the server.
 */
const demo = loadConfigFile("config/demo.json");
const DATA_FROM = new Date("2026-10-01T00:00:00Z");
const NOW = new Date("2026-10-01T04:00:00Z");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "worker-restart-"));
// Inside the repository, so the bundle's external packages (the Kusto bridge) resolve.
const bundle = path.resolve("test-results/worker-restart/query-worker.js");
const config = { ...demo, embedded: { ...demo.embedded, dataset: dir } };
const RANGE = { from: new Date(NOW.getTime() - 3_600_000), to: new Date(NOW.getTime() - 1_800_000) };
// Ten million distinct strings at once (the engine's largest range): far more than a 128 MB heap.
const HOG = "range x from 1 to 10000000 step 1 | extend s = strcat('row ', tostring(x)) | summarize make_set(s, 10000000)";

let worker: WorkerSource;

/** Whether process `pid` still exists (a zombie not yet reaped counts as ended). */
function alive(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return false;
  }
}

async function restarted(source: WorkerSource) {
  const deadline = Date.now() + 120_000;
  while (source.restartingBecause) {
    if (Date.now() > deadline) throw new Error(`the worker did not come back: ${source.restartingBecause}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  const writer = new NdjsonDatasetWriter(dir);
  simulate({ config: demo, scenarios: [], from: DATA_FROM, to: NOW, seed: 5, sink: writer });
  writer.close();
  createRequire(import.meta.url)("../../../scripts/bundle-query-worker.js").bundleQueryWorker(bundle);
  process.env.DASHBOARD_AS_OF = NOW.toISOString();
  worker = new WorkerSource({ file: bundle, config, now: () => NOW, maxOldGenerationMb: 128 });
  await worker.ready;
}, 180_000);

afterAll(async () => {
  delete process.env.DASHBOARD_AS_OF;
  await worker?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the query worker under a heap limit", () => {
  // When the worker was a thread, V8 aborted this whole test process in 3 runs of 7 ("Reached heap
  // limit"): one array outgrowing a thread's limit aborts the process. A child process ends alone.
  it("fails only the job that ran it out of memory, starts again, and answers the next request", async () => {
    const before = await worker.snapshot({ range: RANGE });
    expect(before.regions.length).toBeGreaterThan(0);

    const hog = worker.query(HOG, RANGE).then(
      () => undefined,
      (e: unknown) => e,
    );
    const queuedBehind = worker.snapshot({ range: { ...RANGE, from: new Date(RANGE.from.getTime() - 60_000) } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    const hogError = await hog;
    expect(hogError).toBeInstanceOf(SourceUnavailableError);
    expect((hogError as Error).message).toMatch(/needed more memory than the query worker may use \(128 MB heap\)/);
    const behindError = await queuedBehind;
    expect(behindError).toBeInstanceOf(SourceUnavailableError);
    expect((behindError as Error).message).toMatch(/starting again/);
    expect(worker.restarts).toBe(1);

    // While it rebuilds (seconds): readiness says why, and a request is refused at once saying so, never a hang.
    expect(worker.restartingBecause).toBe("a job needed more than its 128 MB heap");
    expect(worker.failed).toBeUndefined(); // a restart, not a failed build
    await expect(worker.snapshot({ range: RANGE })).rejects.toThrow(/starting again/);

    await restarted(worker);
    const after = await worker.snapshot({ range: RANGE });
    expect(after.regions).toEqual(before.regions);
    expect(after.replication).toEqual(before.replication);

    // The same request again, even over another window of the same span and with other blanks, is
    // refused at once saying why: one client cannot keep the workspace down by repeating it.
    const shifted = { from: new Date(RANGE.from.getTime() - 600_000), to: new Date(RANGE.to.getTime() - 600_000) };
    const again = await worker.query(`  ${HOG.replaceAll(" | ", "\n| ")}`, shifted).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(again).toBeInstanceOf(SourceUnavailableError);
    expect((again as Error).message).toMatch(
      /^this 0\.5-hour query ran the query worker out of memory \(128 MB heap\) a moment ago, and is refused for \d+ s more so that it cannot stop the workspace again; ask for a shorter range$/,
    );
    expect(worker.restarts).toBe(1);
    expect(worker.restartingBecause).toBeUndefined();
    // Other requests are answered meanwhile.
    expect((await worker.snapshot({ range: shifted })).regions.map((r) => r.id)).toEqual(before.regions.map((r) => r.id));
  });

  it("starts again after a crash mid-replay and answers the next request", async () => {
    const restartsBefore = worker.restarts;
    const replay = worker.snapshot({ range: { from: new Date(DATA_FROM.getTime()), to: RANGE.to } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    // What a crash of the worker looks like from the server's side (a native fault, the OOM killer).
    (worker as unknown as { worker: { kill(signal: string): boolean } }).worker.kill("SIGKILL");
    const err = await replay;
    expect(err).toBeInstanceOf(SourceUnavailableError);
    expect((err as Error).message).toMatch(/the query worker stopped \(the query worker was ended by SIGKILL\) and is starting again/);
    expect(worker.restarts).toBe(restartsBefore + 1);
    await restarted(worker);
    const snapshot = await worker.snapshot({ range: RANGE });
    expect(snapshot.regions.length).toBe(demo.regions.length);
  });

  it("ends with the server: a killed server leaves no worker computing behind it", async () => {
    // A stand-in server forking the same bundle the way worker-source.ts does, then killed outright.
    const server = spawn(
      process.execPath,
      [
        "-e",
        `const w = require("node:child_process").fork(${JSON.stringify(bundle)}, [], { serialization: "advanced", execArgv: [], stdio: ["ignore", "ignore", "ignore", "ipc"] });
         w.send({ type: "init", config: ${JSON.stringify(config)} });
         w.on("message", (m) => { if (m.type === "ready") console.log(w.pid); });`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    const workerPid = await new Promise<number>((resolve, reject) => {
      server.stdout.once("data", (d: Buffer) => resolve(Number(String(d).trim())));
      server.once("exit", (code) => reject(new Error(`the stand-in server exited with ${code}`)));
    });
    expect(alive(workerPid)).toBe(true);
    server.kill("SIGKILL");
    const deadline = Date.now() + 10_000;
    while (alive(workerPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(alive(workerPid)).toBe(false);
  }, 60_000);
});
