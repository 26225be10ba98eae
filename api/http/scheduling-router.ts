import { Router } from 'express';
import { callerOf } from '../auth/sso-token';
import { bookPodSession } from '../use-cases/scheduling/book-pod-session';
import { getJobProgress } from '../use-cases/scheduling/get-job-progress';
import { listPodSessions } from '../use-cases/scheduling/list-pod-sessions';
import { listSessionConflicts } from '../use-cases/scheduling/list-session-conflicts';
import { moveOccurrence } from '../use-cases/scheduling/move-occurrence';
import type { SchedulingDeps } from '../use-cases/scheduling/scheduling-deps';
import { searchPodSlots } from '../use-cases/scheduling/search-pod-slots';
import { startCohortScheduling } from '../use-cases/scheduling/start-cohort-scheduling';
import {
  BookSessionBody,
  CohortIdParams,
  JobIdParams,
  JobProgressResponse,
  MoveOccurrenceBody,
  MoveOccurrenceResponse,
  OccurrenceDateParams,
  PodIdParams,
  PodSessionsResponse,
  SessionConflictsResponse,
  SlotSearchBody,
  SlotSearchResponse,
  StartJobResponse,
} from './schemas/scheduling';
import { validate } from './validate';

/** Slot search, booking, conflicts and moves for pod members; cohort scheduling jobs for program owners. */
export function schedulingRouter(deps: SchedulingDeps): Router {
  const router = Router();
  const podId = (params: unknown) => validate(PodIdParams, params, 'params').id;

  router.post('/pods/:id/slot-search', async (req, res) => {
    const id = podId(req.params);
    const body = validate(SlotSearchBody, req.body ?? {});
    res.json(SlotSearchResponse.parse(await searchPodSlots(deps, callerOf(req), id, body)));
  });
  router.post('/pods/:id/sessions', async (req, res) => {
    const id = podId(req.params);
    const body = validate(BookSessionBody, req.body);
    const booked = await bookPodSession(deps, callerOf(req), id, body);
    res.status(booked.created ? 201 : 200).json(PodSessionsResponse.parse(booked));
  });
  router.get('/pods/:id/sessions', async (req, res) => {
    res.json(PodSessionsResponse.parse(await listPodSessions(deps, callerOf(req), podId(req.params))));
  });
  router.get('/pods/:id/sessions/conflicts', async (req, res) => {
    res.json(
      SessionConflictsResponse.parse(await listSessionConflicts(deps, callerOf(req), podId(req.params))),
    );
  });
  router.post('/pods/:id/sessions/occurrences/:date/move', async (req, res) => {
    const { id, date } = validate(OccurrenceDateParams, req.params, 'params');
    const body = validate(MoveOccurrenceBody, req.body ?? {});
    res.json(MoveOccurrenceResponse.parse(await moveOccurrence(deps, callerOf(req), id, date, body)));
  });
  router.post('/cohorts/:id/schedule', async (req, res) => {
    const { id } = validate(CohortIdParams, req.params, 'params');
    const started = await startCohortScheduling(deps, callerOf(req), id);
    res.status(202).location(`/api/jobs/${started.jobId}`).json(StartJobResponse.parse(started));
  });
  router.get('/jobs/:id', async (req, res) => {
    const { id } = validate(JobIdParams, req.params, 'params');
    res.json(JobProgressResponse.parse(await getJobProgress(deps, callerOf(req), id)));
  });
  return router;
}
