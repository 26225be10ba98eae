import { createHash, randomUUID } from 'node:crypto';
import type { EmulatorClock, EmulatorPerson } from '../types';
import {
  API_SCOPE,
  BOT_FRAMEWORK_RESOURCE,
  GRAPH_RESOURCE,
  PEERPODS_APP_NAME,
  PEERPODS_CLIENT_ID,
  type PermissionGrant,
} from '../demo-tenant';
import type { ConsentRefusal } from './consents';
import { EntraError } from './entra-errors';
import { timeValidityError, type SigningKey } from './signing-key';

/** Lifetime of every token the emulator issues, on the emulator clock. */
export const TOKEN_LIFETIME_SEC = 3600;
/** Teams web's client id: the `azp` of SSO tokens Teams hands the tab. */
const TEAMS_WEB_CLIENT_ID = '5e3ce6c0-2b1f-4285-8d4b-75ee78787346';

export interface IssuedToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  ext_expires_in: number;
  scope?: string;
  client_info?: string;
}

export interface TokenServiceDeps {
  key: SigningKey;
  clock: EmulatorClock;
  tenantId: string;
  /** `E/{tenant}/v2.0`. */
  issuer: () => string;
  /** The tenant's admin consent. */
  grant: () => PermissionGrant;
  /** Delegated scopes the user consented to themselves, once the consent has propagated. */
  userConsent: (userId: string) => string[];
  /** What Entra answers an on-behalf-of exchange for a user without any consent. */
  refusal: () => ConsentRefusal;
  findPerson: (idOrUpn: string) => EmulatorPerson | undefined;
}

/** Mints the tokens Entra would: Teams SSO tokens, app-only and on-behalf-of Graph tokens, Bot Connector tokens. */
export class TokenService {
  constructor(private readonly deps: TokenServiceDeps) {}

  private async mint(claims: Record<string, unknown>, scope?: string): Promise<IssuedToken> {
    const access_token = await this.deps.key.sign(
      { iss: this.deps.issuer(), tid: this.deps.tenantId, uti: randomUUID().replace(/-/g, ''), ...claims },
      { nowMs: this.deps.clock.now(), expiresInSec: TOKEN_LIFETIME_SEC },
    );
    return {
      token_type: 'Bearer',
      expires_in: TOKEN_LIFETIME_SEC,
      ext_expires_in: TOKEN_LIFETIME_SEC,
      access_token,
      ...(scope ? { scope } : {}),
    };
  }

  /** The v2 token Teams gives the tab for our API (`scp` access_as_user). */
  async ssoToken(person: EmulatorPerson): Promise<IssuedToken> {
    if (!this.deps.grant().delegated.includes(API_SCOPE)) {
      throw new EntraError(
        400,
        'invalid_grant',
        65001,
        `The user or administrator has not consented to use the application with ID '${PEERPODS_CLIENT_ID}' named '${PEERPODS_APP_NAME}'.`,
        'consent_required',
      );
    }
    return this.mint({
      aud: PEERPODS_CLIENT_ID,
      azp: TEAMS_WEB_CLIENT_ID,
      azpacr: '0',
      name: person.displayName,
      oid: person.id,
      preferred_username: person.userPrincipalName,
      scp: API_SCOPE,
      sub: pairwiseSubject(person.id, PEERPODS_CLIENT_ID),
      ver: '2.0',
    });
  }

  async appToken(resource: typeof GRAPH_RESOURCE | typeof BOT_FRAMEWORK_RESOURCE): Promise<IssuedToken> {
    const servicePrincipalId = pairwiseSubject(PEERPODS_CLIENT_ID, 'service-principal');
    const common = {
      aud: resource,
      appid: PEERPODS_CLIENT_ID,
      azp: PEERPODS_CLIENT_ID,
      appidacr: '1',
      idtyp: 'app',
      oid: servicePrincipalId,
      sub: servicePrincipalId,
      ver: '1.0',
    };
    if (resource === BOT_FRAMEWORK_RESOURCE) return this.mint(common);
    const roles = [...this.deps.grant().application];
    return this.mint({ ...common, app_displayname: PEERPODS_APP_NAME, ...(roles.length ? { roles } : {}) });
  }

