// One region's dashboard: identity, Key Vault, optional Azure Managed Redis, Container Apps
// environment and app. API versions are the newest GA ones listed on learn.microsoft.com/azure/templates
// (microsoft.app/containerapps and managedenvironments 2025-01-01, microsoft.keyvault/vaults 2024-11-01,
// microsoft.managedidentity/userassignedidentities 2023-01-31, microsoft.cache/redisenterprise 2025-07-01,
// microsoft.authorization/roleassignments 2022-04-01).

param location string
param publicUrl string
param image string
param registryServer string
param registryResourceId string
param dashboardConfigJson string
@secure()
param nextAuthSecret string
@secure()
param entraClientSecret string
@secure()
param kioskSigningSecret string
param redisEnabled bool
param namePrefix string
param maxReplicas int
param concurrentRequestsPerReplica int
param secretOfficerPrincipalIds array

// Must match the image: Dockerfile EXPOSE / PORT (test/unit/deploy checks).
var port = 3000
var configMountPath = '/etc/dashboard'
var suffix = uniqueString(resourceGroup().id, location)
// Built-in roles (learn.microsoft.com/azure/role-based-access-control/built-in-roles/security).
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultSecretsOfficerRoleId = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-id-${location}'
  location: location
}

// A vault per region: a region's outage must not take the other region's secrets with it.
resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: take('${namePrefix}kv${suffix}', 24)
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

// Secret names in the vault and in the app: lower-case, dashes (Container Apps' rule). One resource
// each, not a loop: a loop's array must be known at the start of the deployment, the Redis key is not.
resource nextAuthSecretKv 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'nextauth-secret'
  properties: { value: nextAuthSecret }
}

resource entraClientSecretKv 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'entra-client-secret'
  properties: { value: entraClientSecret }
}

resource kioskSigningSecretKv 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'kiosk-signing-secret'
  properties: { value: kioskSigningSecret }
}

// Not secret, but a Container Apps secret is how a file reaches the container (a secret volume).
resource dashboardConfigKv 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'dashboard-config'
  properties: { value: dashboardConfigJson, contentType: 'application/json' }
}

resource redisUrlKv 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (redisEnabled) {
  parent: vault
  name: 'redis-url'
  properties: { value: 'rediss://:${redisDatabase.listKeys().primaryKey}@${redis.properties.hostName}:10000' }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource officers 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for p in secretOfficerPrincipalIds: {
    name: guid(vault.id, p, keyVaultSecretsOfficerRoleId)
    scope: vault
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficerRoleId)
      principalId: p
    }
  }
]

// Azure Managed Redis (Microsoft.Cache/redisEnterprise): the shared cache tier of this region's replicas.
resource redis 'Microsoft.Cache/redisEnterprise@2025-07-01' = if (redisEnabled) {
  name: '${namePrefix}-redis-${location}'
  location: location
  sku: { name: 'Balanced_B0' }
  properties: { minimumTlsVersion: '1.2' }
}

resource redisDatabase 'Microsoft.Cache/redisEnterprise/databases@2025-07-01' = if (redisEnabled) {
  parent: redis
  name: 'default'
  properties: {
    clientProtocol: 'Encrypted'
    port: 10000
    // One endpoint, no cluster-aware client needed.
    clusteringPolicy: 'EnterpriseCluster'
    evictionPolicy: 'AllKeysLRU'
    accessKeysAuthentication: 'Enabled'
  }
}

resource environment 'Microsoft.App/managedEnvironments@2025-01-01' = {
  name: '${namePrefix}-env-${location}'
  location: location
  properties: {
    workloadProfiles: [{ name: 'Consumption', workloadProfileType: 'Consumption' }]
  }
}

var kvSecretUrl = '${vault.properties.vaultUri}secrets/'

