import { Router } from 'express';
import { callerOf } from '../auth/sso-token';
import type { PeopleDeps } from '../use-cases/people/people-deps';
import { getMyProfile } from '../use-cases/people/get-my-profile';
import { MyProfileResponse } from './schemas';

/** `/me`: the signed-in person. Mounted under /api behind requireCaller. */
export function meRouter(deps: PeopleDeps): Router {
  const router = Router();
  router.get('/me', async (req, res) => {
    const profile = await getMyProfile(deps, callerOf(req));
    res.json(MyProfileResponse.parse(profile));
  });
  return router;
}
