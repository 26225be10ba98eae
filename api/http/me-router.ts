import { Router } from 'express';
import { callerOf } from '../auth/sso-token';
import { getMyProfile, type GetMyProfileDeps } from '../use-cases/get-my-profile';
import { MyProfileResponse } from './schemas';

/** `/me`: the signed-in person. Mounted under /api behind requireCaller. */
export function meRouter(deps: GetMyProfileDeps): Router {
  const router = Router();
  router.get('/me', async (req, res) => {
    const profile = await getMyProfile(deps, callerOf(req));
    res.json(MyProfileResponse.parse(profile));
  });
  return router;
}
