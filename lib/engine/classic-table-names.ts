/**
 * Application Insights' classic table names and the tables a Log Analytics workspace holds the same
 * telemetry in (Microsoft Learn, "Migrate to workspace-based Application Insights resources": table
 * structure). Old blog posts and workbooks query the classic names, which an Application Insights
 * resource answers but a workspace, the scope this dashboard queries, does not: the engine says which
 * table to use instead of only "unknown name". Columns are renamed too (timestamp → TimeGenerated,
 * cloud_RoleName → AppRoleName, duration → DurationMs, ...), so the query needs more than the table name.
 */
const WORKSPACE_TABLE_OF: Readonly<Record<string, string>> = {
  availabilityResults: "AppAvailabilityResults",
  browserTimings: "AppBrowserTimings",
  customEvents: "AppEvents",
  customMetrics: "AppMetrics",
  dependencies: "AppDependencies",
  exceptions: "AppExceptions",
  pageViews: "AppPageViews",
  performanceCounters: "AppPerformanceCounters",
  requests: "AppRequests",
  traces: "AppTraces",
};

/** The hint for an unknown table name that is a classic Application Insights name, else null. */
export function classicTableHint(name: string): string | null {
  const table = Object.hasOwn(WORKSPACE_TABLE_OF, name) ? WORKSPACE_TABLE_OF[name] : undefined;
  if (!table) return null;
  return `'${name}' is Application Insights' classic name: in a Log Analytics workspace the table is ${table}, with renamed columns (timestamp → TimeGenerated, cloud_RoleName → AppRoleName, ...)`;
}
