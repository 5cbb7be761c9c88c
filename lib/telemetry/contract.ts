import type { DashboardConfig } from "../config/schema";
import { kqlList } from "../kql/literal";

/**
 * The telemetry contract, once: every feed a signal reads (the table, the rows that select it, the
 * columns and `Properties` keys its queries read) and what a user must switch on or emit to fill it.
 * The signal modules name the feeds they read (`SignalModule.telemetry`); the queries take their
 * names and keys from here; the doctor's data checks, the contract table in docs/telemetry-contract.md and the
 * simulator's conformance test are derived from it (test/unit/telemetry/contract.test.ts).
 */
export interface TelemetryFeed {
  /** Doctor check id. */
  id: string;
  /** What it is, for the doctor and the README. */
  title: string;
  table: "AzureDiagnostics" | "AzureMetrics" | "CDBDataPlaneRequests" | "AppMetrics" | "AppEvents" | "AppDependencies" | "AzureActivity" | "AppAvailabilityResults";
  /** The column whose values pick this feed's rows, and those values for a configuration. */
  select?: { column: string; values: (config: DashboardConfig) => readonly string[] };
  /** Contract-table columns the queries read (besides `Properties`). */
  columns: readonly string[];
  /** `Properties` keys the queries read, for a configuration. */
  properties?: (config: DashboardConfig) => readonly string[];
  /** Properties values the queries accept, e.g. the drill phases. */
  propertyValues?: Readonly<Record<string, readonly string[]>>;
  /** Whether a configuration reads this feed at all (e.g. only with canary lag pairs). */
  appliesTo?: (config: DashboardConfig) => boolean;
  /** How far back "recent rows" reaches, and whether missing rows blank a signal (fail) or can be normal (warn). */
  withinHours: number;
  ifMissing: "fail" | "warn";
  /** Azure-native feeds: the setting to switch on. App-emitted feeds get their remedy from the names and keys. */
  setting?: string;
  /** App-emitted feeds: what the application emits and where from. */
  emit?: { kind: "metric" | "event" | "dependency"; from: string; value?: string };
  /**
   * Optional feeds only: what the dashboard cannot see while the feed's table is absent from the
   * workspace. A signal that reads it says this (absentTableFact) instead of the analyzer's
   * "unknown table" error, and goes on without it.
   */
  withoutIt?: string;
}

export const CONFLICT_DEPTH_METRIC = "conflict_feed_depth";
export const DRILL_EVENT = "failover_drill";
/** The drill phases the incident signal reads (Properties.phase). */
export const DRILL_PHASES = ["start", "end"] as const;
export const CPU_METRICS = ["CpuPercentage", "node_cpu_usage_percentage"] as const;
export const PROFILE_METRICS = ["RequestCount", "Percentage5XX"] as const;
export const SQL_LAG_METRIC = "replication_lag_seconds";
/** Activity-log categories of Azure's own health reports (CategoryValue). */
export const PLATFORM_HEALTH_CATEGORIES = ["ServiceHealth", "ResourceHealth"] as const;
/**
 * The Properties_d keys the platform-health signal reads. Sources: learn.microsoft.com
 * azure-monitor/platform/activity-log-schema (Service health and Resource health categories) and
 * service-health/service-health-notifications-properties; the table's columns from
 * azure-monitor/reference/tables/azureactivity.
 */
export const SERVICE_HEALTH_PROPERTIES = ["title", "trackingId", "incidentType", "impactStartTime", "impactMitigationTime", "region", "service", "impactedServices", "stage"] as const;
export const RESOURCE_HEALTH_PROPERTIES = ["title", "currentHealthStatus", "previousHealthStatus", "cause", "type"] as const;

/** The availability test names of a configuration: the global endpoint's, then one per region's origin. */
export function availabilityTestNames(config: DashboardConfig): { global: string; regions: { region: string; name: string }[] } {
  const outsideIn = config.outsideIn ?? { globalTestName: "global-endpoint", regionTestNames: {} };
  return {
    global: outsideIn.globalTestName,
    regions: config.regions.map((r) => ({ region: r.id, name: outsideIn.regionTestNames[r.id] ?? `origin-${r.id}` })),
  };
}

