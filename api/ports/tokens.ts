import type { Caller } from './identity';

export interface TokenProvider {
  /** Exchanges the caller's SSO token for a delegated Graph token (on-behalf-of flow). */
  getOnBehalfOfToken(caller: Caller, scopes?: readonly string[]): Promise<string>;
  /** App-only Graph token for a tenant (client credentials), for work with no user behind it. */
  getAppToken(tenantId: string): Promise<string>;
}
