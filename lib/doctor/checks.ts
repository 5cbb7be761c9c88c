import type { DashboardConfig } from "../config/schema";
import { kql } from "../kql/literal";
import { withCompanionHint } from "../telemetry/companion";
import { TABLE_REMEDIES } from "../telemetry/remedies";

/** Contract tables no signal reads today: their absence is reported as optional, neither a warning nor a failure. */
export const OPTIONAL_TABLES: ReadonlySet<string> = new Set(["AppRequests", "AppAvailabilityResults"]);

/** What each optional table would add: the doctor says it instead of the analyzer's "unknown table". */
export const OPTIONAL_TABLE_ADDS: Readonly<Record<string, string>> = {
  AppRequests:
    "server-side request outcomes per region's app role, for your own drill-down queries in Log Analytics; no panel needs it (availability comes from Front Door's access log and metrics)",
  AppAvailabilityResults:
    "synthetic availability tests against each origin from several locations, a second view of availability (SIGNALS.md lists it as optional); the SLI does not need it",
};

/** One "is the data there" probe: a KQL returning a single row with a `rows` count and `newest` time. */
export interface DataCheck {
  id: string;
  title: string;
  table: string;
  kql: string;
  /** How far back "recent" reaches. */
  withinHours: number;
  /** Missing data here makes a whole signal blank (fail), or is normal at times (warn). */
  ifMissing: "fail" | "warn";
  remedy: string;
}

const recent = (table: string, filter: string) => `${table}${filter ? ` | where ${filter}` : ""} | summarize rows = count(), newest = max(TimeGenerated)`;

/** Checks beyond "the table exists": the categories and names each signal reads, for this configuration. */
export function dataChecks(config: DashboardConfig): DataCheck[] {
  const checks: DataCheck[] = [
    {
      id: "frontdoor-access",
      title: "Front Door access log (availability, traffic share)",
      table: "AzureDiagnostics",
      kql: recent("AzureDiagnostics", kql`Category == ${"FrontDoorAccessLog"}`),
      withinHours: 1,
      ifMissing: "fail",
      remedy: "Front Door profile → Diagnostic settings → send category FrontDoorAccessLog to this workspace.",
    },
    {
      id: "frontdoor-probes",
      title: "Front Door health probe log (origin flips; only failed probes are logged)",
      table: "AzureDiagnostics",
      kql: recent("AzureDiagnostics", kql`Category == ${"FrontDoorHealthProbeLog"}`),
      withinHours: 24 * 7,
      ifMissing: "warn",
      remedy: "Front Door profile → Diagnostic settings → send category FrontDoorHealthProbeLog to this workspace (no rows is normal while every probe succeeds).",
    },
    {
      id: "cosmos-requests",
      title: "Cosmos DB data-plane requests (RU use, 429s, split-brain)",
      table: "CDBDataPlaneRequests",
      kql: recent("CDBDataPlaneRequests", ""),
      withinHours: 1,
      ifMissing: "fail",
      remedy: TABLE_REMEDIES.CDBDataPlaneRequests,
    },
    {
      id: "conflict-depth",
      title: "App metric conflict_feed_depth (Cosmos conflict feed)",
      table: "AppMetrics",
      kql: recent("AppMetrics", kql`Name == ${"conflict_feed_depth"}`),
      withinHours: 1,
      ifMissing: "fail",
      remedy: "Emit the custom metric conflict_feed_depth (Properties.region, Properties.container) from the application, e.g. every minute from a conflict-feed reader.",
    },
    {
      id: "failover-drills",
      title: "App event failover_drill (RTO/RPO of drills)",
      table: "AppEvents",
      kql: recent("AppEvents", kql`Name == ${"failover_drill"}`),
      withinHours: 24 * 90,
      ifMissing: "warn",
      remedy: "Emit the custom event failover_drill (Properties.region, phase start/evicted/recovered) from the drill runbook.",
    },
  ];
  if (config.replication.some((p) => p.lagSource.kind === "canary")) {
    checks.push({
      id: "canary-lag",
      title: "App metric replication_lag_ms (canary replication lag)",
      table: "AppMetrics",
      kql: recent("AppMetrics", kql`Name == ${"replication_lag_ms"}`),
      withinHours: 1,
      ifMissing: "fail",
      remedy: "Emit the custom metric replication_lag_ms (Properties.source, Properties.target) from a canary that writes in one region and reads in the other.",
    });
  }
  if (config.replication.some((p) => p.lagSource.kind === "sqlMetric")) {
    checks.push({
      id: "sql-lag",
      title: "Azure SQL metric replication_lag_seconds",
      table: "AzureMetrics",
      kql: recent("AzureMetrics", kql`ResourceProvider == ${"MICROSOFT.SQL"} and MetricName == ${"replication_lag_seconds"}`),
      withinHours: 1,
      ifMissing: "fail",
      remedy: "On the geo-primary Azure SQL database: Diagnostic settings → category AllMetrics to this workspace (the metric is emitted on the primary only).",
    });
  }
  if (config.regions.some((r) => r.computeResourceIds.length > 0)) {
    checks.push({
      id: "compute-cpu",
      title: "Compute CPU metrics (saturation, survivor headroom)",
      table: "AzureMetrics",
      kql: recent("AzureMetrics", kql`MetricName in ${["CpuPercentage", "node_cpu_usage_percentage"]}`),
      withinHours: 1,
      ifMissing: "fail",
      remedy: "On each App Service plan (or AKS cluster): Diagnostic settings → category AllMetrics to this workspace.",
    });
  }
  return checks.map((c) => ({ ...c, remedy: withCompanionHint(c.table, c.remedy) }));
}
