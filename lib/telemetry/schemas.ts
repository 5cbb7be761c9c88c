/**
 * Column names and types of the telemetry-contract tables, as Log Analytics defines them
 * (shared/reference/log-analytics-schemas.md). Used by the embedded workspace, the dataset
 * loader, the simulator and the query compile check, so all four agree with Azure.
 */

export const KUSTO_TYPES = ["bool", "datetime", "dynamic", "int", "long", "real", "string", "guid", "timespan", "decimal"] as const;
export type KustoType = (typeof KUSTO_TYPES)[number];

export interface ColumnSchema {
  name: string;
  type: KustoType;
}

export type TableSchema = readonly ColumnSchema[];

const col = (spec: string): ColumnSchema[] =>
  spec
    .trim()
    .split(/\s*,\s*/)
    .map((pair) => {
      const [name, type] = pair.split(":");
      return { name, type: type as KustoType };
    });

const APP_COMMON =
  "TenantId:string, TimeGenerated:datetime, AppRoleName:string, AppRoleInstance:string, AppVersion:string, " +
  "ClientCity:string, ClientCountryOrRegion:string, ClientIP:string, ClientType:string, ClientOS:string, ClientBrowser:string, " +
  "ClientModel:string, ClientStateOrProvince:string, OperationId:string, OperationName:string, ParentId:string, SyntheticSource:string, " +
  "ResourceGUID:string, _ResourceId:string, _SubscriptionId:string, IKey:string, SDKVersion:string, SessionId:string, UserId:string, UserAccountId:string, " +
  "UserAuthenticatedId:string, ItemCount:int, Properties:dynamic, Measurements:dynamic, Type:string";

export const TABLE_SCHEMAS: Record<string, TableSchema> = {
  // Front Door (Standard/Premium) writes every value as a string; only the columns the product reads plus the usual ones.
  AzureDiagnostics: col(
    "TenantId:string, TimeGenerated:datetime, ResourceId:string, Category:string, ResourceGroup:string, SubscriptionId:string, " +
      "ResourceProvider:string, Resource:string, ResourceType:string, OperationName:string, _ResourceId:string, _SubscriptionId:string, SourceSystem:string, Type:string, " +
      "trackingReference_s:string, httpMethod_s:string, httpVersion_s:string, requestUri_s:string, hostName_s:string, " +
      "requestBytes_s:string, responseBytes_s:string, userAgent_s:string, clientIp_s:string, clientPort_s:string, socketIp_s:string, " +
      "timeToFirstByte_s:string, timeTaken_s:string, requestProtocol_s:string, securityProtocol_s:string, httpStatusCode_s:string, " +
      "httpStatusDetails_s:string, pop_s:string, cacheStatus_s:string, errorInfo_s:string, endpoint_s:string, routingRuleName_s:string, " +
      "originUrl_s:string, originIp_s:string, originName_s:string, " +
      "healthProbeId_s:string, POP_s:string, httpVerb_s:string, result_s:string, probeURL_s:string, originIP_s:string, " +
      "totalLatencyMilliseconds_s:string, connectionLatencyMilliseconds_s:string, DNSLatencyMicroseconds_s:string",
  ),
  AzureMetrics: col(
    "TenantId:string, SourceSystem:string, TimeGenerated:datetime, ResourceId:string, _ResourceId:string, Resource:string, " +
      "ResourceGroup:string, ResourceProvider:string, SubscriptionId:string, _SubscriptionId:string, MetricName:string, " +
      "Total:real, Count:real, Maximum:real, Minimum:real, Average:real, TimeGrain:string, UnitName:string, Type:string",
  ),
  CDBDataPlaneRequests: col(
    "TenantId:string, TimeGenerated:datetime, AccountName:string, ActivityId:string, AuthTokenType:string, ClientIpAddress:string, " +
      "CollectionName:string, ConnectionMode:string, DatabaseName:string, DurationMs:real, KeyType:string, OperationName:string, " +
      "PartitionId:string, RegionName:string, RequestCharge:real, RequestLength:real, RequestResourceId:string, " +
      "RequestResourceType:string, ResponseLength:real, StatusCode:int, UserAgent:string, SourceSystem:string, _ResourceId:string, " +
      "_SubscriptionId:string, Type:string",
  ),
  AppRequests: col(
    `${APP_COMMON}, Id:string, Name:string, Url:string, Source:string, Success:bool, ResultCode:string, DurationMs:real, PerformanceBucket:string`,
  ),
  AppDependencies: col(
    `${APP_COMMON}, Id:string, Name:string, Target:string, DependencyType:string, Data:string, ResultCode:string, Success:bool, DurationMs:real, PerformanceBucket:string`,
  ),
  AppAvailabilityResults: col(
    `${APP_COMMON}, Id:string, Name:string, Location:string, Success:bool, DurationMs:real, Message:string, Size:real`,
  ),
  AppMetrics: col(`${APP_COMMON}, Name:string, Sum:real, Min:real, Max:real`),
  AppEvents: col(`${APP_COMMON}, Name:string`),
  // The Activity log in a workspace (learn.microsoft.com/azure/azure-monitor/reference/tables/azureactivity):
  // the *Value columns carry the plain strings; Properties_d the event's properties as a bag
  // (Service Health: title, trackingId, incidentType, impactStartTime, impactMitigationTime, region,
  // impactedServices, stage; Resource Health: title, currentHealthStatus, previousHealthStatus, cause, type).
  // The legacy columns (OperationName, ActivityStatus, Category, ResourceProvider, ...) are in every workspace's
  // AzureActivity too, and Microsoft's sample queries read them, so they are part of the contract.
  AzureActivity: col(
    "TenantId:string, SourceSystem:string, TimeGenerated:datetime, CategoryValue:string, OperationNameValue:string, " +
      "ActivityStatusValue:string, ActivitySubstatusValue:string, Level:string, Caller:string, CorrelationId:string, EventDataId:string, " +
      "ResourceGroup:string, ResourceProviderValue:string, ResourceId:string, _ResourceId:string, SubscriptionId:string, _SubscriptionId:string, " +
      "Properties:string, Properties_d:dynamic, EventSubmissionTimestamp:datetime, Type:string, " +
      "OperationName:string, OperationId:string, ActivityStatus:string, ActivitySubstatus:string, Category:string, " +
      "ResourceProvider:string, Resource:string, CallerIpAddress:string, Authorization:string, Authorization_d:dynamic, " +
      "Claims:string, Claims_d:dynamic, HTTPRequest:string, Hierarchy:string",
  ),
};

export const CONTRACT_TABLES = Object.keys(TABLE_SCHEMAS);
