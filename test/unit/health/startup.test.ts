import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The process configuration is read once from DASHBOARD_CONFIG: a demo deployment replaying a
// dataset whose second AzureMetrics line is broken.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "readiness-test-"));
const dataset = path.join(dir, "dataset");
fs.mkdirSync(dataset);
const line = JSON.stringify({ TimeGenerated: "2026-03-10T11:00:00Z", ResourceId: "/x", MetricName: "CpuPercentage", Average: 10 });
fs.writeFileSync(path.join(dataset, "AzureMetrics.ndjson"), `${line}\n{"TimeGenerated": \n`);
const demo = JSON.parse(fs.readFileSync("config/demo.json", "utf8"));
delete demo.$schema;
const configFile = path.join(dir, "config.json");
fs.writeFileSync(configFile, JSON.stringify({ ...demo, embedded: { ...demo.embedded, dataset } }));
process.env.DASHBOARD_CONFIG = configFile;

type Startup = typeof import("@/lib/wiring/startup");
let readiness: Startup;
beforeAll(async () => {
  readiness = await import("@/lib/wiring/startup");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("readiness", () => {
  it("is false with the dataset's file and line when a line is malformed, and does not re-read it per check", async () => {
    const before = readiness.checkStartup();
    expect(before.ok).toBe(true); // nothing built yet: the cheap check does not load the dataset
    const readSpy = vi.spyOn(fs, "openSync");
    const { getSource, warmUpEmbedded } = await import("@/lib/wiring/source");
    const { getConfig } = await import("@/lib/config/runtime");
    await warmUpEmbedded(getConfig()); // what start-up does; never throws
    const built = readiness.checkStartup();
    expect(built.ok).toBe(false);
    expect(built.problems).toEqual([{ area: "dataset", message: expect.stringMatching(/AzureMetrics\.ndjson:2: bad JSON/) }]);
    const readsOfOneBuild = readSpy.mock.calls.length;
    expect(readsOfOneBuild).toBeGreaterThan(0); // the spy sees the loader's reads
    for (let i = 0; i < 5; i++) {
      expect(() => getSource(getConfig())).toThrow(/AzureMetrics\.ndjson:2/);
      await warmUpEmbedded(getConfig());
      expect(readiness.checkStartup().ok).toBe(false);
    }
    expect(readSpy.mock.calls.length).toBe(readsOfOneBuild);
    readSpy.mockRestore();
  });

  it("names a too-short NEXTAUTH_SECRET as an environment problem", () => {
    const r = readiness.checkStartup({ env: { ...process.env, NEXTAUTH_SECRET: "short" } });
    expect(r.problems).toContainEqual({ area: "environment", message: expect.stringMatching(/NEXTAUTH_SECRET: at least 32 characters/) });
  });

  it("redacts absolute paths to the file name", () => {
    expect(readiness.redactPaths(`${dataset}/AzureMetrics.ndjson:2: bad JSON`)).toBe("…/AzureMetrics.ndjson:2: bad JSON");
    expect(readiness.redactPaths("range must be 1h")).toBe("range must be 1h");
  });

  // Before: ignored in silence, the default served instead of what the operator meant to set.
  it("warns of a misspelt variable under the dashboard's own prefixes, naming the one meant", () => {
    expect(readiness.unknownVariableWarnings({ PAGE_CACHE_SECOND: "0", DASHBOARD_CONFG: "prod.json", RATE_LIMIT_BURST: "10", DASHBOARD_CONFIG: "x.json", KIOSK_FOO: "1", PATH: "/bin" })).toEqual([
      "warning: environment variable DASHBOARD_CONFG is not one the dashboard reads, so it is ignored (did you mean DASHBOARD_CONFIG?)",
      "warning: environment variable KIOSK_FOO is not one the dashboard reads, so it is ignored",
      "warning: environment variable PAGE_CACHE_SECOND is not one the dashboard reads, so it is ignored (did you mean PAGE_CACHE_SECONDS?)",
    ]);
  });
});
