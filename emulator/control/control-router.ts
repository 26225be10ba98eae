import express, { Router } from 'express';
import { z } from 'zod';
import type { EmulatorCore } from '../emulator-core';
import { EntraError, sendEntraError } from '../entra/entra-errors';
import { KnobsPatch, mergeKnobs } from '../graph/knobs';
import { createBotControlRouter } from './bot-control';
import { badRequest, notFound } from './control-body';
import { createPeopleControlRouter, personView } from './people-control';
import { createTenantControlRouter } from './tenant-control';

const ClockBody = z.union([
  z.object({ now: z.iso.datetime({ offset: true }), frozen: z.boolean().optional() }),
  z.object({ advanceMs: z.number().int() }),
]);
const SsoTokenBody = z.union([
  z.object({ userId: z.string().min(1) }),
  z.object({ userPrincipalName: z.string().min(1) }),
]);

/**
 * Test and demo controls under /_emulator: tenants, people and their scenarios, knobs, stats, clock, permissions
 * and consents, reset, messages, tokens, bot. `?tenant=` (id or domain) picks a tenant; the default is the home one.
 */
export function createControlRouter(core: EmulatorCore): Router {
  const router = Router();
  router.use(express.json({ limit: '1mb' }));
  const tenantOf = (req: express.Request) =>
    core.tenants.byId(typeof req.query.tenant === 'string' ? req.query.tenant : undefined);

  router.get('/people', (req, res) => {
    const tenant = tenantOf(req);
    if (!tenant) return notFound(res, 'No such tenant.');
    res.json({ value: tenant.org.people.map((p) => personView(core, tenant, p)) });
  });
  router.get('/org', (req, res) => {
    const tenant = tenantOf(req);
    if (!tenant) return notFound(res, 'No such tenant.');
    res.json(tenant.org);
  });
  router.use(createPeopleControlRouter(core));
  router.use(createTenantControlRouter(core));

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

  router.post('/reset', (_req, res) => {
    core.reset();
    res.json({ reset: true, clock: clockJson() });
  });

  router.get('/teams', (req, res) => {
    const tenant = tenantOf(req);
    if (!tenant) return notFound(res, 'No such tenant.');
    res.json({ value: tenant.org.teams });
  });
  router.get('/teams/:teamId/channels/:channelId/messages', (req, res) => {
    const found = core.tenants.ofTeam(String(req.params.teamId));
    const teamId = found?.team.id ?? String(req.params.teamId);
    res.json({ value: found ? found.tenant.messages.list(teamId, String(req.params.channelId)) : [] });
  });

  router.post('/sso-token', async (req, res) => {
    const parsed = SsoTokenBody.safeParse(req.body);
    if (!parsed.success) return badRequest(res, parsed.error);
    const key = 'userId' in parsed.data ? parsed.data.userId : parsed.data.userPrincipalName;
    const found = core.tenants.ofPerson(key);
    if (!found) return notFound(res, `No person '${key}'.`);
    try {
      res.json(await found.tenant.tokens.ssoToken(found.person));
    } catch (e) {
      if (e instanceof EntraError) return sendEntraError(res, e);
      throw e;
    }
  });

  router.use('/bot', createBotControlRouter(core));
  return router;
}
