import { Router } from 'express';
import { callerOf } from '../auth/sso-token';
import { closeSession } from '../use-cases/sessions/close-session';
import type { SessionsDeps } from '../use-cases/sessions/sessions-deps';
import { getSessionAgenda } from '../use-cases/sessions/get-session-agenda';
import { getSessionNotes } from '../use-cases/sessions/get-session-notes';
import { recordCheckIn } from '../use-cases/sessions/record-check-in';
import { recordCheckOut } from '../use-cases/sessions/record-check-out';
import { getSessionFeedback, rateSession } from '../use-cases/sessions/session-feedback';
import {
  CheckInBody,
  CheckInResponse,
  CheckOutBody,
  CheckOutResponse,
  CloseSessionResponse,
  FeedbackBody,
  SessionAgendaResponse,
  SessionFeedbackResponse,
  SessionIdParams,
  SessionNotesResponse,
} from './schemas/sessions';
import { validate } from './validate';

/** `/sessions/{id}/…`: one meeting of a pod, for its members. Mounted under /api behind requireCaller. */
export function sessionsRouter(deps: SessionsDeps): Router {
  const router = Router();
  const idOf = (params: unknown) => validate(SessionIdParams, params, 'params').id;

  router.get('/sessions/:id/agenda', async (req, res) => {
    res.json(SessionAgendaResponse.parse(await getSessionAgenda(deps, callerOf(req), idOf(req.params))));
  });
  router.put('/sessions/:id/check-in', async (req, res) => {
    const id = idOf(req.params);
    const input = validate(CheckInBody, req.body);
    res.json(CheckInResponse.parse(await recordCheckIn(deps, callerOf(req), id, input)));
  });
  router.put('/sessions/:id/check-out', async (req, res) => {
    const id = idOf(req.params);
    const input = validate(CheckOutBody, req.body);
    res.json(CheckOutResponse.parse(await recordCheckOut(deps, callerOf(req), id, input)));
  });
  router.get('/sessions/:id/notes', async (req, res) => {
    res.json(SessionNotesResponse.parse(await getSessionNotes(deps, callerOf(req), idOf(req.params))));
  });
  router.post('/sessions/:id/close', async (req, res) => {
    res.json(CloseSessionResponse.parse(await closeSession(deps, callerOf(req), idOf(req.params))));
  });
  router.put('/sessions/:id/feedback', async (req, res) => {
    const id = idOf(req.params);
    const input = validate(FeedbackBody, req.body);
    res.json(SessionFeedbackResponse.parse(await rateSession(deps, callerOf(req), id, input)));
  });
  router.get('/sessions/:id/feedback', async (req, res) => {
    res.json(SessionFeedbackResponse.parse(await getSessionFeedback(deps, callerOf(req), idOf(req.params))));
  });
  return router;
}
