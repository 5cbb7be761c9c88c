// Log Analytics Reader on one workspace for one identity; deployed in the workspace's resource group.
param workspaceName string
param principalId string

// Built-in "Log Analytics Reader" (read all monitoring data, run queries). Id as listed in
// learn.microsoft.com/azure/role-based-access-control/built-in-roles/monitor.
var logAnalyticsReaderRoleId = '73c42c96-874c-492b-b04d-ab87d138a893'

// API versions: learn.microsoft.com/azure/templates/microsoft.operationalinsights/workspaces,
// .../microsoft.authorization/roleassignments
resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: workspaceName
}

resource readerAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(workspace.id, principalId, logAnalyticsReaderRoleId)
  scope: workspace
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', logAnalyticsReaderRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}