const testNames = (config: DashboardConfig) => {
  const names = availabilityTestNames(config);
  return [names.global, ...names.regions.map((r) => r.name)];
};

/** The canary lag metric names of a configuration (pairs with `lagSource.kind` canary). */
export const canaryNames = (config: DashboardConfig): string[] => [
  ...new Set(config.replication.flatMap((p) => (p.lagSource.kind === "canary" ? [p.lagSource.metricName] : []))),
];

export const FEEDS = {
  frontDoorAccess: {
    id: "frontdoor-access",
    title: "Front Door access log (availability, traffic share, incidents)",
    table: "AzureDiagnostics",
    select: { column: "Category", values: () => ["FrontDoorAccessLog"] },
    columns: ["TimeGenerated", "Category", "originName_s", "httpStatusCode_s", "pop_s"],
    withinHours: 1,
    ifMissing: "fail",
    setting: "Front Door profile → Diagnostic settings → send category FrontDoorAccessLog to this workspace.",
  },
  frontDoorProbes: {
    id: "frontdoor-probes",
    title: "Front Door health probe log (origin flips; only failed probes are logged)",
    table: "AzureDiagnostics",
    select: { column: "Category", values: () => ["FrontDoorHealthProbeLog"] },
    columns: ["TimeGenerated", "Category", "originName_s", "POP_s"],
    // Also origin health's probe-log look-back: with no probe row in this long, "no failed probe"
    // no longer reads as healthy (docs/signals.md, "Healthy needs a probe log that reaches the workspace").
    withinHours: 24 * 7,
    ifMissing: "warn",
    setting: "Front Door profile → Diagnostic settings → send category FrontDoorHealthProbeLog to this workspace (no rows is normal while every probe succeeds; none for 7 days turns origin health NO DATA).",
  },
  frontDoorMetrics: {
    id: "frontdoor-metrics",
    title: "Front Door profile metrics RequestCount and Percentage5XX (availability SLI)",
    table: "AzureMetrics",
    select: { column: "MetricName", values: () => PROFILE_METRICS },
    columns: ["TimeGenerated", "MetricName", "Total", "Average", "_ResourceId"],
    withinHours: 1,
    ifMissing: "fail",
    setting: "Front Door profile → Diagnostic settings → category AllMetrics to this workspace.",
  },
  cosmosRequests: {
    id: "cosmos-requests",
    title: "Cosmos DB data-plane requests (RU use, 429s)",
    table: "CDBDataPlaneRequests",
    columns: ["TimeGenerated", "RegionName", "RequestCharge", "StatusCode"],
    withinHours: 1,
    ifMissing: "fail",
    setting:
      "Cosmos DB account → Diagnostic settings → category DataPlaneRequests to this workspace in resource-specific mode (logAnalyticsDestinationType \"Dedicated\"), which writes CDBDataPlaneRequests instead of AzureDiagnostics.",
  },
  computeCpu: {
    id: "compute-cpu",
    title: "Compute CPU metrics (saturation, survivor headroom)",
    table: "AzureMetrics",
    select: { column: "MetricName", values: () => CPU_METRICS },
    columns: ["TimeGenerated", "MetricName", "Average", "_ResourceId"],
    appliesTo: (config) => config.regions.some((r) => r.computeResourceIds.length > 0),
    withinHours: 1,
    ifMissing: "fail",
    setting: "On each App Service plan (or AKS cluster): Diagnostic settings → category AllMetrics to this workspace.",
  },
  sqlLag: {
    id: "sql-lag",
    title: `Azure SQL metric ${SQL_LAG_METRIC}`,
    table: "AzureMetrics",
    select: { column: "MetricName", values: () => [SQL_LAG_METRIC] },
    columns: ["TimeGenerated", "MetricName", "Maximum", "Average", "_ResourceId"],
    appliesTo: (config) => config.replication.some((p) => p.lagSource.kind === "sqlMetric"),
    withinHours: 1,
    ifMissing: "fail",
    setting: "On the geo-primary Azure SQL database: Diagnostic settings → category AllMetrics to this workspace (the metric is emitted on the primary only).",
  },
  canaryLag: {
    id: "canary-lag",
    title: "App metric replication_lag_ms (canary replication lag)",
    table: "AppMetrics",
    select: { column: "Name", values: canaryNames },
    columns: ["TimeGenerated", "Name", "Sum", "ItemCount"],
    properties: () => ["sourceRegion", "targetRegion"],
    appliesTo: (config) => canaryNames(config).length > 0,
    withinHours: 1,
    ifMissing: "fail",
    emit: { kind: "metric", from: "a canary that writes in one region and reads in the other (e.g. every 20 s)", value: "milliseconds in Sum (with ItemCount)" },
  },
  conflictDepth: {
    id: "conflict-depth",
    title: `App metric ${CONFLICT_DEPTH_METRIC} (Cosmos conflict feed)`,
    table: "AppMetrics",
    select: { column: "Name", values: () => [CONFLICT_DEPTH_METRIC] },
    columns: ["TimeGenerated", "Name", "Sum", "ItemCount"],
    properties: () => ["region", "container"],
    withinHours: 1,
    ifMissing: "fail",
    emit: { kind: "metric", from: "a conflict-feed reader, about once a minute per region and container" },
  },
  drills: {
    id: "failover-drills",
    title: `App event ${DRILL_EVENT} (RTO/RPO of drills)`,
    table: "AppEvents",
    select: { column: "Name", values: () => [DRILL_EVENT] },
    columns: ["TimeGenerated", "Name"],
    properties: () => ["region", "phase"],
    propertyValues: { phase: DRILL_PHASES },
    withinHours: 24 * 90,
    ifMissing: "warn",
    emit: { kind: "event", from: "the drill runbook, at the start and at the end of each drill" },
    withoutIt: "drills recorded as events are not seen, so an incident during a drill counts as real",
  },
  availabilityTests: {
    id: "availability-tests",
    title: "Application Insights standard availability tests (outside-in: the Front Door endpoint and each origin)",
    table: "AppAvailabilityResults",
    select: { column: "Name", values: testNames },
    columns: ["TimeGenerated", "Name", "Success"],
    withinHours: 1,
    ifMissing: "fail",
    setting:
      "Application Insights (workspace-based) → Availability → add a standard test per name: outsideIn.globalTestName calling the Front Door endpoint, and one per region (outsideIn.regionTestNames, default origin-<region id>) calling that region's origin host directly, each from 5 or more locations.",
  },
  writes: {
    id: "write-calls",
    title: "App dependency calls that write (split-brain)",
    table: "AppDependencies",
    select: { column: "Name", values: (config) => config.splitBrain.names },
    columns: ["TimeGenerated", "DependencyType", "Name"],
    properties: (config) => ["region", config.splitBrain.entityKey],
    withinHours: 1,
    ifMissing: "fail",
    emit: { kind: "dependency", from: "the application's Application Insights dependency collection (the configured splitBrain.dependencyTypes / names)" },
  },
  activityLog: {
    id: "activity-log-health",
    title: "Activity log Service Health and Resource Health events (is it us or Azure?)",
    table: "AzureActivity",
    select: { column: "CategoryValue", values: () => PLATFORM_HEALTH_CATEGORIES },
    columns: ["TimeGenerated", "CategoryValue", "ActivityStatusValue", "Level", "_ResourceId", "Properties_d"],
    withinHours: 24 * 90,
    // No rows is the normal case: Azure writes these only when it reports a problem.
    ifMissing: "warn",
    setting:
      "Subscription → Activity log → Export Activity Logs (diagnostic setting) → categories ServiceHealth and ResourceHealth to this workspace (no rows is normal while Azure reports nothing).",
  },
} as const satisfies Record<string, TelemetryFeed>;

