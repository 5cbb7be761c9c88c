import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/load";
import { runDoctor, type CheckResult } from "@/lib/doctor/doctor";
import { dataChecks } from "@/lib/doctor/checks";
import { absentTableFact, ALL_FEEDS, FEEDS } from "@/lib/telemetry/contract";
import { TABLE_REMEDIES } from "@/lib/telemetry/remedies";
import { TABLE_SCHEMAS } from "@/lib/telemetry/schemas";
import type { LogsSource, QueryResult } from "@/lib/workspace/types";

const config = parseConfig(JSON.parse(readFileSync("config/demo.json", "utf8")));
const now = new Date("2026-12-05T12:00:00Z");

/** A workspace holding every contract table with recent rows, except `absent` (the analyzer's unknown-table error). */
function workspaceWithout(absent: string): LogsSource {
  return {
    kind: "azure",
    async query(kql: string): Promise<QueryResult> {
      const table = /^(\w+)/.exec(kql)?.[1] ?? "";
      if (table === absent) throw new Error(`Failed to resolve table expression named '${table}'`);
      if (kql.includes("summarize rows = count()")) {
        return { table: { columns: [{ name: "rows", type: "long" }, { name: "newest", type: "datetime" }], rows: [[5, now.toISOString()]] }, warnings: [], partial: false };
      }
      return { table: { columns: [...TABLE_SCHEMAS[table]], rows: [] }, warnings: [], partial: false };
    },
  };
}

const worst = (statuses: string[]) => (statuses.includes("fail") ? "fail" : statuses.includes("warn") ? "warn" : "optional");

describe("doctor severity follows the telemetry contract", () => {
  it("a missing AppEvents table is a warning that says drills are not seen, as the contract's drills feed is warn-if-missing", async () => {
    const report = await runDoctor({ config, source: workspaceWithout("AppEvents"), now });
    const byId = new Map(report.checks.map((c) => [c.id, c]));
    expect(FEEDS.drills.ifMissing).toBe("warn");
    expect(byId.get("failover-drills")?.status).toBe("warn");
    expect(byId.get("table-AppEvents")).toMatchObject({ status: "warn", detail: absentTableFact(FEEDS.drills) });
    expect(report.ok).toBe(true);
  });

  it("for every contract table, the absent table's check is the worst ifMissing of the feeds read from it (optional when none is)", async () => {
    const readTables = new Set(dataChecks(config).map((c) => c.table));
    for (const table of Object.keys(TABLE_SCHEMAS)) {
      const report = await runDoctor({ config, source: workspaceWithout(table), now });
      const tableCheck = report.checks.find((c) => c.id === `table-${table}`) as CheckResult;
      const feedChecks = report.checks.filter((c) => dataChecks(config).some((d) => d.id === c.id && d.table === table));
      const expected = readTables.has(table) ? worst(dataChecks(config).filter((d) => d.table === table).map((d) => d.ifMissing)) : "optional";
      expect(tableCheck.status, table).toBe(expected);
      // The feed checks of the table agree with the contract's own severity.
      for (const c of feedChecks) expect(c.status, c.id).toBe(ALL_FEEDS.find((f) => f.id === c.id)?.ifMissing);
      expect(report.ok, table).toBe(expected !== "fail");
    }
  });

  it("the metric names the doctor's remedies mention are the ones the contract's queries read", () => {
    // Every AzureMetrics metric of the reference (shared/reference/log-analytics-schemas.md 1.4) a remedy might name.
    const known = ["OriginHealthPercentage", "RequestCount", "Percentage5XX", "Percentage4XX", "OriginLatency", "OriginRequestCount", "TotalLatency", "CpuPercentage", "node_cpu_usage_percentage", "replication_lag_seconds"];
    const read = new Set(ALL_FEEDS.filter((f) => f.table === "AzureMetrics").flatMap((f) => f.select?.values(config) ?? []));
    const remedies = [...Object.values(TABLE_REMEDIES), ...dataChecks(config).map((c) => c.remedy)];
    for (const remedy of remedies) {
      for (const name of known) if (new RegExp(`\\b${name}\\b`).test(remedy)) expect(read, `${name} in "${remedy}"`).toContain(name);
    }
    for (const name of read) expect(TABLE_REMEDIES.AzureMetrics, name).toMatch(new RegExp(`\\b${name}\\b`));
  });

  it("a missing AppAvailabilityResults table (a FAIL: outside-in reads it) names the test names the queries select", async () => {
    const report = await runDoctor({ config, source: workspaceWithout("AppAvailabilityResults"), now });
    const check = report.checks.find((c) => c.id === "table-AppAvailabilityResults");
    expect(check?.status).toBe("fail");
    expect(check?.remedy).toMatch(/outsideIn\.globalTestName/);
    expect(check?.remedy).toMatch(/outsideIn\.regionTestNames, default origin-<region id>/);
  });
});

describe("the doctor's target in words", () => {
  // The /doctor page renders the text as it is: it read "(no `workspaces` in the configuration, …)".
  it("names the embedded workspace without markdown", async () => {
    const embedded = { ...config, workspaces: undefined };
    const report = await runDoctor({ config: embedded, source: workspaceWithout("AppEvents"), now });
    expect(report.target).toBe('the embedded workspace (the configuration has no "workspaces" section, so the same checks run against the simulated data)');
  });
});
