import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import { scenarioRun } from "@/lib/simulator";
import { CONFLICT_DEPTH_METRIC, DEFAULT_LAG_METRIC, DRILL_EVENT } from "@/companion/contract";
import { InMemoryCosmos } from "@/companion/cosmos/in-memory";
import { cosmosTasks } from "@/companion/run";
import type { TelemetrySink } from "@/companion/telemetry";
import { azureNativeOnly, exporterSink, loadCaptured, snapshotAt, startIngestion, type Ingestion } from "./harness";

/**
 * The companion end to end: canary and conflict reporter against the in-memory two-region Cosmos
 * stand-in (programmed replication delays and conflicts), `npm run drill` as a child process, all
 * exported by the real Azure Monitor exporter to a local HTTPS ingestion endpoint; the captured
 * envelopes become AppMetrics/AppEvents rows through Application Insights' documented mapping, and
 * the dashboard's own snapshot must then report what was programmed. Nothing in between is written by hand.
 */
const CONFIG_FILE = "config/demo.json";
const config = loadConfigFile(CONFIG_FILE);
const DELAY_MS = { ukToWe: 1200, weToUk: 2000 };
const CONFLICTS = { uk: 7, we: 3 };
const run = promisify(execFile);

let ingestion: Ingestion;
let sink: TelemetrySink;

beforeAll(async () => {
  ingestion = await startIngestion();
  sink = exporterSink(ingestion);
});

afterAll(async () => {
  await sink?.shutdown();
  await ingestion?.server.stop();
  if (ingestion) rmSync(ingestion.caFile, { force: true });
});

