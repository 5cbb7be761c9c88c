// AcrPull on one container registry for one identity; deployed in the registry's resource group.
param registryName string
param principalId string

// Built-in "AcrPull" (learn.microsoft.com/azure/role-based-access-control/built-in-roles/containers).
var acrPullRoleId = '7f951dda-4ed3-4680-a7ca-43fe172d538d'

// API version: learn.microsoft.com/azure/templates/microsoft.containerregistry/registries
resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = {
  name: registryName
}

resource pull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, principalId, acrPullRoleId)
  scope: registry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}