export type FeedName = keyof typeof FEEDS;

/** `Properties.x` keys with their accepted values, as the remedy and the README name them. */
export function propertiesText(feed: TelemetryFeed, config: DashboardConfig): string {
  const keys = feed.properties?.(config) ?? [];
  return keys
    .map((k) => {
      const values = feed.propertyValues?.[k];
      return values ? `Properties.${k} (${values.join(" or ")})` : `Properties.${k}`;
    })
    .join(", ");
}

/** The coverage fact of an optional feed whose table the workspace lacks, in a user's words. */
export function absentTableFact(feed: TelemetryFeed): string {
  return `No ${feed.table} table: ${feed.withoutIt ?? "this feed's data is not seen"}.`;
}

/** What to switch on or emit so the feed has rows: names the exact name, columns and Properties keys the queries read. */
export function feedRemedy(feed: TelemetryFeed, config: DashboardConfig): string {
  if (feed.setting) return feed.setting;
  const names = feed.select?.values(config) ?? [];
  const what = feed.emit?.kind === "dependency" ? `dependency calls ${names.join(", ")}` : `the custom ${feed.emit?.kind ?? "metric"} ${names.join(", ")}`;
  const value = feed.emit?.value ? `, value in ${feed.emit.value}` : "";
  return `Emit ${what} to ${feed.table} with ${propertiesText(feed, config)}${value}, from ${feed.emit?.from ?? "the application"}.`;
}

