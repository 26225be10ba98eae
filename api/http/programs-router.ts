import { Router } from 'express';
import { callerOf } from '../auth/sso-token';
import { createCohort } from '../use-cases/programs/create-cohort';
import { createProgram } from '../use-cases/programs/create-program';
import {
  addProgramOwners,
  getCohort,
  getProgram,
  listMyPrograms,
} from '../use-cases/programs/program-queries';
import type { ProgramsDeps } from '../use-cases/programs/programs-deps';
import { updateProgram } from '../use-cases/programs/update-program';
import {
  AddOwnersBody,
  CreateCohortBody,
  CreateProgramBody,
  ResourceIdParams,
  UpdateProgramBody,
  type ProgramDetailView,
  type ProgramListView,
} from './schemas';
import { validate } from './validate';
import { toCohortView, toProgramView } from './views/program-views';

/** Programs and their cohorts. Mounted under /api behind requireCaller. */
export function programsRouter(deps: ProgramsDeps): Router {
  const router = Router();
  router.post('/programs', async (req, res) => {
    const program = await createProgram(deps, callerOf(req), validate(CreateProgramBody, req.body));
    res.status(201).location(`/api/programs/${program.id}`).json(toProgramView(program));
  });
  router.get('/programs', async (req, res) => {
    const view: ProgramListView = { value: (await listMyPrograms(deps, callerOf(req))).map(toProgramView) };
    res.json(view);
  });
  router.get('/programs/:id', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    const { program, cohorts } = await getProgram(deps, callerOf(req), id);
    const view: ProgramDetailView = { ...toProgramView(program), cohorts: cohorts.map(toCohortView) };
    res.json(view);
  });
  router.patch('/programs/:id', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    const changes = validate(UpdateProgramBody, req.body);
    res.json(toProgramView(await updateProgram(deps, callerOf(req), id, changes)));
  });
  router.post('/programs/:id/owners', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    const { ownerIds } = validate(AddOwnersBody, req.body);
    res.json(toProgramView(await addProgramOwners(deps, callerOf(req), id, ownerIds)));
  });
  router.post('/programs/:id/cohorts', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    const cohort = await createCohort(deps, callerOf(req), id, validate(CreateCohortBody, req.body));
    res
      .status(201)
      .location(`/api/cohorts/${cohort.id}`)
      .json(toCohortView({ cohort, enrolled: 0 }));
  });
  router.get('/cohorts/:id', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    res.json(toCohortView(await getCohort(deps, callerOf(req), id)));
  });
  return router;
}
