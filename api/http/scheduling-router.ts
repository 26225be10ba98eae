import { Router } from 'express';
import { callerOf } from '../auth/sso-token';
import { bookPodSeries } from '../use-cases/scheduling/book-pod-series';
import { getJobProgress } from '../use-cases/scheduling/get-job-progress';
import { listPodSeries } from '../use-cases/scheduling/list-pod-series';
import { listSessionConflicts } from '../use-cases/scheduling/list-session-conflicts';
import { moveSession } from '../use-cases/scheduling/move-session';
import type { SchedulingDeps } from '../use-cases/scheduling/scheduling-deps';
import { searchPodSlots } from '../use-cases/scheduling/search-pod-slots';
import { startCohortScheduling } from '../use-cases/scheduling/start-cohort-scheduling';
import {
  BookSeriesBody,
  CohortIdParams,
  JobIdParams,
  MoveSessionBody,
  PodIdParams,
  SessionDateParams,
  SlotSearchBody,
  type StartJobView,
} from './schemas/scheduling';
import { validate } from './validate';
import {
  toConflictsView,
  toJobProgressView,
  toMoveView,
  toPodSessionsView,
  toSlotSearchView,
} from './views/scheduling-views';

/** Slot search, booking, conflicts and moves for pod members; cohort scheduling jobs for program owners. */
export function schedulingRouter(deps: SchedulingDeps): Router {
  const router = Router();
  const podId = (params: unknown) => validate(PodIdParams, params, 'params').id;

  router.post('/pods/:id/slot-search', async (req, res) => {
    const id = podId(req.params);
    const body = validate(SlotSearchBody, req.body ?? {});
    res.json(toSlotSearchView(await searchPodSlots(deps, callerOf(req), id, body)));
  });
  router.post('/pods/:id/sessions', async (req, res) => {
    const id = podId(req.params);
    const booked = await bookPodSeries(deps, callerOf(req), id, validate(BookSeriesBody, req.body));
    res.status(booked.created ? 201 : 200).json(toPodSessionsView(booked));
  });
  router.get('/pods/:id/sessions', async (req, res) => {
    res.json(toPodSessionsView(await listPodSeries(deps, callerOf(req), podId(req.params))));
  });
  router.get('/pods/:id/sessions/conflicts', async (req, res) => {
    res.json(toConflictsView(await listSessionConflicts(deps, callerOf(req), podId(req.params))));
  });
  router.post('/pods/:id/sessions/:date/move', async (req, res) => {
    const { id, date } = validate(SessionDateParams, req.params, 'params');
    const { apply, start } = validate(MoveSessionBody, req.body ?? {});
    const input = { apply, start: start === undefined ? undefined : Date.parse(start) };
    res.json(toMoveView(await moveSession(deps, callerOf(req), id, date, input)));
  });
  router.post('/cohorts/:id/schedule', async (req, res) => {
    const { id } = validate(CohortIdParams, req.params, 'params');
    const started: StartJobView = await startCohortScheduling(deps, callerOf(req), id);
    res.status(202).location(`/api/jobs/${started.jobId}`).json(started);
  });
  router.get('/jobs/:id', async (req, res) => {
    const { id } = validate(JobIdParams, req.params, 'params');
    res.json(toJobProgressView(await getJobProgress(deps, callerOf(req), id)));
  });
  return router;
}
