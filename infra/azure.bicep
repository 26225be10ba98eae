// PeerPods on Azure: App Service (Linux, Node 22 LTS), Azure Database for PostgreSQL flexible server,
// and an Azure Bot with the Teams channel. App settings use the names api/config.ts reads.

@maxLength(20)
@minLength(4)
@description('Prefix of every resource name, e.g. peerpods-dev.')
param resourceBaseName string

param location string = resourceGroup().location

@description('Client id of the Entra app registration; the bot uses the same app.')
param aadAppClientId string

@secure()
param aadAppClientSecret string

@description('Home tenant of the Entra app registration.')
param aadAppTenantId string

@description('Comma-separated tenant ids whose users may sign in; usually the home tenant only.')
param allowedTenantIds string = aadAppTenantId

param postgresAdminLogin string = 'peerpods'

@secure()
param postgresAdminPassword string

param postgresDatabaseName string = 'peerpods'

@description('Burstable B1ms suits a pilot; General Purpose (e.g. Standard_D2ds_v5) for a whole organization.')
param postgresSkuName string = 'Standard_B1ms'

param postgresSkuTier string = 'Burstable'

@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 14

@description('App Service plan SKU; P0v3 or larger runs several instances.')
param appServiceSku string = 'P0v3'

@description('API instances behind the App Service load balancer, 1-30; they are stateless and share PostgreSQL. A string, as Toolkit parameter files hold strings.')
param instanceCount string = '2'

@allowed(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
param logLevel string = 'info'

param botDisplayName string = 'PeerPods'

@allowed(['F0', 'S1'])
param botSku string = 'F0'

var serverfarmName = '${resourceBaseName}-plan'
var webAppName = resourceBaseName
var postgresServerName = '${resourceBaseName}-pg'
var botName = '${resourceBaseName}-bot'

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: postgresServerName
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: 32
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: postgresBackupRetentionDays
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    authConfig: {
      passwordAuth: 'Enabled'
      activeDirectoryAuth: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: postgresDatabaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0 is Azure's convention for "connections from Azure services", which App Service outbound traffic is.
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource serverfarm 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: serverfarmName
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: int(instanceCount)
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node --import tsx api/main.ts'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/readyz'
      appSettings: [
        { name: 'PUBLIC_URL', value: 'https://${webAppName}.azurewebsites.net' }
        { name: 'ENTRA_AUTHORITY_HOST', value: environment().authentication.loginEndpoint }
        { name: 'AAD_APP_CLIENT_ID', value: aadAppClientId }
        { name: 'AAD_APP_CLIENT_SECRET', value: aadAppClientSecret }
        { name: 'AAD_APP_TENANT_ID', value: aadAppTenantId }
        { name: 'ALLOWED_TENANT_IDS', value: allowedTenantIds }
        { name: 'GRAPH_BASE_URL', value: '${environment().graph}v1.0' }
        { name: 'BOT_ID', value: aadAppClientId }
        { name: 'BOT_OPENID_METADATA_URL', value: 'https://login.botframework.com/v1/.well-known/openidconfiguration' }
        { name: 'BOT_TOKEN_ISSUER', value: 'https://api.botframework.com' }
        {
          name: 'DATABASE_URL'
          value: 'postgresql://${uriComponent(postgresAdminLogin)}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${database.name}?sslmode=require'
        }
        { name: 'LOG_LEVEL', value: logLevel }
        { name: 'TAB_DIST_DIR', value: 'dist/tab' }
        // The package is built by the deploy stage (npm ci, vite build), not by App Service.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: aadAppClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: aadAppTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// The Teams Toolkit writes these outputs into env/.env.{env}.
output API_APP_SERVICE_RESOURCE_ID string = webApp.id
output TAB_DOMAIN string = webApp.properties.defaultHostName
output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output POSTGRES_SERVER_FQDN string = postgres.properties.fullyQualifiedDomainName
