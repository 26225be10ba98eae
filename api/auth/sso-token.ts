import type { RequestHandler } from 'express';
import {
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
} from 'jose';
import { UnauthenticatedError, UpstreamError } from '../errors';
import type { Caller } from '../ports';

export interface SsoTokenOptions {
  /** e.g. https://login.microsoftonline.com, or the emulator's base URL offline. */
  authorityHost: string;
  clientId: string;
  allowedTenantIds: readonly string[];
  /** Seconds of clock skew tolerated on exp/nbf. */
  clockToleranceSeconds?: number;
}

const REQUIRED_SCOPE = 'access_as_user';

/** Validates a Teams SSO token (v2, RS256) and returns the caller it names; throws UnauthenticatedError. */
export type SsoTokenValidator = (token: string) => Promise<Caller>;

export function createSsoTokenValidator(options: SsoTokenOptions): SsoTokenValidator {
  const allowed = new Set(options.allowedTenantIds.map((id) => id.toLowerCase()));
  const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  const keysOf = (tenantId: string) => {
    let keys = keySets.get(tenantId);
    if (!keys) {
      keys = createRemoteJWKSet(new URL(`${options.authorityHost}/${tenantId}/discovery/v2.0/keys`));
      keySets.set(tenantId, keys);
    }
    return keys;
  };

  return async (token) => {
    let header: ReturnType<typeof decodeProtectedHeader>;
    let unverified: JWTPayload;
    try {
      header = decodeProtectedHeader(token);
      unverified = decodeJwt(token);
    } catch (cause) {
      throw invalid('The token is not a well-formed JWT.', cause);
    }
    // Only RS256: refuses `none` and HS* up front, so a token "signed" with a public key as an HMAC secret never verifies.
    if (header.alg !== 'RS256') throw invalid(`Token algorithm ${String(header.alg)} is not accepted.`);

    // Why the tenant is checked before anything is trusted: `tid` is still unverified here, yet it picks the
    // issuer and the key set URL. Checking it against the allow-list first means an attacker cannot make us
    // fetch keys from a URL of their choosing, grow the key-set cache without bound, or be accepted by minting
    // a valid token in a tenant of their own: only allowed tenants' issuers can ever match.
    const tenantId = typeof unverified.tid === 'string' ? unverified.tid.toLowerCase() : '';
    if (!allowed.has(tenantId)) throw invalid('The token was issued for a tenant this app does not serve.');

    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keysOf(tenantId), {
        algorithms: ['RS256'],
        issuer: `${options.authorityHost}/${tenantId}/v2.0`,
        clockTolerance: options.clockToleranceSeconds ?? 60,
        requiredClaims: ['exp', 'iat', 'aud', 'oid'],
      }));
    } catch (cause) {
      // Keys we could not fetch are our outage, not the caller's bad token.
      if (
        cause instanceof joseErrors.JWKSTimeout ||
        cause instanceof joseErrors.JWKSInvalid ||
        !(cause instanceof joseErrors.JOSEError)
      ) {
        throw new UpstreamError(
          { service: 'entra', status: undefined, code: undefined, requestId: undefined },
          'The sign-in keys could not be fetched from Entra ID. Try again shortly.',
          { cause },
        );
      }
      throw invalid(verificationMessage(cause), cause);
    }
    if (!audienceMatches(payload.aud, options.clientId)) throw invalid('The token is for another audience.');
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(REQUIRED_SCOPE)) throw invalid(`The token lacks the ${REQUIRED_SCOPE} scope.`);
    const oid = payload.oid;
    if (typeof oid !== 'string' || !oid) throw invalid('The token names no user.');
    return {
      tenantId,
      userId: oid,
      upn: stringClaim(payload, 'preferred_username') ?? stringClaim(payload, 'upn') ?? '',
      name: stringClaim(payload, 'name') ?? '',
      token,
    };
  };
}

/** Audience is the client id, or the Application ID URI forms `api://{host}/{clientId}` and `api://{host}/botid-{clientId}`. */
function audienceMatches(aud: JWTPayload['aud'], clientId: string): boolean {
  const audiences = Array.isArray(aud) ? aud : aud === undefined ? [] : [aud];
  const id = clientId.toLowerCase();
  return audiences.some((value) => {
    const v = value.toLowerCase();
    return v === id || (v.startsWith('api://') && (v.endsWith(`/${id}`) || v.endsWith(`/botid-${id}`)));
  });
}

function verificationMessage(cause: unknown): string {
  if (cause instanceof joseErrors.JWTExpired) return 'The token has expired.';
  if (cause instanceof joseErrors.JWTClaimValidationFailed) {
    return cause.claim === 'iss'
      ? 'The token has the wrong issuer.'
      : `The token's ${cause.claim} claim is invalid.`;
  }
  if (
    cause instanceof joseErrors.JWSSignatureVerificationFailed ||
    cause instanceof joseErrors.JWKSNoMatchingKey
  ) {
    return 'The token signature is invalid.';
  }
  if (cause instanceof joseErrors.JOSEAlgNotAllowed) return 'The token algorithm is not accepted.';
  return 'The token could not be verified.';
}

function stringClaim(payload: JWTPayload, name: string): string | undefined {
  const value = payload[name];
  return typeof value === 'string' ? value : undefined;
}

function invalid(message: string, cause?: unknown): UnauthenticatedError {
  return new UnauthenticatedError(message, { invalidToken: true, cause });
}

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by requireCaller. */
    caller?: Caller;
  }
}

/** Express middleware: a valid `Authorization: Bearer` SSO token or a 401 problem with `WWW-Authenticate`. */
export function requireCaller(validateToken: SsoTokenValidator): RequestHandler {
  return async (req, _res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1])
      return next(new UnauthenticatedError('Sign in: send the Teams SSO token as a Bearer token.'));
    try {
      req.caller = await validateToken(match[1]);
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** The caller set by requireCaller; throws when a route forgot to require one. */
export function callerOf(req: { caller?: Caller }): Caller {
  if (!req.caller) throw new UnauthenticatedError('Sign in: send the Teams SSO token as a Bearer token.');
  return req.caller;
}
