import { describe, expect, it } from "vitest";
import demo from "@/config/demo.json";
import { parseConfig } from "@/lib/config/load";
import { parseAndAnalyze } from "@/lib/engine/kusto";
import { catalogQueries, SIGNAL_MODULES } from "@/lib/signals";
import { TABLE_SCHEMAS } from "@/lib/telemetry/schemas";

const tables = new Map(Object.entries(TABLE_SCHEMAS));

// A second deployment exercising the other branches: AKS compute, no Front Door profile id,
// three regions, names that need escaping.
const odd = parseConfig({
  ...demo,
  regions: [
    ...demo.regions,
    {
      id: "northeurope",
      displayName: 'North "Europe"',
      frontDoorOrigins: ["payments-ne.example.net"],
      cosmosRegionName: 'North Europe\\"',
      appRegion: "ne'1",
      computeResourceIds: ["/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks-ne"],
      cosmosProvisionedRUs: 4000,
    },
  ],
  frontDoor: { probeIntervalSeconds: 45, sampleSize: 5, successfulSamplesRequired: 2 },
  replication: [
    ...demo.replication,
    { source: "northeurope", target: "uksouth", tier: "cosmos", lagSource: { kind: "canary", metricName: "lag.canary_ms" }, rpoBudgetSeconds: 9 },
  ],
  splitBrain: { dependencyTypes: ["Azure DocumentDB", "SQL"], names: ['Upsert"Invoice'], entityKey: "orderId" },
});

describe.each([
  ["demo", parseConfig(demo)],
  ["three regions, AKS, escaping", odd],
])("catalog queries compile against the telemetry contract (%s)", (_name, config) => {
  const queries = catalogQueries(config);

  it("covers every signal module", () => {
    for (const m of SIGNAL_MODULES) expect(queries.some((q) => q.signal === m.key), m.key).toBe(true);
    expect(new Set(queries.map((q) => q.id)).size).toBe(queries.length);
  });

  it.each(queries.map((q) => [q.id, q.kql] as const))("%s has no error diagnostics and no now()", (_id, kql) => {
    const { errors } = parseAndAnalyze(kql, tables);
    expect(errors.map((e) => `${e.code} ${e.message} at ${e.start}: ${kql.slice(e.start, e.start + e.length + 20)}`)).toEqual([]);
    expect(kql).not.toMatch(/\b(now|ago)\s*\(/);
  });
});

describe("the compile check catches misspelled columns", () => {
  it("reports an unknown column as an error", () => {
    const { errors } = parseAndAnalyze('AzureMetrics | where MetricNam == "x"', tables);
    expect(errors.length).toBeGreaterThan(0);
  });
});
