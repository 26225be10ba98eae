import {
  ConfidentialClientApplication,
  type INetworkModule,
  type NetworkRequestOptions,
  type NetworkResponse,
} from '@azure/msal-node';
import { UpstreamError } from '../errors';
import type { Caller, TokenProvider } from '../ports';

export interface GraphTokenOptions {
  /** e.g. https://login.microsoftonline.com, or the emulator's http:// base offline. */
  authorityHost: string;
  clientId: string;
  clientSecret: string;
  /** Resource whose `.default` scope app-only tokens ask for. */
  graphResource?: string;
}

const DEFAULT_GRAPH_RESOURCE = 'https://graph.microsoft.com';

/**
 * Delegated (on-behalf-of) and app-only (client credentials) Graph tokens through msal-node, one
 * ConfidentialClientApplication per tenant so each keeps its own token cache.
 */
export function createGraphTokenProvider(options: GraphTokenOptions): TokenProvider {
  const resource = options.graphResource ?? DEFAULT_GRAPH_RESOURCE;
  const apps = new Map<string, ConfidentialClientApplication>();
  const appFor = (tenantId: string) => {
    let app = apps.get(tenantId);
    if (!app) {
      app = createClientApplication(options, tenantId);
      apps.set(tenantId, app);
    }
    return app;
  };

  return {
    async getOnBehalfOfToken(caller: Caller, scopes: readonly string[] = [`${resource}/.default`]) {
      try {
        const result = await appFor(caller.tenantId).acquireTokenOnBehalfOf({
          oboAssertion: caller.token,
          scopes: [...scopes],
        });
        if (!result?.accessToken) throw new Error('empty token response');
        return result.accessToken;
      } catch (cause) {
        throw tokenFailure('The on-behalf-of token exchange with Entra ID failed.', cause);
      }
    },
    async getAppToken(tenantId: string) {
      try {
        const result = await appFor(tenantId).acquireTokenByClientCredential({
          scopes: [`${resource}/.default`],
        });
        if (!result?.accessToken) throw new Error('empty token response');
        return result.accessToken;
      } catch (cause) {
        throw tokenFailure('The app could not get a token from Entra ID.', cause);
      }
    },
  };
}

function createClientApplication(
  options: GraphTokenOptions,
  tenantId: string,
): ConfidentialClientApplication {
  const real = new URL(options.authorityHost);
  // msal refuses any authority that is not https (authority_uri_insecure). Offline the emulator speaks plain
  // http on loopback, so msal is given the https form of the same origin and the network client below sends
  // its requests to the real origin. In production the two are the same and nothing is rewritten.
  const nominal = new URL(real.href);
  nominal.protocol = 'https:';
  const host = nominal.host;
  const authority = `${nominal.origin}/${tenantId}`;
  // Given up front, so msal does no instance discovery or OpenID metadata fetch at all.
  const authorityMetadata = {
    token_endpoint: `${authority}/oauth2/v2.0/token`,
    authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
    end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
    issuer: `${authority}/v2.0`,
    jwks_uri: `${authority}/discovery/v2.0/keys`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
  };
  const cloudDiscoveryMetadata = {
    tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  };
  return new ConfidentialClientApplication({
    auth: {
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      authority,
      knownAuthorities: [host],
      authorityMetadata: JSON.stringify(authorityMetadata),
      cloudDiscoveryMetadata: JSON.stringify(cloudDiscoveryMetadata),
    },
    system:
      real.protocol === 'https:' ? {} : { networkClient: originRewritingClient(nominal.origin, real.origin) },
  });
}

/** msal's HTTP layer on fetch, sending requests for `nominalOrigin` to `realOrigin`. */
function originRewritingClient(nominalOrigin: string, realOrigin: string): INetworkModule {
  const send = async <T>(
    method: 'GET' | 'POST',
    url: string,
    options?: NetworkRequestOptions,
    timeout?: number,
  ) => {
    const target = url.startsWith(nominalOrigin) ? realOrigin + url.slice(nominalOrigin.length) : url;
    const response = await fetch(target, {
      method,
      headers: options?.headers ?? {},
      ...(method === 'POST' ? { body: options?.body ?? '' } : {}),
      signal: AbortSignal.timeout(timeout ?? 10_000),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
    const text = await response.text();
    const result: NetworkResponse<T> = {
      headers,
      body: (text ? JSON.parse(text) : {}) as T,
      status: response.status,
    };
    return result;
  };
  return {
    sendGetRequestAsync: (url, options, timeout) => send('GET', url, options, timeout),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
  };
}

/** msal's errors carry the server's raw text; only the error code and correlation travel on. */
function tokenFailure(message: string, cause: unknown): UpstreamError {
  const { errorCode, correlationId, subError } = (cause ?? {}) as {
    errorCode?: unknown;
    correlationId?: unknown;
    subError?: unknown;
  };
  const code = typeof errorCode === 'string' && errorCode ? errorCode : undefined;
  const detail = typeof subError === 'string' && subError ? ` (${subError})` : '';
  return new UpstreamError(
    {
      service: 'entra',
      status: code === 'invalid_grant' || code === 'invalid_client' ? 401 : undefined,
      code,
      requestId: typeof correlationId === 'string' ? correlationId : undefined,
    },
    `${message}${code ? ` Entra ID answered ${code}${detail}.` : ''}`,
    { cause },
  );
}
