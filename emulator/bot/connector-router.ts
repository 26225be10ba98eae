import express, { Router, type Request, type Response } from 'express';
import { BOT_FRAMEWORK_RESOURCE, PEERPODS_BOT_ID } from '../demo-tenant';
import { timeValidityError, type SigningKey } from '../entra/signing-key';
import type { LostAnswers } from '../graph/lost-answer';
import type { EmulatorClock } from '../types';
import { BOT_FAILURES, type BotFailure } from './bot-failures';
import type { BotState, RecordedActivity } from './bot-state';

export interface ConnectorDeps {
  /** Key of the app's home tenant, which issues the Bot Connector tokens. */
  key: SigningKey;
  clock: EmulatorClock;
  state: BotState;
  serviceUrl: () => string;
  /** The person a Teams user id (`29:…`) belongs to, in any tenant. */
  personOfTeamsUser: (teamsUserId: string) => string | undefined;
  lostAnswers: LostAnswers;
}

/**
 * The Bot Connector (v3) our bot sends to. It records every activity for tests to read, answers a person's 1:1
 * conversation with the failure set for them (403/404/412/429), and can lose the answer of work it did.
 */
export function createConnectorRouter(deps: ConnectorDeps): Router {
  const router = Router();
  router.use('/botconnector', express.json({ limit: '1mb' }), (req, res, next) => {
    if (authorized(req, deps)) return next();
    res.status(401).json({ message: 'Authorization has been denied for this request.' });
  });

  const now = () => new Date(deps.clock.now()).toISOString();
  const answer = (req: Request, res: Response, operation: string, status: number, body: object) => {
    if (!deps.lostAnswers.lose(operation)) return void res.status(status).json(body);
    deps.lostAnswers.fail(req, res, () =>
      res.status(504).json({ error: { code: 'ServiceError', message: 'Gateway Timeout' } }),
    );
  };
  const record = (req: Request, res: Response, entry: Omit<RecordedActivity, 'receivedAt'>, status = 201) => {
    const failure =
      entry.kind === 'delete'
        ? undefined
        : deps.state.failureFor(deps.state.members.get(entry.conversationId));
    if (failure) return refuse(res, failure);
    deps.state.activities.push({ ...entry, receivedAt: now() });
    answer(req, res, 'botSendActivity', status, { id: entry.activityId });
  };
  const activityBody = (req: Request) =>
    req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};

  router.post('/botconnector/v3/conversations', (req, res) => {
    const body = activityBody(req);
    const channelId = (body.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
    const members = Array.isArray(body.members) ? (body.members as { id?: unknown }[]) : [];
    const personId = channelId ? undefined : deps.personOfTeamsUser(String(members[0]?.id ?? ''));
    const failure = deps.state.failureFor(personId);
    // A conversation that does not exist yet cannot be "not found": creating it meets the other refusals only.
    if (failure && failure.code !== 'ConversationNotFound') return refuse(res, failure);
    const id = channelId ? `${channelId};messageid=${deps.state.nextId('')}` : `a:${deps.state.nextId('1')}`;
    deps.state.conversations.push({ id, createdAt: now(), request: body });
    if (personId) deps.state.members.set(id, personId);
    const response: Record<string, unknown> = { id, serviceUrl: deps.serviceUrl() };
    if (body.activity && typeof body.activity === 'object') {
      const activityId = deps.state.nextId('');
      deps.state.activities.push({
        conversationId: id,
        activityId,
        kind: 'create',
        receivedAt: now(),
        activity: body.activity as Record<string, unknown>,
      });
      response.activityId = activityId;
    }
    answer(req, res, 'botCreateConversation', 201, response);
  });

  router.post('/botconnector/v3/conversations/:conversationId/activities', (req, res) => {
    record(req, res, {
      conversationId: String(req.params.conversationId),
      activityId: deps.state.nextId('1'),
      kind: 'send',
      activity: activityBody(req),
    });
  });

  router.post('/botconnector/v3/conversations/:conversationId/activities/:activityId', (req, res) => {
    record(req, res, {
      conversationId: String(req.params.conversationId),
      activityId: deps.state.nextId('1'),
      replyToId: String(req.params.activityId),
      kind: 'reply',
      activity: activityBody(req),
    });
  });

  router.put('/botconnector/v3/conversations/:conversationId/activities/:activityId', (req, res) => {
    const entry = {
      conversationId: String(req.params.conversationId),
      activityId: String(req.params.activityId),
      kind: 'update' as const,
      activity: activityBody(req),
    };
    record(req, res, entry, 200);
  });

  router.delete('/botconnector/v3/conversations/:conversationId/activities/:activityId', (req, res) => {
    record(
      req,
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

/** The Bot Framework error response: `{ error: { code, message } }`, with Retry-After on 429. */
function refuse(res: Response, failure: BotFailure): void {
  const { status, message } = BOT_FAILURES[failure.code];
  if (status === 429) res.set('Retry-After', String(failure.retryAfterSeconds));
  res.status(status).json({ error: { code: failure.code, message } });
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