/** The KQL of "are there recent rows": one row with `rows` and `newest`. */
export function feedRecentQuery(feed: TelemetryFeed, config: DashboardConfig): string {
  const values = feed.select?.values(config) ?? [];
  // The column is the contract's own identifier; the values go through the escaping helper.
  const filter = feed.select ? ` | where ${feed.select.column} in ${kqlList(values)}` : "";
  return `${feed.table}${filter} | summarize rows = count(), newest = max(TimeGenerated)`;
}


/**
 * The configuration-dependent names as the docs write them (README, table remedies without a
 * configuration at hand): rendered through the same functions as a real configuration.
 */
export const DOC_CONFIG = {
  regions: [{ computeResourceIds: ["…"] }],
  replication: [{ lagSource: { kind: "canary", metricName: "replication_lag_ms" } }, { lagSource: { kind: "sqlMetric" } }],
  splitBrain: { entityKey: "<splitBrain.entityKey>", names: ["<splitBrain.names>"], dependencyTypes: ["<splitBrain.dependencyTypes>"] },
} as unknown as DashboardConfig;

/** Every feed of the contract. */
export const ALL_FEEDS: readonly TelemetryFeed[] = Object.values(FEEDS);

/** For a table missing from the workspace: what fills it (every feed of that table). */
export function tableRemedy(table: string): string | undefined {
  const feeds = ALL_FEEDS.filter((f) => f.table === table);
  if (feeds.length === 0) return undefined;
  return [...new Set(feeds.map((f) => feedRemedy(f, DOC_CONFIG)))].join(" ");
}

/** docs/telemetry-contract.md's table of what the application itself must emit, generated from the feeds. */
export function contractMarkdown(): string {
  const rows = ALL_FEEDS.filter((f) => f.emit).map((f) => {
    const names = (f.select?.values(DOC_CONFIG) ?? []).map((n) => `\`${n}\``).join(", ");
    const columns = f.columns.map((c) => `\`${c}\``).join(", ");
    const props = propertiesText(f, DOC_CONFIG)
      .split(", ")
      .map((p) => `\`${p}\``)
      .join(", ");
    const value = f.emit?.value ? `; value in ${f.emit.value}` : "";
    return `| ${f.title} | \`${f.table}\` | ${names} | ${columns} | ${props} | ${f.emit?.from ?? ""}${value} |`;
  });
  return ["| what | table | name | columns read | Properties read | emitted by |", "|---|---|---|---|---|---|", ...rows].join("\n");
}
