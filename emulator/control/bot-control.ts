import { Router } from 'express';
import { z } from 'zod';
import { PEERPODS_APP_NAME, PEERPODS_BOT_ID } from '../demo-tenant';
import { teamsUserId } from '../bot/bot-failures';
import { activityToken } from '../bot/bot-framework-router';
import type { EmulatorCore } from '../emulator-core';

// `audience` lets tests sign a token for another bot, which the bot under test must reject.
const ActivityTokenBody = z
  .object({ serviceUrl: z.string().url().optional(), audience: z.string().min(1).optional() })
  .optional();
const InstallBody = z.object({ teamId: z.string().min(1), installedBy: z.string().optional() });
const EndpointBody = z.object({ endpoint: z.string().url() });

/** Bot controls: inbound activity tokens, sent activities, the bot endpoint and simulated installs. */
export function createBotControlRouter(core: EmulatorCore): Router {
  const router = Router();

  router.post('/activity-token', async (req, res) => {
    const parsed = ActivityTokenBody.safeParse(req.body);
    if (!parsed.success)
      return void res.status(400).json({ error: 'invalid_request', message: parsed.error.message });
    const serviceUrl = parsed.data?.serviceUrl ?? core.serviceUrl();
    res.json({
      token: await activityToken(core.botKey, parsed.data?.audience ?? PEERPODS_BOT_ID, serviceUrl),
      serviceUrl,
    });
  });

  router.get('/activities', (req, res) => {
    const conversationId =
      typeof req.query.conversationId === 'string' ? req.query.conversationId : undefined;
    res.json({
      value: core.bot.activities.filter((a) => !conversationId || a.conversationId === conversationId),
      conversations: core.bot.conversations,
    });
  });
  router.delete('/activities', (_req, res) => {
    core.bot.clear();
    res.status(204).end();
  });

  router.get('/endpoint', (_req, res) => void res.json({ endpoint: core.bot.endpoint ?? null }));
  router.post('/endpoint', (req, res) => {
    const parsed = EndpointBody.safeParse(req.body);
    if (!parsed.success)
      return void res.status(400).json({ error: 'invalid_request', message: parsed.error.message });
    core.bot.endpoint = parsed.data.endpoint;
    res.json({ endpoint: core.bot.endpoint });
  });

  router.post('/install', async (req, res) => {
    const parsed = InstallBody.safeParse(req.body);
    if (!parsed.success)
      return void res.status(400).json({ error: 'invalid_request', message: parsed.error.message });
    const found = core.tenants.ofTeam(parsed.data.teamId);
    if (!found)
      return void res.status(404).json({ error: 'not_found', message: `No team '${parsed.data.teamId}'.` });
    const { tenant, team } = found;
    const endpoint = core.bot.endpoint;
    if (!endpoint)
      return void res.status(409).json({
        error: 'no_bot_endpoint',
        message: 'Set the bot endpoint first (POST /_emulator/bot/endpoint).',
      });
    const installer = tenant.people.find(parsed.data.installedBy ?? '') ?? tenant.org.people[0];
    const general = team.channels[0];
    if (!installer || !general) return void res.status(500).json({ error: 'seed_incomplete' });
    const serviceUrl = core.serviceUrl();
    const activity = {
      type: 'conversationUpdate',
      id: `f:${core.bot.nextId('')}`,
      timestamp: new Date(core.clock.now()).toISOString(),
      serviceUrl,
      channelId: 'msteams',
      from: { id: teamsUserId(installer.id), aadObjectId: installer.id, name: installer.displayName },
      recipient: { id: `28:${PEERPODS_BOT_ID}`, name: PEERPODS_APP_NAME },
      conversation: {
        isGroup: true,
        conversationType: 'channel',
        tenantId: tenant.id,
        id: general.id,
      },
      membersAdded: [{ id: `28:${PEERPODS_BOT_ID}` }],
      channelData: {
        team: { id: general.id, name: team.displayName, aadGroupId: team.id },
        eventType: 'teamMemberAdded',
        tenant: { id: tenant.id },
        settings: { selectedChannel: { id: general.id } },
      },
    };
    const token = await activityToken(core.botKey, PEERPODS_BOT_ID, serviceUrl);
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(activity),
      });
      res.json({
        status: response.status,
        body: await response.text(),
        conversationId: general.id,
        activity,
      });
    } catch (e) {
      res
        .status(502)
        .json({ error: 'bot_unreachable', message: e instanceof Error ? e.message : String(e), activity });
    }
  });

  return router;
}
