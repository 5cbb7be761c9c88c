import { Agent } from "node:https";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LagCanary } from "@/companion/canary";
import { readConflictDepths } from "@/companion/conflicts";
import { AzureCosmosAccount } from "@/companion/cosmos/azure";
import { CosmosCallError, type RegionEndpoint } from "@/companion/cosmos/types";
import { FakeCosmos } from "./fake-cosmos";
import { selfSignedCertificate } from "./tls";

/**
 * The `@azure/cosmos` adapter against locally served Cosmos REST answers (fake-cosmos.ts): the
 * account read and its regional endpoints, upsert, point read and 404, conflict feed and delete,
 * 429 classification, a region that stops answering.
 */
const REGIONS = ["UK South", "West Europe"];
const KEY = Buffer.from("fake-cosmos-account-key-for-tests-only").toString("base64");
const tls = selfSignedCertificate();
let fake: FakeCosmos;
let account: AzureCosmosAccount;
let endpoints: Map<string, RegionEndpoint>;

beforeAll(async () => {
  fake = new FakeCosmos(tls, REGIONS, 400);
  const endpoint = await fake.start();
  account = new AzureCosmosAccount({
    endpoint,
    key: KEY,
    database: "appdb",
    canaryContainer: "canary",
    requestTimeoutMs: 2000,
    throttleRetries: 0,
    agent: new Agent({ ca: tls.cert, keepAlive: true }),
  });
  endpoints = new Map((await account.regions()).map((r) => [r.cosmosRegion, r]));
});

afterAll(async () => {
  account?.close();
  await fake?.stop();
});

describe("AzureCosmosAccount over Cosmos REST", () => {
  it("reads the account's regions and reaches each through its own endpoint", async () => {
    expect([...endpoints.keys()]).toEqual(REGIONS);
    const uk = endpoints.get("UK South");
    await uk?.upsertHeartbeat({ id: "hb", pk: "hb", seq: 1, writerRegion: "UK South", writtenAt: new Date().toISOString() });
    expect((await uk?.readHeartbeat("hb", "hb"))?.seq).toBe(1);
    // Not yet replicated: the other region answers 404, which is "not there yet", not an error.
    expect(await endpoints.get("West Europe")?.readHeartbeat("hb", "hb")).toBeUndefined();
    const writes = fake.requests.filter((r) => r.includes("POST"));
    expect(writes.every((r) => r.startsWith("UK South "))).toBe(true);
    expect(fake.requests.some((r) => r.startsWith("West Europe GET /dbs/appdb/colls/canary/docs/hb"))).toBe(true);
  });

  it("measures lag through the SDK with the canary (served delay 400 ms)", async () => {
    const canary = new LagCanary(
      endpoints,
      [{ sourceCosmos: "UK South", targetCosmos: "West Europe", sourceValue: "uksouth", targetValue: "westeurope", metricName: "replication_lag_ms" }],
      { instance: "adapter", pollMs: 10, maxWaitMs: 5000, maxThrottledAttempts: 3 },
    );
    const [sample] = await canary.round();
    expect(sample?.bound).toBe("estimate");
    // HTTP round trips on a shared machine: the estimate is checked loosely here; the e2e test holds 5 %.
    expect(sample?.lagMs).toBeGreaterThan(300);
    expect(sample?.lagMs).toBeLessThan(700);
  });

  it("counts and deletes conflict-feed entries per region", async () => {
    fake.conflicts.set("West Europe/orders", [
      { id: "c1", operationType: "replace", resourceType: "document", resourceId: "r1" },
      { id: "c2", operationType: "create", resourceType: "document", resourceId: "r2" },
    ]);
    const targets = REGIONS.map((r) => ({ cosmosRegion: r, regionValue: r }));
    const depths = await readConflictDepths(endpoints, targets, ["orders"]);
    expect(depths.map((d) => [d.regionValue, d.depth])).toEqual([["UK South", 0], ["West Europe", 2]]);
    const resolved = await readConflictDepths(endpoints, targets.slice(1), ["orders"], { resolver: async (c) => c.operationType === "replace" });
    expect(resolved[0]).toMatchObject({ depth: 1, resolved: 1 });
    expect(fake.conflicts.get("West Europe/orders")?.map((c) => c.id)).toEqual(["c2"]);
  });

  it("classifies 429 as throttled with the server's retry-after", async () => {
    fake.throttle("UK South", 1);
    const err = await endpoints.get("UK South")?.readHeartbeat("hb", "hb").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CosmosCallError);
    expect((err as CosmosCallError).kind).toBe("throttled");
    expect((err as CosmosCallError).status).toBe(429);
  });

  it("a region that stops answering is unavailable (the canary then emits nothing for it)", async () => {
    await fake.takeDown("West Europe");
    const err = await endpoints.get("West Europe")?.readHeartbeat("hb", "hb").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CosmosCallError);
    expect((err as CosmosCallError).kind).toBe("unavailable");
  });
});
