import { Router } from 'express';
import { callerOf } from '../auth/sso-token';
import { listMyPods } from '../use-cases/sessions/list-my-pods';
import type { SessionsDeps } from '../use-cases/sessions/sessions-deps';
import { MyPodsResponse } from './schemas';

/** `GET /me/pods`: the tab's home, from the same use case as the message extension's "My pods". Mounted under /api. */
export function myPodsRouter(deps: SessionsDeps): Router {
  const router = Router();
  router.get('/me/pods', async (req, res) => {
    const pods = await listMyPods(deps, callerOf(req));
    const value = pods.map((pod) => ({
      ...pod,
      next: pod.next ? { ...pod.next, startsAt: pod.next.startsAt.toISOString() } : null,
      open: pod.open.map((s) => ({ ...s, startsAt: s.startsAt.toISOString() })),
    }));
    res.json(MyPodsResponse.parse({ value }));
  });
  return router;
}
