/**
 * Activity-log rows of the operations the eighth set's Sentinel queries look for (Cloud Shell, NSG rule writes,
 * role assignments, table retention, policy exemptions, Sentinel rules, incidents and data connectors), shaped as
 * the Activity log writes them to a workspace (learn.microsoft.com/azure/azure-monitor/reference/tables/azureactivity:
 * Authorization, Properties and HTTPRequest as JSON text; the legacy OperationName and ActivityStatus beside the
 * *Value columns). The demo writes only Service Health and Resource Health events, which none of these queries read.
 * Cases differ where the queries' semantics do: case-insensitive startswith/contains/has/=~, a Failed beside a
 * Succeeded, a row just outside `ago(48h)`, an entity without "/tables/", ties in a count.
 */
export const ACTIVITY_TO = new Date("2026-11-20T15:00:00Z");

const SUB = "/subscriptions/00000000-0000-0000-0000-000000000001";
const WS = `${SUB}/resourcegroups/rg-sec/providers/microsoft.operationalinsights/workspaces/ws-sec`;

interface Spec {
  at: string;
  op: string;
  opName?: string;
  status: string;
  legacyStatus?: string;
  sub?: string;
  caller: string;
  ip?: string;
  rg?: string;
  provider?: string;
  resource?: string;
  resourceId?: string;
  action?: string;
  props?: Record<string, string>;
  http?: Record<string, string>;
  category?: string;
}

function row(s: Spec): Record<string, unknown> {
  const resourceId = s.resourceId ?? `${SUB}/resourceGroups/${s.rg ?? "rg-sec"}/providers/${s.provider ?? "Microsoft.Storage"}/x/${s.resource ?? "r"}`;
  const props = s.props ?? {};
  return {
    TenantId: "72f988bf-0000-4000-8000-00000000cafe",
    SourceSystem: "Azure",
    TimeGenerated: s.at,
    CategoryValue: s.category ?? "Administrative",
    Category: s.category ?? "Administrative",
    OperationNameValue: s.op,
    OperationName: s.opName ?? s.op,
    ActivityStatusValue: s.status,
    ActivityStatus: s.legacyStatus ?? s.status,
    ActivitySubstatusValue: s.sub ?? "",
    ActivitySubstatus: s.sub ?? "",
    Level: "Informational",
    Caller: s.caller,
    CallerIpAddress: s.ip ?? "",
    ResourceGroup: s.rg ?? "rg-sec",
    ResourceProviderValue: (s.provider ?? "Microsoft.Storage").toUpperCase(),
    ResourceProvider: s.provider ?? "Microsoft.Storage",
    Resource: s.resource ?? "r",
    ResourceId: resourceId,
    _ResourceId: resourceId.toLowerCase(),
    SubscriptionId: "00000000-0000-0000-0000-000000000001",
    Authorization: JSON.stringify({ action: s.action ?? s.op, scope: resourceId }),
    Properties: JSON.stringify(props),
    Properties_d: props,
    HTTPRequest: s.http ? JSON.stringify(s.http) : "",
    EventSubmissionTimestamp: s.at,
    Type: "AzureActivity",
  };
}

const CLOUD_SHELL = { op: "MICROSOFT.STORAGE/STORAGEACCOUNTS/LISTKEYS/ACTION", action: "Microsoft.Storage/storageAccounts/listKeys/action", provider: "Microsoft.Storage" };
const NSG = { op: "MICROSOFT.NETWORK/NETWORKSECURITYGROUPS/SECURITYRULES/WRITE", action: "Microsoft.Network/networkSecurityGroups/securityRules/write", provider: "Microsoft.Network" };
const ROLE = { op: "MICROSOFT.AUTHORIZATION/ROLEASSIGNMENTS/WRITE", action: "Microsoft.Authorization/roleAssignments/write" };
const SUCCEEDED = { status: "Success", legacyStatus: "Succeeded" };

