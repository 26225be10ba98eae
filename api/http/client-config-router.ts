import { Router } from 'express';
import type { ClientConfig } from './schemas';

/** `GET /client-config`, unauthenticated: tells the tab in browser mode where to sign in. Mounted under /api. */
export function clientConfigRouter(deps: { signInUrl: string | undefined }): Router {
  const router = Router();
  router.get('/client-config', (_req, res) => {
    res.set('cache-control', 'no-store');
    const config: ClientConfig = deps.signInUrl ? { signInUrl: deps.signInUrl } : {};
    res.json(config);
  });
  return router;
}
