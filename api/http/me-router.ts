import { Router } from 'express';
import { callerOf } from '../auth/sso-token';
import { getMyProfile } from '../use-cases/people/get-my-profile';
import type { PeopleDeps } from '../use-cases/people/people-deps';
import { toProfileView } from './views/people-views';

/** `/me`: the signed-in person. Mounted under /api behind requireCaller. */
export function meRouter(deps: PeopleDeps): Router {
  const router = Router();
  router.get('/me', async (req, res) => {
    res.json(toProfileView(await getMyProfile(deps, callerOf(req))));
  });
  return router;
}
