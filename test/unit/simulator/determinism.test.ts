import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NdjsonDatasetWriter } from "@/lib/dataset";
import { scenarioRun } from "@/lib/simulator";
import { createLiveDemo } from "@/lib/simulator/live";
import { AT, CollectingSink, config, serialise } from "./helpers";

function writeDataset(seed: number): { dir: string; files: Record<string, Buffer> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sim-det-"));
  const writer = new NdjsonDatasetWriter(dir);
  const truth = scenarioRun("region-outage,split-brain", { config, at: AT, hours: 1, seed, sink: writer });
  writer.close();
  fs.writeFileSync(path.join(dir, "truth.json"), JSON.stringify(truth));
  const files = Object.fromEntries(fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f))]));
  return { dir, files };
}

describe("determinism", () => {
  it("the same seed writes the same bytes; another seed does not", { timeout: 120_000 }, () => {
    const a = writeDataset(5);
    const b = writeDataset(5);
    const c = writeDataset(6);
    try {
      expect(Object.keys(a.files)).toEqual(Object.keys(b.files));
      expect(Object.keys(a.files)).toContain("AzureDiagnostics.ndjson");
      for (const f of Object.keys(a.files)) expect(a.files[f].equals(b.files[f]), f).toBe(true);
      expect(a.files["AzureDiagnostics.ndjson"].equals(c.files["AzureDiagnostics.ndjson"])).toBe(false);
    } finally {
      for (const d of [a, b, c]) fs.rmSync(d.dir, { recursive: true, force: true });
    }
  });
});

describe("live demo", () => {
  const start = new Date("2026-11-20T09:17:41.250Z");
  const make = (sink: CollectingSink) => createLiveDemo({ config, seed: 9, days: 0.25, now: () => start, sink });

  it("advancing in uneven steps writes exactly the rows of one big step", { timeout: 120_000 }, () => {
    const whole = new CollectingSink();
    const steps = new CollectingSink();
    const end = new Date(start.getTime() + 47 * 60_000 + 333);
    make(whole).advanceTo(end);
    const demo = make(steps);
    let t = demo.from.getTime();
    const cuts = [start.getTime() - 2 * 3600_000 + 17, start.getTime(), start.getTime() + 4_321, start.getTime() + 60_000, start.getTime() + 61_001, start.getTime() + 20 * 60_000 + 9_999];
    for (const cut of cuts) {
      expect(cut).toBeGreaterThan(t);
      demo.advanceTo(new Date(cut));
      t = cut;
    }
    demo.advanceTo(end);
    demo.advanceTo(new Date(end.getTime() - 1000)); // going back writes nothing
    expect(serialise(steps)).toEqual(serialise(whole));
    expect(whole.rows("AzureDiagnostics").length).toBeGreaterThan(10_000);
  });

  it("places the month before start-up and keeps moving with the clock", { timeout: 120_000 }, () => {
    const sink = new CollectingSink();
    const demo = make(sink);
    expect(demo.anchor.toISOString()).toBe("2026-11-20T09:17:00.000Z");
    demo.advanceTo(new Date(start.getTime() + 120_000));
    const times = sink.rows("AzureMetrics").map((r) => Date.parse(String(r.TimeGenerated)));
    expect(Math.max(...times)).toBeGreaterThanOrEqual(start.getTime());
    const truth = demo.truth();
    expect(truth.asOf).toBe("2026-11-20T09:19:41.000Z"); // truth works in whole seconds
    // The last six hours hold the split-brain race placed about three hours before start-up.
    expect(truth.splitBrain.count).toBe(5);
  });
});
