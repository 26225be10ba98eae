import { Router } from 'express';
import { ClientConfigResponse } from './schemas';

/** `GET /client-config`, unauthenticated: tells the tab in browser mode where to sign in. Mounted under /api. */
export function clientConfigRouter(deps: { signInUrl: string | undefined }): Router {
  const router = Router();
  router.get('/client-config', (_req, res) => {
    res.set('cache-control', 'no-store');
    res.json(ClientConfigResponse.parse(deps.signInUrl ? { signInUrl: deps.signInUrl } : {}));
  });
  return router;
}
