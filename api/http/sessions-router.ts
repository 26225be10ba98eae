import { Router } from 'express';
import { callerOf } from '../auth/sso-token';
import { closeSession } from '../use-cases/sessions/close-session';
import { getSessionAgenda } from '../use-cases/sessions/get-session-agenda';
import { getSessionNotes } from '../use-cases/sessions/get-session-notes';
import { recordCheckIn } from '../use-cases/sessions/record-check-in';
import { recordCheckOut } from '../use-cases/sessions/record-check-out';
import { getSessionFeedback, rateSession } from '../use-cases/sessions/session-feedback';
import type { SessionsDeps } from '../use-cases/sessions/sessions-deps';
import {
  CheckInBody,
  CheckOutBody,
  FeedbackBody,
  SessionIdParams,
  type SessionFeedback,
} from './schemas/sessions';
import { validate } from './validate';
import { toAgendaView, toCheckInView, toCheckOutView, toCloseView, toNotesView } from './views/session-views';

/** `/sessions/{id}/…`: one meeting of a pod, for its members. Mounted under /api behind requireCaller. */
export function sessionsRouter(deps: SessionsDeps): Router {
  const router = Router();
  const idOf = (params: unknown) => validate(SessionIdParams, params, 'params').id;

  router.get('/sessions/:id/agenda', async (req, res) => {
    res.json(toAgendaView(await getSessionAgenda(deps, callerOf(req), idOf(req.params))));
  });
  router.put('/sessions/:id/check-in', async (req, res) => {
    const id = idOf(req.params);
    const input = validate(CheckInBody, req.body);
    res.json(toCheckInView(await recordCheckIn(deps, callerOf(req), id, input)));
  });
  router.put('/sessions/:id/check-out', async (req, res) => {
    const id = idOf(req.params);
    const input = validate(CheckOutBody, req.body);
    res.json(toCheckOutView(await recordCheckOut(deps, callerOf(req), id, input)));
  });
  router.get('/sessions/:id/notes', async (req, res) => {
    res.json(toNotesView(await getSessionNotes(deps, callerOf(req), idOf(req.params))));
  });
  router.post('/sessions/:id/close', async (req, res) => {
    res.json(toCloseView(await closeSession(deps, callerOf(req), idOf(req.params))));
  });
  router.put('/sessions/:id/feedback', async (req, res) => {
    const id = idOf(req.params);
    const input = validate(FeedbackBody, req.body);
    const view: SessionFeedback = await rateSession(deps, callerOf(req), id, input);
    res.json(view);
  });
  router.get('/sessions/:id/feedback', async (req, res) => {
    const view: SessionFeedback = await getSessionFeedback(deps, callerOf(req), idOf(req.params));
    res.json(view);
  });
  return router;
}
