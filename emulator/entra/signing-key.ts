import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';

/** An RS256 key pair generated at start (or restored from the emulator's state folder); never sent anywhere. */
export interface SigningKey {
  kid: string;
  publicJwk: JWK;
  /** The private half as a JWK, for the emulator's own state folder only. */
  privateJwk: JWK;
  sign(claims: JWTPayload, lifetime: { nowMs: number; expiresInSec: number }): Promise<string>;
  /** Synchronous signature check, so permission checks can stay synchronous. */
  verify(token: string): VerifiedJwt | { error: string };
}

export interface VerifiedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

export async function createSigningKey(
  kid: string,
  extra: Partial<JWK> = {},
  saved?: JWK,
): Promise<SigningKey> {
  const pair = saved
    ? { privateKey: await importJWK(saved, 'RS256'), privateJwk: saved }
    : await generateKeyPair('RS256', { extractable: true }).then(async ({ privateKey }) => ({
        privateKey,
        privateJwk: await exportJWK(privateKey),
      }));
  const { privateKey, privateJwk } = pair;
  const { kty, n, e } = privateJwk;
  const publicJwk: JWK = { kty, n, e, kid, use: 'sig', alg: 'RS256', ...extra };
  const publicKeyObject: KeyObject = createPublicKey({
    key: publicJwk as import('node:crypto').JsonWebKey,
    format: 'jwk',
  });
  return {
    kid,
    publicJwk,
    privateJwk,
    async sign(claims, { nowMs, expiresInSec }) {
      const nowSec = Math.floor(nowMs / 1000);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
        .setIssuedAt(nowSec)
        .setNotBefore(nowSec - 300)
        .setExpirationTime(nowSec + expiresInSec)
        .sign(privateKey);
    },
    verify(token) {
      const parts = token.split('.');
      if (parts.length !== 3) return { error: 'malformed' };
      const [h, p, s] = parts as [string, string, string];
      try {
        const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as Record<string, unknown>;
        if (header.alg !== 'RS256' || header.kid !== kid) return { error: 'unknown signing key' };
        const ok = verify(
          'RSA-SHA256',
          Buffer.from(`${h}.${p}`),
          publicKeyObject,
          Buffer.from(s, 'base64url'),
        );
        if (!ok) return { error: 'signature' };
        const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>;
        return { header, payload };
      } catch {
        return { error: 'malformed' };
      }
    },
  };
}

/** Checks exp/nbf against the emulator clock; returns why it is not valid now, or null. */
export function timeValidityError(payload: Record<string, unknown>, nowMs: number): string | null {
  const nowSec = nowMs / 1000;
  if (typeof payload.exp !== 'number' || payload.exp <= nowSec) return 'expired';
  if (typeof payload.nbf === 'number' && payload.nbf > nowSec) return 'not yet valid';
  return null;
}