resource app 'Microsoft.App/containerApps@2025-01-01' = {
  name: '${namePrefix}-${location}'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  dependsOn: [acrPull, secretsUser, nextAuthSecretKv, entraClientSecretKv, kioskSigningSecretKv, dashboardConfigKv, redisUrlKv]
  properties: {
    environmentId: environment.id
    workloadProfileName: 'Consumption'
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
      }
      registries: empty(registryServer) ? [] : [{ server: registryServer, identity: identity.id }]
      // Every secret is a Key Vault reference read with the app's identity; none is a plain value.
      secrets: concat(
        [
          { name: 'nextauth-secret', keyVaultUrl: '${kvSecretUrl}nextauth-secret', identity: identity.id }
          { name: 'entra-client-secret', keyVaultUrl: '${kvSecretUrl}entra-client-secret', identity: identity.id }
          { name: 'kiosk-signing-secret', keyVaultUrl: '${kvSecretUrl}kiosk-signing-secret', identity: identity.id }
          { name: 'dashboard-config', keyVaultUrl: '${kvSecretUrl}dashboard-config', identity: identity.id }
        ],
        redisEnabled ? [{ name: 'redis-url', keyVaultUrl: '${kvSecretUrl}redis-url', identity: identity.id }] : []
      )
    }
    template: {
      // Next's server drains in-flight requests on SIGTERM; give it time before SIGKILL.
      terminationGracePeriodSeconds: 30
      containers: [
        {
          name: 'dashboard'
          image: image
          resources: { cpu: json('1.0'), memory: '2Gi' }
          // Names are the app's own (lib/env.ts ENV_VARS); test/unit/deploy/env-contract.test.ts compares.
          env: concat(
            [
              { name: 'DASHBOARD_CONFIG', value: '${configMountPath}/dashboard.json' }
              { name: 'NEXTAUTH_URL', value: publicUrl }
              // The Host the app answers to besides publicUrl's (docs/security.md "Host names"): Front Door
              // forwards to the origin with the app's own ingress name, <app>.<environment's default domain>.
              { name: 'DASHBOARD_ALLOWED_HOSTS', value: '${namePrefix}-${location}.${environment.properties.defaultDomain}' }
              { name: 'NEXTAUTH_SECRET', secretRef: 'nextauth-secret' }
              { name: 'AUTH_ENTRA_CLIENT_SECRET', secretRef: 'entra-client-secret' }
              { name: 'KIOSK_SIGNING_SECRET', secretRef: 'kiosk-signing-secret' }
              { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
              { name: 'PORT', value: string(port) }
              { name: 'HOSTNAME', value: '0.0.0.0' }
            ],
            redisEnabled ? [{ name: 'REDIS_URL', secretRef: 'redis-url' }] : []
          )
          volumeMounts: [{ volumeName: 'config', mountPath: configMountPath }]
          probes: [
            // Liveness: the process answers. Failing it restarts the replica, so it checks nothing remote.
            { type: 'Liveness', httpGet: { path: '/api/health', port: port }, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 }
            // Readiness: config loaded and data reachable (lib/health/readiness.ts; Azure checks time out at 8 s).
            { type: 'Readiness', httpGet: { path: '/api/ready', port: port }, periodSeconds: 10, timeoutSeconds: 9, failureThreshold: 3 }
            // Start-up: up to 100 s for the server to answer before liveness takes over.
            { type: 'Startup', httpGet: { path: '/api/health', port: port }, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 10 }
          ]
        }
      ]
      volumes: [
        { name: 'config', storageType: 'Secret', secrets: [{ secretRef: 'dashboard-config', path: 'dashboard.json' }] }
      ]
      scale: {
        minReplicas: 1
        maxReplicas: maxReplicas
        rules: [
          { name: 'http-concurrency', http: { metadata: { concurrentRequests: string(concurrentRequestsPerReplica) } } }
        ]
      }
    }
  }
}

// AcrPull on the registry before the app pulls its image with this identity.
module acrPull 'acr-pull.bicep' = if (!empty(registryResourceId)) {
  name: 'acr-pull-${location}'
  scope: resourceGroup(split(registryResourceId, '/')[2], split(registryResourceId, '/')[4])
  params: {
    registryName: last(split(registryResourceId, '/'))
    principalId: identity.properties.principalId
  }
}

output fqdn string = app.properties.configuration.ingress.fqdn
output identityPrincipalId string = identity.properties.principalId
output identityClientId string = identity.properties.clientId