export const ACTIVITY_ROWS: Record<string, unknown>[] = [
  row({ at: "2026-11-20T14:10:00Z", ...CLOUD_SHELL, status: "Start", legacyStatus: "Started", caller: "alice@contoso.com", ip: "203.0.113.7", rg: "cloud-shell-storage-westeurope", resource: "csa1" }),
  row({ at: "2026-11-20T14:10:00Z", ...CLOUD_SHELL, status: "Start", legacyStatus: "Started", caller: "alice@contoso.com", ip: "203.0.113.7", rg: "cloud-shell-storage-westeurope", resource: "csa1" }),
  row({ at: "2026-11-20T14:10:05Z", ...CLOUD_SHELL, ...SUCCEEDED, caller: "alice@contoso.com", ip: "203.0.113.7", rg: "cloud-shell-storage-westeurope", resource: "csa1" }),
  row({ at: "2026-11-20T13:00:00Z", ...CLOUD_SHELL, status: "Start", legacyStatus: "Started", caller: "bob@contoso.com", ip: "198.51.100.9", rg: "CLOUD-SHELL-STORAGE-EASTUS", resource: "csb1" }),
  row({ at: "2026-11-20T12:00:00Z", ...NSG, ...SUCCEEDED, caller: "alice@contoso.com", ip: "203.0.113.7", resource: "nsg-web", rg: "rg-net" }),
  row({ at: "2026-11-20T12:30:00Z", ...NSG, ...SUCCEEDED, caller: "alice@contoso.com", ip: "203.0.113.7", resource: "nsg-web", rg: "rg-net" }),
  row({ at: "2026-11-20T12:40:00Z", ...NSG, status: "Failure", legacyStatus: "Failed", caller: "carol@contoso.com", ip: "192.0.2.5", resource: "nsg-db", rg: "rg-net" }),
  row({ at: "2026-11-20T12:41:00Z", ...NSG, ...SUCCEEDED, caller: "carol@contoso.com", ip: "192.0.2.5", resource: "nsg-db", rg: "rg-net" }),
  row({ at: "2026-11-20T11:00:00Z", op: "MICROSOFT.OPERATIONALINSIGHTS/WORKSPACES/TABLES/WRITE", ...SUCCEEDED, caller: "alice@contoso.com", ip: "203.0.113.7", provider: "Microsoft.OperationalInsights", props: { entity: `${WS}/tables/AppRequests`, resource: "ws-sec/AppRequests" } }),
  row({ at: "2026-11-20T11:05:00Z", op: "MICROSOFT.OPERATIONALINSIGHTS/WORKSPACES/TABLES/WRITE", ...SUCCEEDED, caller: "bob@contoso.com", ip: "198.51.100.9", provider: "Microsoft.OperationalInsights", props: { entity: WS } }),
  row({ at: "2026-11-20T10:00:00Z", ...ROLE, ...SUCCEEDED, caller: "alice@contoso.com", resourceId: `${SUB}/resourceGroups/rg-app/providers/Microsoft.Authorization/roleAssignments/abc` }),
  row({ at: "2026-11-20T10:05:00Z", ...ROLE, ...SUCCEEDED, caller: "bob@contoso.com", resourceId: `${SUB}/resourcegroups/rg-data/providers/Microsoft.Storage/storageAccounts/st1/providers/Microsoft.Authorization/roleAssignments/def` }),
  row({ at: "2026-11-20T10:10:00Z", ...ROLE, ...SUCCEEDED, caller: "carol@contoso.com", resourceId: `${SUB}/resourceGroups/rg-app/providers/Microsoft.Authorization/roleAssignments/ghi` }),
  row({ at: "2026-11-20T10:15:00Z", ...ROLE, status: "Start", legacyStatus: "Started", caller: "dave@contoso.com", resourceId: `${SUB}/resourceGroups/rg-app/providers/Microsoft.Authorization/roleAssignments/jkl` }),
  row({ at: "2026-11-20T09:00:00Z", op: "Microsoft.Authorization/policyExemptions/write", status: "Start", legacyStatus: "Started", caller: "bob@contoso.com", ip: "198.51.100.9", provider: "Microsoft.Authorization", props: { resource: "exempt-1" } }),
  row({ at: "2026-11-20T09:01:00Z", op: "Microsoft.Authorization/policyExemptions/write", status: "Failure", legacyStatus: "Failed", caller: "bob@contoso.com", ip: "198.51.100.9", provider: "Microsoft.Authorization", props: { resource: "exempt-2" } }),
  row({ at: "2026-11-20T08:00:00Z", op: "Microsoft.SecurityInsights/alertRules/write", ...SUCCEEDED, caller: "alice@contoso.com", ip: "203.0.113.7", provider: "Microsoft.SecurityInsights", props: { resource: "ws-sec/Microsoft.SecurityInsights/rule-1" } }),
  row({ at: "2026-11-20T08:05:00Z", op: "MICROSOFT.SECURITYINSIGHTS/ALERTRULES/WRITE", ...SUCCEEDED, caller: "eve@fabrikam.com", ip: "192.0.2.99", provider: "Microsoft.SecurityInsights", props: { resource: "ws-sec/Microsoft.SecurityInsights/BuiltInFusion" }, sub: "Created" }),
  row({ at: "2026-11-20T07:00:00Z", op: "MICROSOFT.SECURITYINSIGHTS/INCIDENTS/COMMENTS/DELETE", ...SUCCEEDED, caller: "alice@contoso.com", ip: "203.0.113.7", resourceId: `${WS}/providers/Microsoft.SecurityInsights/Incidents/inc-1/comments/c1`, http: { clientRequestId: "6a1e", clientIpAddress: "198.51.100.4", method: "DELETE" } }),
  row({ at: "2026-11-20T07:10:00Z", op: "MICROSOFT.SECURITYINSIGHTS/INCIDENTS/WRITE", ...SUCCEEDED, caller: "bob@contoso.com", resourceId: `${WS}/providers/Microsoft.SecurityInsights/Incidents/inc-2` }),
  row({ at: "2026-11-20T06:00:00Z", op: "Microsoft.SecurityInsights/dataConnectorsCheckRequirements/action", opName: "Check Data Connector Requirements", status: "Failed", sub: "Unauthorized", caller: "carol@contoso.com", ip: "192.0.2.5", provider: "Microsoft.SecurityInsights" }),
  row({ at: "2026-11-20T06:01:00Z", op: "Microsoft.SecurityInsights/dataConnectorsCheckRequirements/action", opName: "Check Data Connector Requirements", status: "Start", caller: "carol@contoso.com", ip: "192.0.2.5", provider: "Microsoft.SecurityInsights" }),
  row({ at: "2026-11-19T20:00:00Z", op: "MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE", opName: "Create or Update Virtual Machine", ...SUCCEEDED, caller: "Test@Test.com", provider: "Microsoft.Compute" }),
  row({ at: "2026-11-19T21:00:00Z", op: "MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE", opName: "Create or Update Virtual Machine", ...SUCCEEDED, caller: "test@test.com", provider: "Microsoft.Compute" }),
  row({ at: "2026-11-19T22:00:00Z", op: "MICROSOFT.COMPUTE/VIRTUALMACHINES/DELETE", opName: "Delete Virtual Machine", ...SUCCEEDED, caller: "TEST@test.com", provider: "Microsoft.Compute" }),
  row({ at: "2026-11-18T14:00:00Z", op: "MICROSOFT.COMPUTE/VIRTUALMACHINES/DELETE", opName: "Delete Virtual Machine", ...SUCCEEDED, caller: "test@test.com", provider: "Microsoft.Compute" }),
  serviceHealth("2026-11-20T12:00:00Z", "Active", { trackingId: "TRK-1", service: "App Service", region: "West Europe", incidentType: "Incident", impactStartTime: "2026-11-20T11:40:00Z", impactedServices: regions("App Service", ["West Europe", "westeurope"]) }),
  serviceHealth("2026-11-20T13:30:00Z", "Resolved", { trackingId: "TRK-1", service: "App Service", region: "West Europe", incidentType: "Incident", impactStartTime: "2026-11-20T11:40:00Z", impactMitigationTime: "2026-11-20T13:10:00Z", impactedServices: regions("App Service", ["West Europe", "westeurope"]) }),
  serviceHealth("2026-11-19T09:00:00Z", "Active", { trackingId: "MNT-7", service: "Azure Cosmos DB", region: "North Europe", incidentType: "Maintenance", impactStartTime: "2026-11-19T08:00:00Z", impactedServices: regions("Azure Cosmos DB", ["North Europe", "northeurope"], ["West Europe", "westeurope"], ["UK South"]) }),
];

/** Service Health's impactedServices: JSON text of one service's regions (a region without RegionId too). */
function regions(service: string, ...list: ([string, string] | [string])[]): string {
  return JSON.stringify([{ ImpactedRegions: list.map(([name, id]) => (id ? { RegionName: name, RegionId: id } : { RegionName: name })), ServiceName: service }]);
}

/** A Service Health communication: category ServiceHealth, its properties (stage = the update's) as the demo writes them. */
function serviceHealth(at: string, stage: string, props: Record<string, string>): Record<string, unknown> {
  return row({ at, op: "Microsoft.ServiceHealth/incident/action", status: stage, caller: "", category: "ServiceHealth", provider: "", resourceId: SUB, props: { ...props, stage, title: `${props.service} incident` } });
}

/** The DuckDB table's columns (all VARCHAR but the time). */
export const ACTIVITY_COLUMNS = ["TimeGenerated", "OperationNameValue", "OperationName", "ActivityStatusValue", "ActivityStatus", "ActivitySubstatusValue", "CategoryValue", "Category", "Caller", "CallerIpAddress", "ResourceGroup", "ResourceProviderValue", "SubscriptionId", "Resource", "ResourceId", "_ResourceId", "Authorization", "Properties", "HTTPRequest"];
