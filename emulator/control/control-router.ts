import express, { Router, type Response } from 'express';
import { z } from 'zod';
import type { EmulatorCore } from '../emulator-core';
import { EntraError, sendEntraError } from '../entra/entra-errors';
import { KnobsPatch, mergeKnobs } from '../graph/knobs';
import { createBotControlRouter } from './bot-control';

const ClockBody = z.union([
  z.object({ now: z.iso.datetime({ offset: true }), frozen: z.boolean().optional() }),
  z.object({ advanceMs: z.number().int() }),
]);
const PermissionsBody = z.object({
  delegated: z.array(z.string()).optional(),
  application: z.array(z.string()).optional(),
});
const SsoTokenBody = z.union([
  z.object({ userId: z.string().min(1) }),
  z.object({ userPrincipalName: z.string().min(1) }),
]);

function badRequest(res: Response, error: z.ZodError): void {
  res.status(400).json({
    error: 'invalid_request',
    issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  });
}

/** Test and demo controls under /_emulator: people, knobs, stats, clock, permissions, reset, messages, tokens, bot. */
export function createControlRouter(core: EmulatorCore): Router {
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  router.get('/people', (_req, res) => {
    res.json({
      value: core.org.people.map((p) => ({
        id: p.id,
        name: p.displayName,
        upn: p.userPrincipalName,
        department: p.department,
        jobTitle: p.jobTitle,
        level: p.level,
        zone: p.ianaTimeZone,
        managerId: p.managerId,
      })),
    });
  });
  router.get('/org', (_req, res) => void res.json(core.org));

  router.get('/knobs', (_req, res) => void res.json(core.knobs));
  router.post('/knobs', (req, res) => {
    const parsed = KnobsPatch.safeParse(req.body);
    if (!parsed.success) return badRequest(res, parsed.error);
    core.knobs = mergeKnobs(core.knobs, parsed.data);
    res.json(core.knobs);
  });

  router.get('/stats', (_req, res) => void res.json(core.stats.snapshot()));
  router.post('/stats/reset', (_req, res) => void res.json(core.stats.reset()));
  router.delete('/stats', (_req, res) => void res.json(core.stats.reset()));

  const clockJson = () => ({ now: new Date(core.clock.now()).toISOString(), frozen: core.clock.frozen });
  router.get('/clock', (_req, res) => void res.json(clockJson()));
  router.post('/clock', (req, res) => {
    const parsed = ClockBody.safeParse(req.body);
    if (!parsed.success) return badRequest(res, parsed.error);
    if ('advanceMs' in parsed.data) core.clock.advance(parsed.data.advanceMs);
    else core.clock.set(parsed.data.now, parsed.data.frozen);
    res.json(clockJson());
  });

  router.get('/permissions', (_req, res) => void res.json(core.grant));
  router.post('/permissions', (req, res) => {
    const parsed = PermissionsBody.safeParse(req.body);
    if (!parsed.success) return badRequest(res, parsed.error);
    core.grant = {
      delegated: parsed.data.delegated ?? core.grant.delegated,
      application: parsed.data.application ?? core.grant.application,
    };
    res.json(core.grant);
  });

  router.post('/reset', (_req, res) => {
    core.reset();
    res.json({ reset: true, clock: clockJson() });
  });

  router.get('/teams', (_req, res) => void res.json({ value: core.org.teams }));
  router.get('/teams/:teamId/channels/:channelId/messages', (req, res) => {
    res.json({ value: core.messages.list(String(req.params.teamId), String(req.params.channelId)) });
  });

  router.post('/sso-token', async (req, res) => {
    const parsed = SsoTokenBody.safeParse(req.body);
    if (!parsed.success) return badRequest(res, parsed.error);
    const key = 'userId' in parsed.data ? parsed.data.userId : parsed.data.userPrincipalName;
    const person = core.ctx.findPerson(key);
    if (!person)
      return void res.status(404).json({ error: 'not_found', message: `No demo person '${key}'.` });
    try {
      res.json(await core.tokens.ssoToken(person));
    } catch (e) {
      if (e instanceof EntraError) return sendEntraError(res, e);
      throw e;
    }
  });

  router.use('/bot', createBotControlRouter(core));
  return router;
}
