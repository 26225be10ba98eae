import express, { Router, type Request, type Response } from 'express';
import {
  BOT_FRAMEWORK_RESOURCE,
  GRAPH_RESOURCE,
  PEERPODS_CLIENT_ID,
  PEERPODS_CLIENT_SECRET,
} from '../demo-tenant';
import type { EmulatedTenant } from '../tenants/emulated-tenant';
import type { TenantRegistry } from '../tenants/tenant-registry';
import { EntraError, sendEntraError } from './entra-errors';

const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export interface EntraRouterDeps {
  tenants: TenantRegistry;
  publicUrl: () => string;
}

const tenantNotFound = (name: string) =>
  new EntraError(
    400,
    'invalid_request',
    90002,
    `Tenant '${name}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
  );

/** Entra ID v2 for each emulated tenant: OpenID metadata, JWKS, instance discovery and the token endpoint. */
export function createEntraRouter(deps: EntraRouterDeps): Router {
  const router = Router();
  const tenantOf = (req: Request, res: Response): EmulatedTenant | undefined => {
    const tenant = deps.tenants.forAuthority(String(req.params.tenant));
    if (!tenant) sendEntraError(res, tenantNotFound(String(req.params.tenant)));
    return tenant;
  };

  router.get('/:tenant/v2.0/.well-known/openid-configuration', (req, res) => {
    const tenant = tenantOf(req, res);
    if (!tenant) return;
    const base = `${deps.publicUrl()}/${tenant.id}`;
    res.json({
      issuer: `${base}/v2.0`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      token_endpoint: `${base}/oauth2/v2.0/token`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      response_types_supported: ['code', 'id_token', 'token id_token', 'token'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      claims_supported: [
        'sub',
        'iss',
        'aud',
        'exp',
        'iat',
        'name',
        'oid',
        'preferred_username',
        'tid',
        'ver',
      ],
      tenant_region_scope: 'EU',
      cloud_instance_name: 'microsoftonline.com',
    });
  });

  router.get('/:tenant/discovery/v2.0/keys', (req, res) => {
    const tenant = tenantOf(req, res);
    if (!tenant) return;
    res.json({ keys: [{ ...tenant.key.publicJwk, issuer: tenant.issuer() }] });
  });

  // What msal asks for when the authority is not one it knows.
  router.get('/:tenant/discovery/instance', (req, res) => {
    const tenant = deps.tenants.forAuthority(String(req.params.tenant)) ?? deps.tenants.home;
    const host = new URL(deps.publicUrl()).host;
    res.json({
      tenant_discovery_endpoint: `${deps.publicUrl()}/${tenant.id}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    });
  });

  router.post('/:tenant/oauth2/v2.0/token', express.urlencoded({ extended: false }), async (req, res) => {
    try {
      const tenant = deps.tenants.forAuthority(String(req.params.tenant));
      if (!tenant) throw tenantNotFound(String(req.params.tenant));
      const body = (req.body ?? {}) as Record<string, string | undefined>;
      const grantType = body.grant_type;
      if (!grantType)
        throw new EntraError(
          400,
          'invalid_request',
          900144,
          "The request body must contain the following parameter: 'grant_type'.",
        );
      authenticateClient(req, body);
      const scopes = (body.scope ?? '').split(/\s+/).filter(Boolean);
      if (grantType === 'client_credentials') {
        res.json(await tenant.tokens.appToken(appResource(scopes)));
      } else if (grantType === JWT_BEARER) {
        if (body.requested_token_use !== 'on_behalf_of') {
          throw new EntraError(
            400,
            'invalid_request',
            900144,
            "The request body must contain the following parameter: 'requested_token_use' with value 'on_behalf_of'.",
          );
        }
        if (!body.assertion)
          throw new EntraError(
            400,
            'invalid_request',
            900144,
            "The request body must contain the following parameter: 'assertion'.",
          );
        res.json(await tenant.tokens.onBehalfOf(body.assertion, graphScopes(scopes)));
      } else {
        throw new EntraError(
          400,
          'unsupported_grant_type',
          70003,
          `The app requested an unsupported grant type '${grantType}'.`,
        );
      }
    } catch (e) {
      if (e instanceof EntraError) return sendEntraError(res, e);
      throw e;
    }
  });

  return router;
}

/** client_secret_post or client_secret_basic. */
function authenticateClient(req: Request, body: Record<string, string | undefined>): void {
  let clientId = body.client_id;
  let secret = body.client_secret;
  const basic = /^Basic\s+(\S+)$/i.exec(req.get('authorization') ?? '');
  if (basic?.[1]) {
    const [id, pass] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
    clientId = decodeURIComponent(id ?? '');
    secret = decodeURIComponent(pass ?? '');
  }
  if (!clientId)
    throw new EntraError(
      400,
      'invalid_request',
      900144,
      "The request body must contain the following parameter: 'client_id'.",
    );
  if (clientId.toLowerCase() !== PEERPODS_CLIENT_ID) {
    throw new EntraError(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory.`,
    );
  }
  if (!secret) {
    throw new EntraError(
      401,
      'invalid_client',
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    );
  }
  if (secret !== PEERPODS_CLIENT_SECRET) {
    throw new EntraError(
      401,
      'invalid_client',
      7000215,
      'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.',
    );
  }
}

function appResource(scopes: string[]): typeof GRAPH_RESOURCE | typeof BOT_FRAMEWORK_RESOURCE {
  const [scope, ...rest] = scopes;
  if (!scope || rest.length > 0 || !scope.endsWith('/.default')) {
    throw new EntraError(
      400,
      'invalid_scope',
      1002012,
      `The provided value for scope ${scopes.join(' ') || '(empty)'} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    );
  }
  const resource = scope.slice(0, -'/.default'.length).replace(/\/$/, '');
  if (resource === GRAPH_RESOURCE) return GRAPH_RESOURCE;
  if (resource === BOT_FRAMEWORK_RESOURCE) return BOT_FRAMEWORK_RESOURCE;
  throw new EntraError(
    400,
    'invalid_resource',
    500011,
    `The resource principal named ${resource} was not found in the tenant.`,
  );
}

/** OBO scopes name Graph permissions (bare or with the Graph prefix) or `.default`; OIDC scopes are ignored. */
function graphScopes(scopes: string[]): string[] {
  const out: string[] = [];
  for (const scope of scopes) {
    if (OIDC_SCOPES.has(scope)) continue;
    const bare = scope.startsWith(`${GRAPH_RESOURCE}/`) ? scope.slice(GRAPH_RESOURCE.length + 1) : scope;
    if (/^[a-z]+:\/\//i.test(bare) || bare.startsWith('api://')) {
      throw new EntraError(
        400,
        'invalid_resource',
        500011,
        `The resource principal named ${bare} was not found in the tenant.`,
      );
    }
    out.push(bare);
  }
  if (out.length === 0)
    throw new EntraError(
      400,
      'invalid_scope',
      70011,
      "The provided request must include a 'scope' input parameter.",
    );
  return out;
}
