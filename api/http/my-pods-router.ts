import { Router } from 'express';
import { callerOf } from '../auth/sso-token';
import { listMyPods } from '../use-cases/sessions/list-my-pods';
import type { SessionsDeps } from '../use-cases/sessions/sessions-deps';
import { toMyPodsView } from './views/session-views';

/** `GET /me/pods`: the tab's home, from the same use case as the message extension's "My pods". Mounted under /api. */
export function myPodsRouter(deps: SessionsDeps): Router {
  const router = Router();
  router.get('/me/pods', async (req, res) => {
    res.json(toMyPodsView(await listMyPods(deps, callerOf(req))));
  });
  return router;
}
