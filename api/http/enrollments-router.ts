import { Router } from 'express';
import { callerOf } from '../auth/sso-token';
import { enrollBulk } from '../use-cases/programs/enroll-bulk';
import { enrollSelf } from '../use-cases/programs/enroll-self';
import { listEnrollments } from '../use-cases/programs/list-enrollments';
import {
  getMyEnrollment,
  updateMyWorkingHours,
  withdrawMyEnrollment,
} from '../use-cases/programs/my-enrollment';
import type { ProgramsDeps } from '../use-cases/programs/programs-deps';
import {
  BulkEnrollBody,
  BulkEnrollResponse,
  EnrollBody,
  EnrollmentListResponse,
  EnrollmentResponse,
  ResourceIdParams,
  UpdateMyEnrollmentBody,
} from './schemas';
import { validate } from './validate';

/** Enrollment in a cohort: self, bulk by an owner, corrections and withdrawal. Mounted under /api. */
export function enrollmentsRouter(deps: ProgramsDeps): Router {
  const router = Router();
  router.post('/cohorts/:id/enrollments', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    const enrollment = await enrollSelf(deps, callerOf(req), id, validate(EnrollBody, req.body));
    res.status(201).json(EnrollmentResponse.parse(enrollment));
  });
  router.post('/cohorts/:id/enrollments/bulk', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    const result = await enrollBulk(deps, callerOf(req), id, validate(BulkEnrollBody, req.body));
    res.json(BulkEnrollResponse.parse(result));
  });
  router.get('/cohorts/:id/enrollments', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    res.json(EnrollmentListResponse.parse({ value: await listEnrollments(deps, callerOf(req), id) }));
  });
  router.get('/cohorts/:id/enrollments/me', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    res.json(EnrollmentResponse.parse(await getMyEnrollment(deps, callerOf(req), id)));
  });
  router.patch('/cohorts/:id/enrollments/me', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    const { workingHours } = validate(UpdateMyEnrollmentBody, req.body);
    res.json(EnrollmentResponse.parse(await updateMyWorkingHours(deps, callerOf(req), id, workingHours)));
  });
  router.delete('/cohorts/:id/enrollments/me', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    await withdrawMyEnrollment(deps, callerOf(req), id);
    res.status(204).end();
  });
  return router;
}
