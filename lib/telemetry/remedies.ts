import { withCompanionHint } from "./companion";
import { CPU_METRICS, FEEDS, PROFILE_METRICS, SQL_LAG_METRIC, tableRemedy } from "./contract";

/**
 * For each contract table: the exact diagnostic setting or telemetry that fills it. Shown by the
 * doctor and attached to a signal's warning when its table is missing from the workspace.
 */
const REMEDIES: Record<string, string> = {
  AzureDiagnostics:
    "Front Door profile → Diagnostic settings → add a setting sending categories FrontDoorAccessLog and FrontDoorHealthProbeLog to this workspace (Front Door Standard/Premium writes to AzureDiagnostics only).",
  // The metric names are the ones the queries read (contract.ts): OriginHealthPercentage was named here but read nowhere.
  AzureMetrics: `Diagnostic settings with category AllMetrics to this workspace on each Azure SQL database (${SQL_LAG_METRIC}, primary only), each App Service plan or AKS cluster (${CPU_METRICS.join(" or ")}), and the Front Door profile (${PROFILE_METRICS.join(", ")}).`,
  CDBDataPlaneRequests: FEEDS.cosmosRequests.setting,
  AppRequests: "Connect the application to a workspace-based Application Insights resource (OpenTelemetry Azure Monitor distro or the Application Insights SDK).",
  AppDependencies: `Workspace-based Application Insights with dependency collection on (Cosmos DB calls appear with DependencyType "Azure DocumentDB"). ${tableRemedy("AppDependencies") ?? ""}`,
  // The outside-in signal reads it by test name: the remedy names them (the contract's setting), not only "tests".
  AppAvailabilityResults: FEEDS.availabilityTests.setting,
  // What the application emits: derived from the feeds its queries read (contract.ts), never written twice.
  AppMetrics: tableRemedy("AppMetrics") ?? "",
  AppEvents: tableRemedy("AppEvents") ?? "",
  AzureActivity: FEEDS.activityLog.setting,
};

export const TABLE_REMEDIES: Record<string, string> = Object.fromEntries(
  Object.entries(REMEDIES).map(([table, remedy]) => [table, withCompanionHint(table, remedy)]),
);

const MISSING_TABLE = /Failed to resolve (?:table|table or column|scalar) (?:expression|or column expression) named '([^']+)'/i;

/** The table a Kusto "failed to resolve" error names, if it is one of ours. */
export function missingTableIn(errorText: string): string | undefined {
  const name = MISSING_TABLE.exec(errorText)?.[1];
  return name && name in TABLE_REMEDIES ? name : undefined;
}

export function missingTableWarning(table: string): string {
  return `Table ${table} is not in the workspace, so this signal has no data. To fill it: ${TABLE_REMEDIES[table]}`;
}
