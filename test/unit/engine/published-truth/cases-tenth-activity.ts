/**
 * DuckDB's answers for the tenth published set's AzureActivity queries (queries-tenth.ts) over published-activity-truth's
 * rows (published-truth/activity-rows.ts; ago() from its end, 2026-11-20T15:00Z), written by hand from the Kusto
 * reference's semantics like cases.ts: `=~` on the upper-case ResourceProviderValue, `has` of a needle with a slash,
 * and `has "@"`, a needle with no alphanumeric end, which the engine matches as a plain substring (Microsoft's own
 * sample "List callers and their associated action" filters `Caller has "@"` to keep the user callers, which it could
 * not do were "@" never found), then a count by caller and the legacy OperationName sorted desc by default.
 */
import type { Expectation } from "./duck";

/** `has` of a needle that starts and ends with a letter: a whole-term match, case-insensitive (string-operators page). */
const HAS = (column: string, needle: string) => `regexp_matches(lower(${column}), '(^|[^a-z0-9])${needle.toLowerCase()}($|[^a-z0-9])')`;

export const ACTIVITY_CASES_TENTH: [string, string, Expectation][] = [
  [
    "VM guide, RDP/SSH failures: compute operations",
    `SELECT TimeGenerated, OperationNameValue, Caller, ActivityStatusValue, ResourceId FROM AzureActivity
     WHERE TimeGenerated > TIMESTAMP '2026-11-19 15:00:00' AND lower(ResourceProviderValue) = 'microsoft.compute'
     ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"] },
  ],
  [
    "Storage guide, replication lag: storage account operations",
    `SELECT TimeGenerated, OperationNameValue, ActivityStatusValue, Caller, ResourceId FROM AzureActivity
     WHERE TimeGenerated > TIMESTAMP '2026-11-13 15:00:00' AND ${HAS("OperationNameValue", "Microsoft.Storage/storageAccounts")}
     ORDER BY TimeGenerated DESC`,
    { orderedBy: ["TimeGenerated"] },
  ],
  [
    "Azure Monitor Logs query library: most active users and their activities",
    `SELECT Caller, OperationName, count(*) AS Activities FROM AzureActivity WHERE contains(Caller, '@') GROUP BY 1, 2 ORDER BY Activities DESC`,
    { orderedBy: ["Activities"] },
  ],
];
