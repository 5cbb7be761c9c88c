import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/load";
import { readFileSync } from "node:fs";
import { QueryGateway } from "@/lib/gateway/gateway";
import { AzureLogsSource } from "@/lib/log-analytics/azure-source";
import { checkCredential } from "@/lib/log-analytics/connect";
import { formatDoctorReport, runDoctor } from "@/lib/doctor/doctor";
import { absentTableSeverity } from "@/lib/doctor/checks";
import { missingTableWarning, TABLE_REMEDIES } from "@/lib/telemetry/remedies";
import { TABLE_SCHEMAS } from "@/lib/telemetry/schemas";
import { fakeCredential, FakeLogAnalytics, type ApiTable } from "./fake-log-analytics";

const WS = "11111111-1111-4111-8111-111111111111";
const now = new Date("2025-01-01T12:00:00Z");

/** A workspace without Cosmos resource-specific logs, without health-probe columns, and with no drills. */
function answer(body: { query?: string }): ApiTable | { missingTable: string } {
  const query = body.query ?? "";
  const table = /^(\w+)/.exec(query)?.[1] ?? "";
  if (table === "CDBDataPlaneRequests") return { missingTable: table };
  if (query.endsWith("| take 1")) {
    const columns = TABLE_SCHEMAS[table].filter((c) => !(table === "AzureDiagnostics" && c.name.startsWith("healthProbeId")));
    return { name: "PrimaryResult", columns: columns.map((c) => ({ ...c })), rows: [] };
  }
  const rows = /failover_drill|FrontDoorHealthProbeLog/.test(query) ? 0 : 12;
  return {
    name: "PrimaryResult",
    columns: [{ name: "rows", type: "long" }, { name: "newest", type: "datetime" }],
    rows: [[rows, rows ? "2025-01-01T11:59:00Z" : null]],
  };
}

let server: FakeLogAnalytics;
let endpoint: string;
beforeAll(async () => {
  server = new FakeLogAnalytics(answer);
  endpoint = await server.start();
});
afterAll(() => server.stop());

describe("doctor against a Log Analytics API", () => {
  const config = () => {
    const demo = JSON.parse(readFileSync("config/demo.json", "utf8")) as Record<string, unknown>;
    return parseConfig({ ...demo, workspaces: { ids: [WS], endpoint } });
  };

  it("names each missing piece with the setting to enable", async () => {
    const cfg = config();
    const workspaces = cfg.workspaces;
    if (!workspaces) throw new Error("config without workspaces");
    const source = new QueryGateway(new AzureLogsSource({ workspaces, credential: fakeCredential, ca: server.cert }));
    const report = await runDoctor({ config: cfg, source, now, checkCredential: () => checkCredential(workspaces, fakeCredential) });
    const byId = new Map(report.checks.map((c) => [c.id, c]));

    expect(byId.get("credential")?.status).toBe("ok");
    expect(byId.get("table-AppRequests")?.status).toBe("ok");
    expect(byId.get("table-CDBDataPlaneRequests")).toMatchObject({ status: "fail" });
    expect(byId.get("table-CDBDataPlaneRequests")?.remedy).toMatch(/resource-specific/);
    expect(byId.get("cosmos-requests")?.status).toBe("fail");
    expect(byId.get("table-AzureDiagnostics")).toMatchObject({ status: "warn", detail: "missing column(s): healthProbeId_s" });
    expect(byId.get("frontdoor-probes")).toMatchObject({ status: "warn" });
    expect(byId.get("frontdoor-probes")?.remedy).toMatch(/FrontDoorHealthProbeLog/);
    expect(byId.get("failover-drills")?.remedy).toMatch(/failover_drill/);
    expect(byId.get("canary-lag")?.status).toBe("ok");
    expect(byId.get("sql-lag")?.status).toBe("ok");
    expect(report.ok).toBe(false);
    expect(formatDoctorReport(report)).toMatch(/FAIL {2}Table CDBDataPlaneRequests/);
  });

  it("on the published SEM0100 answer for every contract table, names each table's setting to enable", async () => {
    const cfg = config();
    const workspaces = cfg.workspaces;
    if (!workspaces) throw new Error("config without workspaces");
    const before = server.answer;
    server.answer = (body) => ({ missingTable: /^(\w+)/.exec(body.query ?? "")?.[1] ?? "" });
    try {
      const source = new QueryGateway(new AzureLogsSource({ workspaces, credential: fakeCredential, ca: server.cert }));
      const report = await runDoctor({ config: cfg, source, now });
      for (const table of Object.keys(TABLE_SCHEMAS)) {
        const check = report.checks.find((c) => c.id === `table-${table}`);
        const severity = absentTableSeverity(table, cfg);
        if (severity.status === "optional") {
          // No panel reads an optional table: it is "optional", said with what it would add, not a failure.
          expect(check?.status, table).toBe("optional");
          expect(check?.detail, table).toMatch(/^optional, not in this workspace; it would add \w/);
          expect(check?.remedy, table).toBe(TABLE_REMEDIES[table]);
          continue;
        }
        expect(check?.status, table).toBe(severity.status);
        if (severity.status === "warn" && severity.facts.length > 0) {
          // A warn-if-missing feed's table (AppEvents): what goes unseen, as the panels say it.
          expect(check?.detail, table).toBe(severity.facts.join(" "));
          expect(check?.remedy, table).toBe(TABLE_REMEDIES[table]);
          continue;
        }
        expect(check?.detail, table).toBe(missingTableWarning(table));
        expect(check?.remedy && check.detail.endsWith(check.remedy), table).toBe(true);
      }
      expect(report.ok).toBe(false);
    } finally {
      server.answer = before;
    }
  });

  it("stops at the credential when no token can be had, and says how to fix it", async () => {
    const cfg = config();
    const workspaces = cfg.workspaces;
    if (!workspaces) throw new Error("config without workspaces");
    const broken = { getToken: async () => { throw new Error("DefaultAzureCredential: no managed identity endpoint"); } };
    const source = new AzureLogsSource({ workspaces, credential: broken, ca: server.cert });
    const report = await runDoctor({ config: cfg, source, now, checkCredential: () => checkCredential(workspaces, broken) });
    expect(report.checks).toHaveLength(1);
    expect(report.checks[0]).toMatchObject({ id: "credential", status: "fail" });
    expect(report.checks[0].remedy).toMatch(/managed identity/);
  });
});
