// The dashboard in every region it watches: per region a Container Apps environment and app, a
// user-assigned managed identity with Log Analytics Reader on the workspace(s), a Key Vault holding
// the secrets (referenced by the app, never plain settings) and, optionally, Azure Managed Redis.
// Resource-group scope: `az deployment group create` (deploy/README.md). Not compiled on the
// machines this was written on (no Bicep CLI reachable): see deploy/README.md "Status".

@description('One entry per region: `location` (e.g. uksouth) and `publicUrl`, the URL users open for that region (the Front Door host for all regions behind one Front Door, or the region\'s own host for a NOC per region). It becomes NEXTAUTH_URL.')
param regions array

@description('Container image, e.g. myregistry.azurecr.io/active-active-dashboard:1.2.3')
param image string

@description('Registry server of the image when pulling needs credentials, e.g. myregistry.azurecr.io; the app pulls with its managed identity. Empty: a public image.')
param registryServer string = ''

@description('Resource id of that Azure Container Registry: each region\'s identity gets AcrPull on it. Empty: grant pull rights yourself.')
param registryResourceId string = ''

@description('Resource ids of the Log Analytics workspaces the dashboard queries (the configuration\'s workspaces.ids are their customer ids). Each region\'s identity gets Log Analytics Reader on each.')
param workspaceResourceIds array

@description('The dashboard configuration (the JSON of config/demo.json\'s shape, with `workspaces` and `auth`): az ... --parameters dashboardConfig=@config/prod.json')
param dashboardConfig object

@secure()
@description('NEXTAUTH_SECRET: at least 32 random characters, the same in every region (a session started behind one region stays valid in the other)')
param nextAuthSecret string

@secure()
@description('AUTH_ENTRA_CLIENT_SECRET: the Entra app registration\'s client secret')
param entraClientSecret string

@secure()
@description('KIOSK_SIGNING_SECRET: at least 32 random characters, the same in every region (a wall link must open whichever region serves it)')
param kioskSigningSecret string

@description('Create Azure Managed Redis per region for the shared cache tier and pass its URL to the app')
param redisEnabled bool = false

@description('Prefix of every resource name')
@minLength(2)
@maxLength(10)
param namePrefix string = 'aadash'

@description('Most replicas per region; at least one always runs (a wall must not wait for a cold start)')
@minValue(1)
param maxReplicas int = 3

@description('Concurrent HTTP requests per replica before Container Apps adds one')
param concurrentRequestsPerReplica int = 50

@description('Object ids of the people or pipelines that may manage the vaults\' secrets (Key Vault Secrets Officer); the deployment itself writes them')
param secretOfficerPrincipalIds array = []

module region 'modules/region.bicep' = [
  for r in regions: {
    name: 'dashboard-${r.location}'
    params: {
      location: r.location
      publicUrl: r.publicUrl
      image: image
      registryServer: registryServer
      registryResourceId: registryResourceId
      dashboardConfigJson: string(dashboardConfig)
      nextAuthSecret: nextAuthSecret
      entraClientSecret: entraClientSecret
      kioskSigningSecret: kioskSigningSecret
      redisEnabled: redisEnabled
      namePrefix: namePrefix
      maxReplicas: maxReplicas
      concurrentRequestsPerReplica: concurrentRequestsPerReplica
      secretOfficerPrincipalIds: secretOfficerPrincipalIds
    }
  }
]

// Log Analytics Reader for every region's identity on every workspace, wherever the workspace lives:
// pair k is region k / W and workspace k % W (W workspaces).
var workspaceCount = length(workspaceResourceIds)
module reader 'modules/workspace-reader.bicep' = [
  for k in range(0, length(regions) * workspaceCount): {
    name: 'la-reader-${k}'
    scope: resourceGroup(split(workspaceResourceIds[k % workspaceCount], '/')[2], split(workspaceResourceIds[k % workspaceCount], '/')[4])
    params: {
      workspaceName: last(split(workspaceResourceIds[k % workspaceCount], '/'))
      principalId: region[k / workspaceCount].outputs.identityPrincipalId
    }
  }
]

output apps array = [
  for (r, i) in regions: {
    location: r.location
    fqdn: region[i].outputs.fqdn
    identityClientId: region[i].outputs.identityClientId
    redirectUri: '${r.publicUrl}/api/auth/callback/azure-ad'
  }
]
