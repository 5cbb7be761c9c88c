import { afterAll, beforeAll, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import { scenarioRun } from "@/lib/simulator";
import type { TableSchema } from "@/lib/telemetry/schemas";
import { EmbeddedSource } from "@/lib/engine/embedded-source";
import { CHAOS_TABLE, importChaosRuns } from "@/companion/chaos";
import type { TelemetrySink } from "@/companion/telemetry";
import { azureNativeOnly, exporterSink, loadCaptured, snapshotAt, startIngestion, type Ingestion } from "./harness";

/**
 * A Chaos Studio experiment run, as its ExperimentOrchestration log lands in Log Analytics, is
 * imported as drill markers through the real exporter; the dashboard then counts the failover it
 * caused as a drill, with its measured RTO. A second import writes nothing (it reads back what it wrote).
 */
const config = loadConfigFile("config/demo.json");
// Columns per learn.microsoft.com/azure/azure-monitor/reference/tables/chaosstudioexperimenteventlogs.
const CHAOS_SCHEMA: TableSchema = [
  "TimeGenerated:datetime", "CorrelationId:string", "SpanType:string", "Status:string", "Target:string", "Action:string",
  "Step:string", "Branch:string", "Location:string", "OperationName:string", "SeverityLevel:string", "Error:string",
  "_ResourceId:string", "TenantId:string", "SourceSystem:string", "Type:string",
].map((c) => ({ name: c.split(":")[0], type: c.split(":")[1] as "string" | "datetime" }));
const EXPERIMENT = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-chaos/providers/Microsoft.Chaos/experiments/region-failover";

let ingestion: Ingestion;
let sink: TelemetrySink;
beforeAll(async () => {
  ingestion = await startIngestion();
  sink = exporterSink(ingestion);
});
afterAll(async () => {
  await sink?.shutdown();
  await ingestion?.server.stop();
});

it("a chaos experiment run becomes a drill with its measured RTO, imported once", async () => {
  const workspace = new Workspace();
  const at = new Date(Math.floor(Date.now() / 10_000) * 10_000);
  const truth = scenarioRun("region-outage", { config, at, hours: 1, seed: 5, sink: azureNativeOnly(workspace) });
  const outage = truth.simulator.events.outages[0];
  const region = config.regions.find((r) => r.id === outage.region);
  const target = region?.computeResourceIds[0] ?? "";
  const t = (iso: string, deltaS: number) => new Date(Date.parse(iso) + deltaS * 1000).toISOString();
  const base = { CorrelationId: "run-1", _ResourceId: EXPERIMENT, Type: CHAOS_TABLE };
  workspace.defineTable(CHAOS_TABLE, CHAOS_SCHEMA);
  workspace.appendRows(CHAOS_TABLE, [
    { ...base, TimeGenerated: t(outage.start, -90), SpanType: "Experiment", Status: "Started" },
    { ...base, TimeGenerated: t(outage.start, -20), SpanType: "Action", Status: "Started", Target: target, Action: "urn:csci:microsoft:appService:stop/1.0" },
    { ...base, TimeGenerated: t(outage.start, -20), SpanType: "Action", Status: "Started", Target: "/subscriptions/x/resourceGroups/y/providers/Microsoft.Web/sites/elsewhere" },
    { ...base, TimeGenerated: t(outage.end, 30), SpanType: "Action", Status: "Stopped", Target: target },
    { ...base, TimeGenerated: t(outage.end, 40), SpanType: "Experiment", Status: "Complete" },
  ]);
  const asOf = () => new Date();
  const window = { from: new Date(at.getTime() - 3600_000), to: new Date(at.getTime() + 600_000) };

  const before = await snapshotAt(config, workspace, asOf());
  expect(before.incidents.find((i) => i.region === outage.region)?.kind).toBe("real");

  const first = await importChaosRuns(config, new EmbeddedSource(workspace, asOf), window, {});
  expect(first.markers.map((m) => [m.phase, m.regionValue, m.at.toISOString()])).toEqual([
    ["start", outage.region, t(outage.start, -20)],
    ["end", outage.region, t(outage.end, 30)],
  ]);
  expect(first.problems.join("\n")).toContain("elsewhere is in no configured region");
  for (const m of first.markers) sink.drill(m);
  await sink.flush();
  expect(loadCaptured(ingestion, workspace, 0).events).toBe(2);

  const after = await snapshotAt(config, workspace, asOf());
  const incident = after.incidents.find((i) => i.region === outage.region);
  expect(incident?.kind).toBe("drill");
  expect(incident?.rtoSeconds).toBeGreaterThan(0);

  const again = await importChaosRuns(config, new EmbeddedSource(workspace, asOf), window, {});
  expect(again.markers).toEqual([]);
});
