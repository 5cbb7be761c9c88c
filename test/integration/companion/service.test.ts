import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { envelopesToRows } from "./app-insights-rows";
import { FakeCosmos } from "./fake-cosmos";
import { startIngestion, type Ingestion } from "./harness";

/**
 * `npm run companion -- --once` as a user runs it: settings from the environment, the dashboard
 * configuration, the `@azure/cosmos` adapter against the local two-region Cosmos endpoint, the real
 * exporter to the local ingestion endpoint. Both certificates are trusted the way a user would
 * (NODE_EXTRA_CA_CERTS), nothing is injected in code.
 */
const run = promisify(execFile);
let ingestion: Ingestion;
let fake: FakeCosmos;

beforeAll(async () => {
  ingestion = await startIngestion();
  fake = new FakeCosmos(ingestion.tls, ["UK South", "West Europe"], 300);
  await fake.start();
  fake.conflicts.set("UK South/orders", [{ id: "c1", operationType: "replace", resourceType: "document", resourceId: "r1" }]);
});

afterAll(async () => {
  await fake?.stop();
  await ingestion?.server.stop();
  if (ingestion) rmSync(ingestion.caFile, { force: true });
});

it("one pass of the service measures both directions through the SDK and reports the conflict feeds", async () => {
  const env = {
    ...process.env,
    DASHBOARD_CONFIG: "config/demo.json",
    APPLICATIONINSIGHTS_CONNECTION_STRING: ingestion.connectionString,
    APPLICATIONINSIGHTS_STATSBEAT_DISABLED: "true",
    COMPANION_INGESTION_AUTH: "key",
    COMPANION_INSTANCE: "service-test",
    NODE_EXTRA_CA_CERTS: ingestion.caFile,
    COSMOS_ENDPOINT: fake.endpoint("UK South"),
    COSMOS_KEY: Buffer.from("fake-cosmos-account-key-for-tests-only").toString("base64"),
    COSMOS_DATABASE: "appdb",
    COSMOS_CONFLICT_CONTAINERS: "orders",
    CANARY_POLL_MS: "10",
  };
  const out = await run("node_modules/.bin/tsx", ["companion/run.ts", "--once"], { env });
  expect(out.stderr.split("\n").filter((l) => l.startsWith("[companion]"))).toEqual([]);
  const rows = envelopesToRows(ingestion.server.envelopes).AppMetrics;
  const lag = rows.filter((r) => r.Name === "replication_lag_ms");
  expect(lag.map((r) => r.Properties).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
    { sourceRegion: "uksouth", targetRegion: "westeurope" },
    { sourceRegion: "westeurope", targetRegion: "uksouth" },
  ]);
  for (const r of lag) {
    // Served delay 300 ms; HTTP round trips through a child process on a shared machine: checked loosely.
    expect(Number(r.Sum) / Number(r.ItemCount)).toBeGreaterThan(200);
    expect(Number(r.Sum) / Number(r.ItemCount)).toBeLessThan(700);
  }
  const depth = rows.filter((r) => r.Name === "conflict_feed_depth").map((r) => [(r.Properties as { region: string }).region, r.Sum]);
  expect(depth.sort()).toEqual([["uksouth", 1], ["westeurope", 0]]);
  // Writes went to each source region's own endpoint.
  expect(fake.requests.filter((r) => r.includes("POST")).map((r) => r.split(" POST")[0]).sort()).toEqual(["UK South", "West Europe"]);
});
