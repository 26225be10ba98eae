import express, { Router, type Request, type Response } from 'express';
import { BOT_FRAMEWORK_RESOURCE, PEERPODS_BOT_ID } from '../demo-tenant';
import { timeValidityError, type SigningKey } from '../entra/signing-key';
import type { EmulatorClock } from '../types';
import type { BotState, RecordedActivity } from './bot-state';

/** The Bot Connector (v3) our bot replies to; it records every activity for tests to read. */
export function createConnectorRouter(deps: {
  key: SigningKey;
  clock: EmulatorClock;
  state: BotState;
  serviceUrl: () => string;
}): Router {
  const router = Router();
  router.use('/botconnector', express.json({ limit: '1mb' }), (req, res, next) => {
    if (authorized(req, deps)) return next();
    res.status(401).json({ message: 'Authorization has been denied for this request.' });
  });

  const record = (res: Response, entry: Omit<RecordedActivity, 'receivedAt'>, status = 201) => {
    deps.state.activities.push({ ...entry, receivedAt: new Date(deps.clock.now()).toISOString() });
    res.status(status).json({ id: entry.activityId });
  };
  const activityBody = (req: Request) =>
    req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};

  router.post('/botconnector/v3/conversations', (req, res) => {
    const body = activityBody(req);
    const channelId = (body.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
    const id = channelId ? `${channelId};messageid=${deps.state.nextId('')}` : `a:${deps.state.nextId('1')}`;
    deps.state.conversations.push({ id, createdAt: new Date(deps.clock.now()).toISOString(), request: body });
    const response: Record<string, unknown> = { id, serviceUrl: deps.serviceUrl() };
    if (body.activity && typeof body.activity === 'object') {
      const activityId = deps.state.nextId('');
      deps.state.activities.push({
        conversationId: id,
        activityId,
        kind: 'create',
        receivedAt: new Date(deps.clock.now()).toISOString(),
        activity: body.activity as Record<string, unknown>,
      });
      response.activityId = activityId;
    }
    res.status(201).json(response);
  });

  router.post('/botconnector/v3/conversations/:conversationId/activities', (req, res) => {
    record(res, {
      conversationId: String(req.params.conversationId),
      activityId: deps.state.nextId('1'),
      kind: 'send',
      activity: activityBody(req),
    });
  });

  router.post('/botconnector/v3/conversations/:conversationId/activities/:activityId', (req, res) => {
    const replyToId = String(req.params.activityId);
    record(res, {
      conversationId: String(req.params.conversationId),
      activityId: deps.state.nextId('1'),
      replyToId,
      kind: 'reply',
      activity: activityBody(req),
    });
  });

  router.put('/botconnector/v3/conversations/:conversationId/activities/:activityId', (req, res) => {
    record(
      res,
      {
        conversationId: String(req.params.conversationId),
        activityId: String(req.params.activityId),
        kind: 'update',
        activity: activityBody(req),
      },
      200,
    );
  });

  router.delete('/botconnector/v3/conversations/:conversationId/activities/:activityId', (req, res) => {
    record(
      res,
      {
        conversationId: String(req.params.conversationId),
        activityId: String(req.params.activityId),
        kind: 'delete',
        activity: {},
      },
      200,
    );
  });

  return router;
}

/** Only Bot Connector tokens from our token endpoint, for our bot, unexpired on the emulator clock. */
function authorized(req: Request, deps: { key: SigningKey; clock: EmulatorClock }): boolean {
  const token = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
  if (!token) return false;
  const verified = deps.key.verify(token);
  if ('error' in verified) return false;
  const claims = verified.payload;
  return (
    claims.aud === BOT_FRAMEWORK_RESOURCE &&
    claims.appid === PEERPODS_BOT_ID &&
    timeValidityError(claims, deps.clock.now()) === null
  );
}
