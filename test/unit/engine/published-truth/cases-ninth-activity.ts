/**
 * DuckDB's answers for the ninth published set's AzureActivity queries (queries-ninth.ts), checked in
 * published-activity-truth.test.ts: eight over activity-rows.ts and the fifteen platform-monitoring rules over
 * activity-rows-ninth.ts. Written by hand from the Kusto reference's semantics like cases.ts.
 */
import type { Expectation } from "./duck";

/** `has` of a needle that starts and ends with a letter: a whole-term match, case-insensitive (string-operators page). */
const HAS = (column: string, needle: string) => `regexp_matches(lower(${column}), '(^|[^a-z0-9])${needle.toLowerCase()}($|[^a-z0-9])')`;

/**
 * Ninth-set AzureActivity queries over published-activity-truth's rows (published-truth/activity-rows.ts; ago() from
 * its end, 2026-11-20T15:00Z). The platform-monitoring rules read Properties.eventProperties, which those rows do not
 * have: they are checked over activity-rows-ninth.ts below (PLATFORM_RULE_CASES_NINTH).
 */
export const ACTIVITY_CASES_NINTH: [string, string, Expectation][] = [
  [
    "Blob access denied playbook: RBAC-related control plane changes",
    `SELECT TimeGenerated, OperationNameValue, ActivityStatusValue, Caller, ResourceGroup, ResourceId FROM AzureActivity
     WHERE TimeGenerated > TIMESTAMP '2026-11-13 15:00:00' AND (${HAS("OperationNameValue", "roleAssignments/write")} OR ${HAS("OperationNameValue", "storageAccounts/write")})
     ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"] },
  ],
  [
    "Flagship KQL library: 13 resource deletions",
    // endswith and =~ are case-insensitive: ".../DELETE" ends with "/delete", "Success" =~ "Success".
    `SELECT TimeGenerated, Caller, ResourceProviderValue, ResourceId, OperationNameValue FROM AzureActivity
     WHERE TimeGenerated > TIMESTAMP '2026-11-19 15:00:00' AND ends_with(lower(OperationNameValue), '/delete') AND lower(ActivityStatusValue) = 'success'
     ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"] },
  ],
  [
    "AZ-104 notes: activity events by status per 5 minutes",
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, ActivityStatusValue, count(*) AS Events FROM AzureActivity
     WHERE TimeGenerated > TIMESTAMP '2026-11-20 14:00:00' GROUP BY 1, 2`,
    {},
  ],
  [
    "SA workshop: 5 activity log resource changes",
    `SELECT TimeGenerated, Caller, OperationNameValue, ResourceGroup, Resource FROM AzureActivity
     WHERE TimeGenerated > TIMESTAMP '2026-11-19 15:00:00' AND (${HAS("OperationNameValue", "write")} OR ${HAS("OperationNameValue", "delete")}) AND ActivityStatusValue = 'Success'
     ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"], limit: 50 },
  ],
  [
    "Secure monitoring notes: top callers by category",
    `SELECT Caller, CategoryValue, count(*) AS Events FROM AzureActivity WHERE TimeGenerated > TIMESTAMP '2026-11-19 15:00:00' GROUP BY 1, 2 ORDER BY Events DESC`,
    { orderedBy: ["Events"], limit: 10 },
  ],
  [
    "Activity log lab: 12 operations by resource type",
    `SELECT ResourceProviderValue, count(*) AS "Count" FROM AzureActivity WHERE TimeGenerated > TIMESTAMP '2026-11-20 13:00:00' GROUP BY 1 ORDER BY 2 DESC`,
    { orderedBy: ["Count"] },
  ],
  [
    "Activity log lab: 13 activity by caller",
    `SELECT Caller, count(*) AS Operations FROM AzureActivity WHERE TimeGenerated > TIMESTAMP '2026-11-20 13:00:00' GROUP BY 1 ORDER BY 2 DESC`,
    { orderedBy: ["Operations"] },
  ],
  [
    "Grafana datasource test: activity by category per 5 minutes",
    // The legacy Category column; `5min` is a timespan literal of five minutes; project reorders summarize's columns.
    `SELECT time_bucket(INTERVAL 5 minute, TimeGenerated) AS TimeGenerated, Category, count(*) AS count_ FROM AzureActivity
     WHERE TimeGenerated > TIMESTAMP '2026-11-20 13:00:00' GROUP BY 1, 2 ORDER BY 1`,
    { orderedBy: ["TimeGenerated"] },
  ],
];

/** tostring() of a field of the JSON text under Properties.eventProperties: "" when absent (a missing value's text). */
const EVENT = (field: string) => `coalesce(json_extract_string(json_extract_string(Properties, '$.eventProperties'), '$.${field}'), '')`;
const PROP = (field: string) => `json_extract_string(Properties, '$.${field}')`;

function serviceHealthRule(level: string, incident: string, withStage: boolean): string {
  return `SELECT ${EVENT("impactStartTime")} AS StartTime, ${EVENT("defaultLanguageTitle")} AS IssueName, ${EVENT("trackingId")} AS TrackingId,
      ${withStage ? `${EVENT("stage")} AS Stage, ` : ""}SubscriptionId, ${EVENT("service")} AS Service, ${EVENT("region")} AS Region, ${EVENT("communication")} AS Communication
    FROM AzureActivity WHERE CategoryValue = 'ServiceHealth'${level} AND ${incident}`;
}

