/**
 * Hints for two analyzer errors that published queries make often, so the refusal says how to write the
 * query and not only that a name is unknown:
 * - KS198 at a keyword used as a name. Kusto's grammar takes some keywords as names only where a name is
 *   declared (`summarize earliest = min(TimeGenerated)`), not where one is read (`project earliest`): the
 *   list is Kusto.Language's KustoFacts.ExtendedKeywordsAsIdentifiers less the keywords that are names
 *   everywhere (microsoft/Kusto-Query-Language, src/Kusto.Language/Parser/KustoFacts.cs). The entity-names
 *   page gives the escape: `['name']`.
 * - KS142 at a classic Application Insights column name in a query over the workspace's App* tables
 *   (Microsoft Learn, "Migrate to workspace-based Application Insights resources", table structure).
 */
const NAMES_ONLY_WHERE_DECLARED: ReadonlySet<string> = new Set([
  "accumulate", "as", "by", "consume", "contains", "count", "datatable", "distinct", "earliest", "extend",
  "externaldata", "dataformat", "inline_external_table", "datetime_pattern", "filter", "find", "has", "in",
  "invoke", "latest", "limit", "materialize", "mdm", "of", "parse", "plotly", "print", "sample",
  "sample-distinct", "scan", "search", "serialize", "set", "sort", "sql", "summarize", "take", "title", "to",
  "top", "top-hitters", "top-nested", "toscalar", "totable", "verbose", "viewers", "where",
]);

/** Classic column → the workspace column, for the App* tables' common and request/dependency columns. */
const WORKSPACE_COLUMN_OF: Readonly<Record<string, string>> = {
  timestamp: "TimeGenerated",
  cloud_RoleName: "AppRoleName",
  cloud_RoleInstance: "AppRoleInstance",
  operation_Id: "OperationId",
  operation_Name: "OperationName",
  operation_ParentId: "ParentId",
  customDimensions: "Properties",
  customMeasurements: "Measurements",
  itemCount: "ItemCount",
  client_CountryOrRegion: "ClientCountryOrRegion",
  client_City: "ClientCity",
  name: "Name",
  url: "Url",
  duration: "DurationMs",
  resultCode: "ResultCode",
  success: "Success",
  target: "Target",
  data: "Data",
  type: "DependencyType",
  location: "Location",
  message: "Message",
};

/** A hint for an analyzer error at `snippet` in `kql`, else null. */
export function nameHint(code: string, snippet: string, kql: string): string | null {
  if (code === "KS198" && NAMES_ONLY_WHERE_DECLARED.has(snippet)) {
    return `'${snippet}' is a keyword Kusto takes as a name only where a name is declared: to read a column of that name write ['${snippet}']`;
  }
  if (code === "KS142" && Object.hasOwn(WORKSPACE_COLUMN_OF, snippet) && /\bApp[A-Z][A-Za-z]+\b/.test(kql)) {
    return `'${snippet}' is a column of Application Insights' classic tables: the workspace's App* tables name it ${WORKSPACE_COLUMN_OF[snippet]}`;
  }
  return null;
}
