import { Router } from 'express';
import { callerOf } from '../auth/sso-token';
import { getCohortResults } from '../use-cases/results/get-cohort-results';
import type { ResultsDeps } from '../use-cases/results/results-deps';
import { CohortResultsParams, type CohortResultsView } from './schemas/results';
import { validate } from './validate';

/** `GET /cohorts/{id}/results`: aggregates for program owners. Mounted under /api behind requireCaller. */
export function resultsRouter(deps: ResultsDeps): Router {
  const router = Router();
  router.get('/cohorts/:id/results', async (req, res) => {
    const { id } = validate(CohortResultsParams, req.params, 'params');
    const view: CohortResultsView = await getCohortResults(deps, callerOf(req), id);
    res.json(view);
  });
  return router;
}
