import { Router } from 'express';
import { BOT_FRAMEWORK_ISSUER } from '../demo-tenant';
import type { SigningKey } from '../entra/signing-key';

/** Bot Framework's OpenID metadata and signing keys, which the bot uses to check inbound activity tokens. */
export function createBotFrameworkRouter(deps: { key: SigningKey; publicUrl: () => string }): Router {
  const router = Router();
  const base = () => `${deps.publicUrl()}/botframework/v1/.well-known`;
  router.get('/botframework/v1/.well-known/openidconfiguration', (_req, res) => {
    res.json({
      issuer: BOT_FRAMEWORK_ISSUER,
      authorization_endpoint: `${deps.publicUrl()}/botframework/v1/authorize`,
      jwks_uri: `${base()}/keys`,
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
    });
  });
  // Like the real keys, each JWK lists the channels it may sign for.
  router.get('/botframework/v1/.well-known/keys', (_req, res) => {
    res.json({ keys: [{ ...deps.key.publicJwk, endorsements: ['msteams'] }] });
  });
  return router;
}

/** A signed inbound-activity token, as the Bot Framework channel service sends with each activity. */
export async function activityToken(key: SigningKey, botId: string, serviceUrl: string): Promise<string> {
  // Real time, not the emulator clock: the bot's JWT library checks expiry against the process clock.
  return key.sign(
    { iss: BOT_FRAMEWORK_ISSUER, aud: botId, serviceurl: serviceUrl },
    { nowMs: Date.now(), expiresInSec: 3600 },
  );
}
