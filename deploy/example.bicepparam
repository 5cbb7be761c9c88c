// Two regions behind one Front Door host name. Secrets come from the deploying shell's environment
// (deploy/README.md "Deploying"); never write them into this file.
using './main.bicep'

param regions = [
  { location: 'uksouth', publicUrl: 'https://dash.contoso.com' }
  { location: 'westeurope', publicUrl: 'https://dash.contoso.com' }
]
param image = 'myregistry.azurecr.io/active-active-dashboard:1.0.0'
param registryServer = 'myregistry.azurecr.io'
param registryResourceId = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-shared/providers/Microsoft.ContainerRegistry/registries/myregistry'
param workspaceResourceIds = [
  '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-payments-global/providers/Microsoft.OperationalInsights/workspaces/law-payments'
]
// config/prod.json: your deployment's configuration (workspaces.ids are the workspaces' customer ids).
param dashboardConfig = loadJsonContent('../config/prod.json')
param nextAuthSecret = readEnvironmentVariable('NEXTAUTH_SECRET')
param entraClientSecret = readEnvironmentVariable('AUTH_ENTRA_CLIENT_SECRET')
param kioskSigningSecret = readEnvironmentVariable('KIOSK_SIGNING_SECRET')
param redisEnabled = false