describe("companion → exporter → AppMetrics/AppEvents → snapshot", () => {
  it("reports the programmed lag per direction within 5 %, the conflict depth, and a drill marked with npm run drill", async () => {
    const workspace = new Workspace();
    // A failover of one region (Front Door logs, metrics) simulated up to now, without the simulator's App* rows.
    const at = new Date(Math.floor(Date.now() / 10_000) * 10_000);
    const truth = scenarioRun("drill", { config, at, hours: 1, seed: 11, sink: azureNativeOnly(workspace) });
    const outage = truth.simulator.events.outages[0];
    expect(outage?.drill).toBe(true);

    const cosmos = new InMemoryCosmos(["UK South", "West Europe"]);
    cosmos.setDelay("UK South", "West Europe", DELAY_MS.ukToWe);
    cosmos.setDelay("West Europe", "UK South", DELAY_MS.weToUk);
    cosmos.setConflicts("UK South", "orders", CONFLICTS.uk);
    cosmos.setConflicts("West Europe", "orders", CONFLICTS.we);
    // Two 429s on West Europe's first calls: the canary waits them out and still measures.
    cosmos.throttle("West Europe", 2, 50);
    const problems: string[] = [];
    const tasks = await cosmosTasks(config, cosmos, sink, {
      env: { COMPANION_INSTANCE: "e2e", CANARY_POLL_MS: 20, CANARY_MAX_WAIT_SECONDS: 10, COSMOS_THROTTLE_RETRIES: 3, COSMOS_CONFLICT_CONTAINERS: ["orders"] },
      log: (m) => problems.push(m),
    });
    await tasks.canary?.();
    await tasks.canary?.();
    await tasks.conflicts?.();
    await sink.flush();
    expect(problems).toEqual([]);
    expect(cosmos.calls.get("West Europe:upsert")).toBeGreaterThan(2);

    let cursor = loadCaptured(ingestion, workspace, 0);
    expect(cursor.metrics).toBe(4); // 2 lag series + 2 depth series
    const before = await snapshotAt(config, workspace, new Date());

    const lag = (source: string, target: string) => before.replication.find((r) => r.tier === "cosmos" && r.source === source && r.target === target);
    const ukWe = lag("uksouth", "westeurope");
    const weUk = lag("westeurope", "uksouth");
    expect(ukWe?.lagSecondsNow).not.toBeNull();
    expect(Math.abs((ukWe?.lagSecondsNow ?? 0) * 1000 - DELAY_MS.ukToWe)).toBeLessThanOrEqual(0.05 * DELAY_MS.ukToWe);
    expect(Math.abs((weUk?.lagSecondsNow ?? 0) * 1000 - DELAY_MS.weToUk)).toBeLessThanOrEqual(0.05 * DELAY_MS.weToUk);
    expect(ukWe?.status).toBe("ok");

    const depth = (region: string) => before.conflicts.find((c) => c.region === region && c.container === "orders");
    expect(depth("uksouth")?.depthNow).toBe(CONFLICTS.uk);
    expect(depth("westeurope")?.depthNow).toBe(CONFLICTS.we);

    // Without markers the simulated failover is a real incident …
    const incident = (s: typeof before) => s.incidents.find((i) => i.region === outage.region);
    expect(incident(before)?.kind).toBe("real");

    // … marked with the drill CLI (a child process, env settings as a user would give them) it is a drill.
    const start = new Date(Date.parse(outage.start) - 60_000).toISOString();
    const end = new Date(Date.parse(outage.end) + 120_000).toISOString();
    const env = {
      ...process.env,
      DASHBOARD_CONFIG: CONFIG_FILE,
      APPLICATIONINSIGHTS_CONNECTION_STRING: ingestion.connectionString,
      COMPANION_INGESTION_AUTH: "key",
      NODE_EXTRA_CA_CERTS: ingestion.caFile,
      APPLICATIONINSIGHTS_STATSBEAT_DISABLED: "true",
    };
    const tsx = "node_modules/.bin/tsx";
    const out = await run(tsx, ["companion/drill-cli.ts", "start", "--region", outage.region, "--at", start], { env });
    expect(out.stdout).toContain("sent");
    await run(tsx, ["companion/drill-cli.ts", "end", "--region", outage.region, "--at", end], { env });
    const loaded = loadCaptured(ingestion, workspace, cursor.next);
    expect(loaded.events).toBe(2);
    cursor = loaded;

    const after = await snapshotAt(config, workspace, new Date());
    const drilled = incident(after);
    expect(drilled?.kind).toBe("drill");
    expect(drilled?.rtoSeconds).toBeGreaterThan(0);
    // The names on the wire are the contract's.
    const names = new Set(ingestion.server.envelopes.map((e) => (e.data?.baseData?.name as string) ?? ((e.data?.baseData?.metrics as { name: string }[]) ?? [])[0]?.name));
    expect(names).toEqual(new Set([DEFAULT_LAG_METRIC, CONFLICT_DEPTH_METRIC, DRILL_EVENT]));
  });

  it("a region that is down emits no lag sample for any direction that touches it, never a zero", async () => {
    const workspace = new Workspace();
    const cosmos = new InMemoryCosmos(["UK South", "West Europe"]);
    cosmos.setDelay("UK South", "West Europe", 300);
    cosmos.setDelay("West Europe", "UK South", 300);
    cosmos.setDown("West Europe", true);
    const problems: string[] = [];
    const tasks = await cosmosTasks(config, cosmos, sink, {
      env: { COMPANION_INSTANCE: "down", CANARY_POLL_MS: 20, CANARY_MAX_WAIT_SECONDS: 1, COSMOS_THROTTLE_RETRIES: 1, COSMOS_CONFLICT_CONTAINERS: ["orders"] },
      log: (m) => problems.push(m),
    });
    const from = ingestion.server.envelopes.length;
    await tasks.canary?.();
    await tasks.conflicts?.();
    await sink.flush();
    loadCaptured(ingestion, workspace, from);
    const snap = await snapshotAt(config, workspace, new Date());
    for (const r of snap.replication.filter((p) => p.tier === "cosmos")) {
      expect(r.lagSecondsNow, `${r.source} → ${r.target}`).toBeNull();
      expect(r.status).toBe("no-data");
    }
    // UK South still reports its (empty) feed; West Europe reports nothing rather than 0.
    expect(snap.conflicts.find((c) => c.region === "uksouth")?.depthNow).toBe(0);
    expect(snap.conflicts.find((c) => c.region === "westeurope")?.depthNow ?? null).toBeNull();
    expect(problems.some((p) => p.includes("West Europe"))).toBe(true);
  });
});
