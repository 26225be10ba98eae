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
  EnrollBody,
  ResourceIdParams,
  UpdateMyEnrollmentBody,
  type BulkEnrollResult,
  type EnrollmentListView,
} from './schemas';
import { validate } from './validate';
import { toEnrollmentView } from './views/enrollment-views';
import { fromWorkingHoursBody } from './views/people-views';

/** Enrollment in a cohort: self, bulk by an owner, corrections and withdrawal. Mounted under /api. */
export function enrollmentsRouter(deps: ProgramsDeps): Router {
  const router = Router();
  router.post('/cohorts/:id/enrollments', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    const { workingHours, ...profile } = validate(EnrollBody, req.body);
    const enrolled = await enrollSelf(deps, callerOf(req), id, {
      ...profile,
      workingHours: workingHours && fromWorkingHoursBody(workingHours),
    });
    res.status(201).json(toEnrollmentView(enrolled));
  });
  router.post('/cohorts/:id/enrollments/bulk', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    const { people } = validate(BulkEnrollBody, req.body);
    const result: BulkEnrollResult = await enrollBulk(deps, callerOf(req), id, people);
    res.json(result);
  });
  router.get('/cohorts/:id/enrollments', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    const view: EnrollmentListView = {
      value: (await listEnrollments(deps, callerOf(req), id)).map(toEnrollmentView),
    };
    res.json(view);
  });
  router.get('/cohorts/:id/enrollments/me', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    res.json(toEnrollmentView(await getMyEnrollment(deps, callerOf(req), id)));
  });
  router.patch('/cohorts/:id/enrollments/me', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    const { workingHours } = validate(UpdateMyEnrollmentBody, req.body);
    const hours = workingHours && fromWorkingHoursBody(workingHours);
    res.json(toEnrollmentView(await updateMyWorkingHours(deps, callerOf(req), id, hours)));
  });
  router.delete('/cohorts/:id/enrollments/me', async (req, res) => {
    const { id } = validate(ResourceIdParams, req.params, 'params');
    await withdrawMyEnrollment(deps, callerOf(req), id);
    res.status(204).end();
  });
  return router;
}
