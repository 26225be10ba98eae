import { Router } from 'express';
import { callerOf } from '../auth/sso-token';
import { changePodProposal } from '../use-cases/pods/change-pod-proposal';
import { getPod } from '../use-cases/pods/get-pod';
import type { PodsDeps } from '../use-cases/pods/pods-deps';
import { getPodProposal, proposeCohortPods } from '../use-cases/pods/propose-cohort-pods';
import { publishCohort } from '../use-cases/pods/publish-cohort';
import { PodChangeBody, ProposePodsBody, ResourceIdParams, type PodChangeView } from './schemas';
import { validate } from './validate';
import { toPodView, toProposalView, toViolationView } from './views/pod-views';

/** Pod proposals for a cohort's owner (propose, review, change, publish) and a pod with its members. Mounted under /api. */
export function podsRouter(deps: PodsDeps): Router {
  const router = Router();
  router.post('/cohorts/:id/pod-proposals', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    const { seed } = validate(ProposePodsBody, req.body ?? {});
    res.status(201).json(toProposalView(await proposeCohortPods(deps, callerOf(req), id, seed)));
  });
  router.get('/cohorts/:id/pod-proposals', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    res.json(toProposalView(await getPodProposal(deps, callerOf(req), id)));
  });
  router.post('/cohorts/:id/pod-proposals/changes', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    const changed = await changePodProposal(deps, callerOf(req), id, validate(PodChangeBody, req.body));
    const view: PodChangeView = {
      ...toProposalView(changed),
      introduced: changed.introduced.map((v) => toViolationView(v, changed.people)),
      changedPods: changed.changedPods,
    };
    res.json(view);
  });
  router.post('/cohorts/:id/publish', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    res.json(toProposalView(await publishCohort(deps, callerOf(req), id)));
  });
  router.get('/pods/:id', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    res.json(toPodView(await getPod(deps, callerOf(req), id)));
  });
  return router;
}