/**
 * The resource-health rules: Description is the text after 'title' + 8 characters up to the next '"' (indexof is
 * 0-based, substring's start too: strpos and substr are 1-based); the dynamic columns (p.activityStatusValue,
 * p.subscriptionId, p.resource) are compared as their text.
 */
function resourceHealthRule(status: string): string {
  const ep = "json_extract_string(Properties, '$.eventProperties')";
  return `WITH e AS (SELECT *, ${ep} AS ep, substr(${ep}, strpos(${ep}, 'title') - 1 + 8 + 1) AS s1 FROM AzureActivity WHERE CategoryValue = 'ResourceHealth')
    SELECT TimeGenerated, ${PROP("activityStatusValue")} AS ActivityStatus, ${EVENT("cause")} AS Cause, ${EVENT("currentHealthStatus")} AS Status,
      substr(s1, 1, strpos(s1, '"') - 1) AS Description, ${EVENT("type")} AS EventType, ${EVENT("details")} AS Event, ${PROP("subscriptionId")} AS Subscription,
      lower(${PROP("resourceGroup")}) AS ResourceGroup, lower(${PROP("resourceProviderValue")}) AS ResourceProvider, ${PROP("resource")} AS Resource
    FROM e WHERE ${EVENT("cause")} <> 'UserInitiated' AND ${EVENT("previousHealthStatus")} = 'Available' AND ${EVENT("currentHealthStatus")} = '${status}'`;
}

const INCIDENT = (type: string) => `${EVENT("incidentType")} = '${type}' AND ${EVENT("stage")} = 'Active'`;

/** The platform rules over activity-rows-ninth.ts; the engine's dynamic columns are compared as text (see the test). */
export const PLATFORM_RULE_CASES_NINTH: [string, string][] = [
  [
    "Azure emergency maintenance",
    serviceHealthRule(" AND Level <> 'Informational'", `${EVENT("incidentType")} = 'Maintenance' AND ${EVENT("stage")} NOT IN ('Canceled', 'Resolved', 'Complete')`, true),
  ],
  ["Azure health advisory (Action required)", serviceHealthRule("", INCIDENT("ActionRequired"), false)],
  ["Azure health advisory (Informational)", serviceHealthRule("", INCIDENT("Informational"), false)],
  [
    "Azure Policy is not compliant (Audit)",
    // mvexpand of the policies array; =~ is case-insensitive; tolong() of a name is null, of "12345" a number.
    `SELECT TimeGenerated, json_extract_string(j.value, '$.policyAssignmentName') AS PolicyAssignment,
        CASE WHEN TRY_CAST(json_extract_string(j.value, '$.policyDefinitionReferenceId') AS BIGINT) IS NULL
          THEN json_extract_string(j.value, '$.policyDefinitionReferenceId') ELSE json_extract_string(j.value, '$.policyDefinitionName') END AS Policy,
        ${PROP("subscriptionId")} AS Subscription, lower(${PROP("resourceGroup")}) AS ResourceGroup, lower(${PROP("resourceProviderValue")}) AS ResourceProvider,
        ${PROP("resource")} AS Resource, Caller, CallerIpAddress
     FROM AzureActivity, json_each(${PROP("policies")}) AS j
     WHERE CategoryValue = 'Administrative' AND AzureActivity.Type = 'AzureActivity' AND contains(lower(OperationNameValue), '/policies/') AND ${PROP("isComplianceCheck")} = 'False'
        AND lower(json_extract_string(j.value, '$.policyDefinitionEffect')) = 'audit'`,
  ],
  [
    "Azure Recommendation",
    `SELECT TimeGenerated, ${PROP("recommendationCategory")} AS Category, ${PROP("recommendationImpact")} AS Impact, ${PROP("recommendationName")} AS Recommendation,
        ${PROP("recommendationResourceLink")} AS ResourceLink, ${PROP("subscriptionId")} AS Subscription, lower(${PROP("resourceGroup")}) AS ResourceGroup,
        lower(${PROP("resourceProviderValue")}) AS ResourceProvider, ${PROP("resource")} AS Resource
     FROM AzureActivity WHERE CategoryValue = 'Recommendation'`,
  ],
  ["Azure Resource is degraded", resourceHealthRule("Degraded")],
  ["Azure Resource is not available", resourceHealthRule("Unavailable")],
  ["Azure Resource status is unknown", resourceHealthRule("Unknown")],
  ["Azure security advisory (Action required)", serviceHealthRule(" AND Level <> 'Informational'", INCIDENT("Security"), false)],
  ["Azure security advisory (Informational)", serviceHealthRule(" AND Level = 'Informational'", INCIDENT("Security"), false)],
  ["Azure service issue (Critical)", serviceHealthRule(" AND Level = 'Critical'", INCIDENT("Incident"), false)],
  ["Azure service issue (Error)", serviceHealthRule(" AND Level = 'Error'", INCIDENT("Incident"), false)],
  ["Azure service issue (Informational)", serviceHealthRule(" AND Level = 'Informational'", INCIDENT("Incident"), false)],
  ["Azure service issue (Warning)", serviceHealthRule(" AND Level = 'Warning'", INCIDENT("Incident"), false)],
  [
    "Azure standard planned maintenance",
    serviceHealthRule(" AND Level = 'Informational'", `${EVENT("incidentType")} = 'Maintenance' AND ${EVENT("stage")} = 'Planned'`, false),
  ],
];
