/**
 * Activity-log rows for the ninth set's platform-monitoring rules (queries-ninth.ts, PLATFORM_DOCS): they read the
 * event's properties under `Properties.eventProperties`, as JSON text inside the Properties JSON (the shape an
 * Activity log export nests them in), which neither the demo's events nor activity-rows.ts carry. Each rule's filter
 * meets a row it keeps and one it drops: another Level, stage, incident type, cause or health status, a Deny policy
 * beside two Audit ones (one `audit`, `=~`), a numeric policy reference id (tolong() not null) beside a named one.
 */
export const ACTIVITY_TO_NINTH = new Date("2026-11-20T15:00:00Z");

const SUB = "00000000-0000-0000-0000-000000000009";

/** The columns the rules read, and DuckDB's table (all VARCHAR but the time). */
export const ACTIVITY_COLUMNS_NINTH = ["TimeGenerated", "CategoryValue", "Level", "OperationNameValue", "Caller", "CallerIpAddress", "SubscriptionId", "Type", "Properties"];

function row(at: string, category: string, level: string, op: string, props: Record<string, unknown>): Record<string, unknown> {
  return {
    TimeGenerated: at,
    CategoryValue: category,
    Level: level,
    OperationNameValue: op,
    Caller: category === "Administrative" ? "policy-bot@contoso.com" : "",
    CallerIpAddress: category === "Administrative" ? "203.0.113.50" : "",
    SubscriptionId: SUB,
    Type: "AzureActivity",
    Properties: JSON.stringify(props),
    Properties_d: props,
  };
}

const TARGET = { subscriptionId: SUB, resourceGroup: "RG-Web", resourceProviderValue: "MICROSOFT.WEB", resource: "app-1" };

function serviceHealth(at: string, level: string, incidentType: string, stage: string, n: number): Record<string, unknown> {
  const event = {
    incidentType,
    stage,
    trackingId: `TRK-${n}`,
    impactStartTime: "2026-11-20T08:00:00Z",
    defaultLanguageTitle: `${incidentType} ${n} in West Europe`,
    service: n % 2 ? "App Service" : "Azure Cosmos DB",
    region: "West Europe",
    communication: `<p>Communication ${n}: "${stage}"</p>`,
  };
  return row(at, "ServiceHealth", level, "Microsoft.ServiceHealth/incident/action", { eventCategory: "ServiceHealth", eventProperties: JSON.stringify(event) });
}

function resourceHealth(at: string, status: string, previous: string, cause: string, title: string): Record<string, unknown> {
  const event = { title, details: `The resource is ${status.toLowerCase()}.`, currentHealthStatus: status, previousHealthStatus: previous, type: "Downtime", cause };
  return row(at, "ResourceHealth", "Critical", "Microsoft.Resourcehealth/healthevent/Activated/action", { ...TARGET, activityStatusValue: "Active", eventProperties: JSON.stringify(event) });
}

const POLICIES = [
  { policyDefinitionEffect: "Audit", policyDefinitionReferenceId: "tls-minimum", policyDefinitionName: "def-tls", policyAssignmentName: "asg-baseline" },
  { policyDefinitionEffect: "Deny", policyDefinitionReferenceId: "allowed-locations", policyDefinitionName: "def-loc", policyAssignmentName: "asg-baseline" },
  { policyDefinitionEffect: "audit", policyDefinitionReferenceId: "12345", policyDefinitionName: "def-https", policyAssignmentName: "asg-web" },
];

export const ACTIVITY_ROWS_NINTH: Record<string, unknown>[] = [
  serviceHealth("2026-11-20T09:00:00Z", "Warning", "Incident", "Active", 1),
  serviceHealth("2026-11-20T09:30:00Z", "Error", "Incident", "Active", 2),
  serviceHealth("2026-11-20T10:00:00Z", "Critical", "Incident", "Resolved", 3),
  serviceHealth("2026-11-20T10:10:00Z", "Critical", "Incident", "Active", 12),
  serviceHealth("2026-11-20T10:30:00Z", "Informational", "Incident", "Active", 4),
  serviceHealth("2026-11-20T11:00:00Z", "Error", "Maintenance", "Active", 5),
  serviceHealth("2026-11-20T11:10:00Z", "Warning", "Maintenance", "Complete", 6),
  serviceHealth("2026-11-20T11:20:00Z", "Informational", "Maintenance", "Planned", 7),
  serviceHealth("2026-11-20T11:30:00Z", "Informational", "Security", "Active", 8),
  serviceHealth("2026-11-20T11:40:00Z", "Warning", "Security", "Active", 9),
  serviceHealth("2026-11-20T11:50:00Z", "Informational", "ActionRequired", "Active", 10),
  serviceHealth("2026-11-20T12:00:00Z", "Informational", "Informational", "Active", 11),
  resourceHealth("2026-11-20T12:10:00Z", "Degraded", "Available", "PlatformInitiated", "Degraded performance"),
  resourceHealth("2026-11-20T12:20:00Z", "Unavailable", "Available", "PlatformInitiated", "Unavailable"),
  resourceHealth("2026-11-20T12:30:00Z", "Unavailable", "Available", "UserInitiated", "Stopped by user"),
  resourceHealth("2026-11-20T12:40:00Z", "Unknown", "Available", "PlatformInitiated", "Unknown"),
  resourceHealth("2026-11-20T12:50:00Z", "Available", "Unavailable", "PlatformInitiated", "Available"),
  row("2026-11-20T13:00:00Z", "Recommendation", "Informational", "Microsoft.Advisor/recommendations/available/action", {
    ...TARGET,
    recommendationCategory: "Cost",
    recommendationImpact: "High",
    recommendationName: "Right-size underused App Service plans",
    recommendationResourceLink: "https://portal.azure.com/#blade/Microsoft_Azure_Expert/RecommendationListBlade/source/ActivityLog",
  }),
  row("2026-11-20T13:10:00Z", "Administrative", "Warning", "Microsoft.Authorization/policies/audit/action", { ...TARGET, isComplianceCheck: "False", policies: JSON.stringify(POLICIES) }),
  row("2026-11-20T13:20:00Z", "Administrative", "Warning", "Microsoft.Authorization/policies/audit/action", { ...TARGET, isComplianceCheck: "True", policies: JSON.stringify(POLICIES) }),
];
