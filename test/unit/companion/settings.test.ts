import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { conflictTargets, lagDirections, readCompanionEnv } from "@/companion/settings";

const CS = "InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=https://example.invalid/";

describe("companion settings", () => {
  it("defaults everything but the connection string", () => {
    const env = readCompanionEnv({ APPLICATIONINSIGHTS_CONNECTION_STRING: CS });
    expect(env).toMatchObject({ COMPANION_INGESTION_AUTH: "entra", CANARY_INTERVAL_SECONDS: 20, COSMOS_CONFLICT_CONTAINERS: [], CHAOS_TARGET_REGIONS: {} });
    expect(readCompanionEnv({ APPLICATIONINSIGHTS_CONNECTION_STRING: CS, COSMOS_CONFLICT_CONTAINERS: "orders, invoices" }).COSMOS_CONFLICT_CONTAINERS).toEqual(["orders", "invoices"]);
  });

  it.each([
    [{}, /APPLICATIONINSIGHTS_CONNECTION_STRING/],
    [{ APPLICATIONINSIGHTS_CONNECTION_STRING: CS, CANARY_POLL_MS: "fast" }, /CANARY_POLL_MS/],
    [{ APPLICATIONINSIGHTS_CONNECTION_STRING: CS, COSMOS_ENDPOINT: "contoso" }, /COSMOS_ENDPOINT/],
    [{ APPLICATIONINSIGHTS_CONNECTION_STRING: CS, CHAOS_TARGET_REGIONS: "[1]" }, /CHAOS_TARGET_REGIONS: a JSON object/],
  ])("a bad setting is refused by name: %j", (env, message) => {
    expect(() => readCompanionEnv(env)).toThrow(message);
  });

  it("takes directions and region names from the dashboard's configuration", () => {
    const config = loadConfigFile("config/demo.json");
    expect(lagDirections(config)).toEqual([
      { sourceCosmos: "UK South", targetCosmos: "West Europe", sourceValue: "uksouth", targetValue: "westeurope", metricName: "replication_lag_ms" },
      { sourceCosmos: "West Europe", targetCosmos: "UK South", sourceValue: "westeurope", targetValue: "uksouth", metricName: "replication_lag_ms" },
    ]);
    expect(conflictTargets(config).map((t) => t.regionValue)).toEqual(["uksouth", "westeurope"]);
  });
});
