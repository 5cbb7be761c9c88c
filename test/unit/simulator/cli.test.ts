import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const TSX = path.resolve("node_modules/.bin/tsx");
const simulate = (...args: string[]) => spawnSync(TSX, ["scripts/simulate.ts", ...args], { encoding: "utf8", timeout: 120_000 });

describe("npm run simulate", () => {
  it("writes a dataset folder and truth.json for combined scenarios", { timeout: 120_000 }, () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "sim-cli-"));
    try {
      const r = simulate("--scenario", "drill,split-brain", "--out", out, "--at", "2026-11-20T15:00:00Z", "--hours", "1", "--seed", "3");
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/drill,split-brain: 2026-11-20T14:00:00.000Z → 2026-11-20T15:00:00.000Z/);
      const files = fs.readdirSync(out).sort();
      expect(files).toEqual(["AppAvailabilityResults.ndjson", "AppDependencies.ndjson", "AppEvents.ndjson", "AppMetrics.ndjson", "AppRequests.ndjson", "AzureActivity.ndjson", "AzureDiagnostics.ndjson", "AzureMetrics.ndjson", "CDBDataPlaneRequests.ndjson", "truth.json"]);
      const truth = JSON.parse(fs.readFileSync(path.join(out, "truth.json"), "utf8"));
      expect(truth.asOf).toBe("2026-11-20T15:00:00.000Z");
      expect(truth.incidents.map((i: { kind: string }) => i.kind)).toEqual(["drill"]);
      expect(truth.splitBrain.count).toBe(5);
      const events = fs.readFileSync(path.join(out, "AppEvents.ndjson"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
      expect(events.map((e) => e.Properties.phase)).toEqual(["start", "end"]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it("refuses bad input with a message naming it", { timeout: 120_000 }, () => {
    const noOut = simulate("--scenario", "drill");
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(/--scenario and --out are required/);
    const badAt = simulate("--scenario", "drill", "--out", "/tmp/x", "--at", "yesterday");
    expect(badAt.status).toBe(2);
    expect(badAt.stderr).toMatch(/--at: "yesterday" is not an ISO-8601 date-time with a time zone/);
    const never = path.join(os.tmpdir(), `sim-cli-never-${process.pid}`);
    const badName = simulate("--scenario", "meteor", "--out", never);
    expect(badName.status).toBe(2);
    expect(badName.stderr).toMatch(/unknown scenario\(s\) meteor; known: steady, region-outage/);
    expect(fs.existsSync(never)).toBe(false);
    const badConfig = simulate("--scenario", "drill", "--out", "/tmp/x", "--config", "nope.json");
    expect(badConfig.status).toBe(2);
    expect(badConfig.stderr).toMatch(/Invalid configuration nope.json/);
  });
});
