import { Router } from 'express';
import { callerOf } from '../auth/sso-token';
import { createCohort } from '../use-cases/programs/create-cohort';
import { createProgram } from '../use-cases/programs/create-program';
import type { ProgramsDeps } from '../use-cases/programs/programs-deps';
import {
  addProgramOwners,
  getCohort,
  getProgram,
  listMyPrograms,
} from '../use-cases/programs/program-queries';
import { updateProgram } from '../use-cases/programs/update-program';
import {
  AddOwnersBody,
  CohortResponse,
  CreateCohortBody,
  CreateProgramBody,
  ProgramListResponse,
  ProgramResponse,
  ResourceIdParams,
  UpdateProgramBody,
} from './schemas';
import { validate } from './validate';

const ProgramDetailResponse = ProgramResponse.extend({ cohorts: CohortResponse.array() });

/** Programs and their cohorts. Mounted under /api behind requireCaller. */
export function programsRouter(deps: ProgramsDeps): Router {
  const router = Router();
  router.post('/programs', async (req, res) => {
    const program = await createProgram(deps, callerOf(req), validate(CreateProgramBody, req.body));
    res.status(201).location(`/api/programs/${program.id}`).json(ProgramResponse.parse(program));
  });
  router.get('/programs', async (req, res) => {
    res.json(ProgramListResponse.parse({ value: await listMyPrograms(deps, callerOf(req)) }));
  });
  router.get('/programs/:id', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    res.json(ProgramDetailResponse.parse(await getProgram(deps, callerOf(req), id)));
  });
  router.patch('/programs/:id', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    res.json(
      ProgramResponse.parse(
        await updateProgram(deps, callerOf(req), id, validate(UpdateProgramBody, req.body)),
      ),
    );
  });
  router.post('/programs/:id/owners', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    const { ownerIds } = validate(AddOwnersBody, req.body);
    res.json(ProgramResponse.parse(await addProgramOwners(deps, callerOf(req), id, ownerIds)));
  });
  router.post('/programs/:id/cohorts', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    const cohort = await createCohort(deps, callerOf(req), id, validate(CreateCohortBody, req.body));
    res.status(201).location(`/api/cohorts/${cohort.id}`).json(CohortResponse.parse(cohort));
  });
  router.get('/cohorts/:id', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    res.json(CohortResponse.parse(await getCohort(deps, callerOf(req), id)));
  });
  return router;
}