  /** AADSTS65001 as Entra words it: invalid_grant with consent_required, or interaction_required. */
  private consentRefusal(): EntraError {
    const description = `The user or administrator has not consented to use the application with ID '${PEERPODS_CLIENT_ID}' named '${PEERPODS_APP_NAME}'. Send an interactive authorization request for this user and resource.`;
    return this.deps.refusal() === 'interaction_required'
      ? new EntraError(400, 'interaction_required', 65001, description)
      : new EntraError(400, 'invalid_grant', 65001, description, 'consent_required');
  }

  /** On-behalf-of: trades a valid SSO token for a delegated Graph token carrying the consented scopes. */
  async onBehalfOf(assertion: string, requestedScopes: string[]): Promise<IssuedToken> {
    const verified = this.deps.key.verify(assertion);
    if ('error' in verified) {
      throw verified.error === 'malformed'
        ? new EntraError(400, 'invalid_grant', 50027, 'JWT token is invalid or malformed.')
        : new EntraError(400, 'invalid_grant', 50013, 'Assertion failed signature validation.');
    }
    const claims = verified.payload;
    if (claims.iss !== this.deps.issuer() || claims.tid !== this.deps.tenantId) {
      throw new EntraError(
        400,
        'invalid_grant',
        50013,
        'Assertion failed signature validation. [Reason - The key was not found., Issuer does not match]',
      );
    }
    if (claims.aud !== PEERPODS_CLIENT_ID && claims.aud !== `api://${PEERPODS_CLIENT_ID}`) {
      throw new EntraError(
        400,
        'invalid_grant',
        50013,
        'Assertion audience does not match the Client app presenting the assertion.',
      );
    }
    if (timeValidityError(claims, this.deps.clock.now())) {
      throw new EntraError(400, 'invalid_grant', 500133, 'Assertion is not within its valid time range.');
    }
    const person = this.deps.findPerson(String(claims.oid ?? ''));
    if (!person)
      throw new EntraError(400, 'invalid_grant', 50034, 'The user account does not exist in the directory.');
    const consented = [
      ...new Set([...this.deps.grant().delegated, ...this.deps.userConsent(person.id)]),
    ].filter((p) => p !== API_SCOPE);
    // `.default` asks for whatever has been consented; with nothing consented Entra refuses it too.
    const missing = requestedScopes.filter((s) =>
      s === '.default' ? consented.length === 0 : !consented.includes(s),
    );
    if (missing.length > 0) throw this.consentRefusal();
    const token = await this.mint(
      {
        aud: GRAPH_RESOURCE,
        appid: PEERPODS_CLIENT_ID,
        app_displayname: PEERPODS_APP_NAME,
        appidacr: '1',
        idtyp: 'user',
        name: person.displayName,
        oid: person.id,
        scp: consented.join(' '),
        sub: pairwiseSubject(person.id, GRAPH_RESOURCE),
        unique_name: person.userPrincipalName,
        upn: person.userPrincipalName,
        ver: '1.0',
      },
      consented.map((s) => `${GRAPH_RESOURCE}/${s}`).join(' '),
    );
    // msal builds its account cache key from client_info, as Entra returns it for user tokens.
    const clientInfo = Buffer.from(JSON.stringify({ uid: person.id, utid: this.deps.tenantId })).toString(
      'base64url',
    );
    return { ...token, client_info: clientInfo };
  }
}

/** Entra's `sub` is pairwise: stable per user and audience, different across apps. */
function pairwiseSubject(id: string, audience: string): string {
  return createHash('sha256').update(`${id}|${audience}`).digest('base64url').slice(0, 43);
}
