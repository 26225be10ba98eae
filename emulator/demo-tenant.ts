/** Fixed identities of the local demo tenant and the PeerPods app registration. */
export const DEMO_TENANT_ID = '7d3f0a56-5c1e-4b8a-9d2e-2f5c6a7b8c90';
export const DEMO_TENANT_DOMAIN = 'contoso-demo.example';

export const PEERPODS_CLIENT_ID = '0b8f6c1e-3d4a-4e5f-8a9b-1c2d3e4f5a6b';
export const PEERPODS_CLIENT_SECRET = 'peerpods-local-secret';
/** The bot is registered under the same app id as the API. */
export const PEERPODS_BOT_ID = PEERPODS_CLIENT_ID;
export const PEERPODS_APP_NAME = 'PeerPods';

/** The API's own scope, consented for the tab's SSO token; not a Graph permission. */
export const API_SCOPE = 'access_as_user';

export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
export const BOT_FRAMEWORK_RESOURCE = 'https://api.botframework.com';
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

export interface PermissionGrant {
  delegated: string[];
  application: string[];
}

/**
 * The app's consent in the demo tenant. Channel.ReadBasic.All and ChannelMessage.Read.All are granted
 * too so that the app can find the program channel and tests can read back what was posted.
 */
export function defaultGrant(): PermissionGrant {
  return {
    delegated: [
      'User.Read',
      'Calendars.ReadWrite',
      'ChannelMessage.Send',
      'MailboxSettings.Read',
      'ChannelMessage.Read.All',
      'Channel.ReadBasic.All',
      API_SCOPE,
    ],
    application: ['Calendars.ReadWrite', 'User.Read.All', 'MailboxSettings.Read', 'Channel.ReadBasic.All'],
  };
}

/** A second customer of PeerPods, to use the app side by side with the demo tenant and check nothing crosses. */
export const SECOND_TENANT_ID = '3c9a6e2f-8b41-4d0e-a5f7-6e2d9b1c4a85';
export const SECOND_TENANT_DOMAIN = 'fabrikam-demo.example';

/**
 * The second tenant's consent: its admin granted the app's application permissions, and Teams may hand the tab
 * its SSO token (Teams' clients are pre-authorized), but nobody consented to the delegated Graph permissions: each
 * person does so on the consent page before PeerPods can act as them.
 */
export function secondTenantGrant(): PermissionGrant {
  return { delegated: [API_SCOPE], application: [...defaultGrant().application] };
}

/** The delegated Graph permissions the app registration asks for: what a person consents to on the consent page. */
export function requestedDelegatedPermissions(): string[] {
  return defaultGrant().delegated.filter((p) => p !== API_SCOPE && p !== 'ChannelMessage.Read.All');
}
