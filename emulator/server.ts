import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type RequestHandler } from 'express';
import type { SeededOrg } from './types';
import { teamsUserId } from './bot/bot-failures';
import { BotState } from './bot/bot-state';
import { createBotFrameworkRouter } from './bot/bot-framework-router';
import { createConnectorRouter } from './bot/connector-router';
import { createCalendarRouter } from './calendar/calendar-router';
import { ControllableClock } from './clock';
import { createControlRouter } from './control/control-router';
import type { EmulatorCore } from './emulator-core';
import { createConsentRouter } from './entra/consent-page';
import { createEntraRouter } from './entra/entra-router';
import { createSignInRouter } from './entra/sign-in-page';
import { createSigningKey } from './entra/signing-key';
import { chaos } from './graph/chaos';
import { createGraphApp } from './graph/graph-app';
import { defaultKnobs, mergeKnobs, type KnobsPatch } from './graph/knobs';
import { LostAnswers, loseGraphAnswers } from './graph/lost-answer';
import { MailboxLimiter } from './graph/mailbox-limiter';
import { RequestStats } from './graph/request-stats';
import { openStateFile, type StateFile } from './state/state-file';
import { EmulatedTenant } from './tenants/emulated-tenant';
import { tenantDefinitions } from './tenants/tenant-definitions';
import { TenantRegistry } from './tenants/tenant-registry';

export interface StartEmulatorOptions {
  /** 0 picks a free port. Default 4010. */
  port?: number;
  host?: string;
  /** Seed and size of the demo tenant's organization. */
  seed?: number;
  size?: number;
  /** Start the clock frozen at this instant; by default it runs with real time. */
  now?: string;
  /** Where `POST /_emulator/bot/install` delivers conversationUpdate activities. */
  botEndpoint?: string;
  /** Latency per operation name, e.g. `{ getSchedule: 200, default: 0 }`. */
  latency?: Record<string, number>;
  throttling?: KnobsPatch['throttling'];
  /**
   * A folder to keep state in (events, messages, conversations, consents, scenarios, signing keys), so that a
   * restart finds what the last run left. Without it, state lives in memory only.
   */
  stateDir?: string;
}

export interface RunningEmulator {
  url: string;
  /** The demo tenant's organization. */
  org: SeededOrg;
  /** Every tenant's organization, the demo tenant first. */
  orgs: SeededOrg[];
  close(): Promise<void>;
}

/** Starts the local Microsoft 365 tenants: Entra, Graph v1.0, Bot Framework and the control API. */
export async function startEmulator(opts: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const host = opts.host ?? '127.0.0.1';
  const definitions = tenantDefinitions({ seed: opts.seed, size: opts.size });
  const state: StateFile | undefined = opts.stateDir
    ? await openStateFile(opts.stateDir, definitions)
    : undefined;
  const initialKnobs = () =>
    mergeKnobs(defaultKnobs(), { latencyMs: opts.latency, throttling: opts.throttling });
  const clock = new ControllableClock(opts.now);
  const keys = await Promise.all(
    definitions.map((d, i) => createSigningKey(`emulator-entra-${i + 1}`, {}, state?.saved?.keys[d.id])),
  );
  const botKey = await createSigningKey('emulator-botframework-1', {}, state?.saved?.keys.botframework);
  let url = '';
  const publicUrl = () => url;

  const stats = new RequestStats();
  const settings = { knobs: initialKnobs() };
  const knobs = () => settings.knobs;
  const limiter = new MailboxLimiter(clock, knobs);
  const tenants = new TenantRegistry(
    definitions.map((d, i) => new EmulatedTenant(d, keys[i]!, { clock, limiter, knobs, publicUrl })),
  );
  const lostAnswers = new LostAnswers(knobs);
  const bot = new BotState(opts.botEndpoint);
  const core: EmulatorCore = {
    tenants,
    org: tenants.home.org,
    clock,
    get knobs() {
      return settings.knobs;
    },
    set knobs(value) {
      settings.knobs = value;
    },
    stats,
    limiter,
    lostAnswers,
    bot,
    botKey,
    publicUrl,
    serviceUrl: () => `${url}/botconnector/`,
    reset() {
      settings.knobs = initialKnobs();
      clock.set(opts.now ?? Date.now(), opts.now !== undefined);
      stats.reset();
      limiter.reset();
      for (const tenant of tenants.all) tenant.reset();
      bot.reset();
    },
  };
  state?.restore(core);

  const people = new Map(
    tenants.all.flatMap((t) => t.org.people.map((p) => [teamsUserId(p.id), p.id] as const)),
  );
  const faults = { chaos: chaos(knobs), lostAnswers: loseGraphAnswers(lostAnswers) };
  const graphs = new Map(
    tenants.all.map((tenant) => [
      tenant.id,
      createGraphApp({
        ctx: tenant.ctx,
        stats,
        knobs,
        teams: () => tenant.org.teams,
        messages: tenant.messages,
        publicUrl,
        internalUrl: publicUrl,
        extraRoutes: [createCalendarRouter(tenant.ctx, tenant.calendar)],
        ...faults,
      }),
    ]),
  );

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  if (state) app.use(state.saveAfterWrites(core));
  app.use(
    createConsentRouter({ tenants, publicUrl, propagationMs: () => settings.knobs.consentPropagationMs }),
  );
  app.use(createEntraRouter({ tenants, publicUrl }));
  app.use(createSignInRouter({ tenants }));
  app.use(createBotFrameworkRouter({ key: botKey, publicUrl }));
  app.use(
    createConnectorRouter({
      key: tenants.home.key,
      clock,
      state: bot,
      serviceUrl: core.serviceUrl,
      personOfTeamsUser: (id) => people.get(id),
      lostAnswers,
    }),
  );
  app.use('/_emulator', createControlRouter(core));
  // Graph answers as the tenant that issued the caller's token.
  const graph: RequestHandler = (req, res, next) =>
    graphs.get(tenants.forBearer(req.get('authorization')).id)!(req, res, next);
  app.use('/v1.0', graph);

  const server = createServer(app);
  // Like the API: answers say an idle connection lasts 5 s, but it is kept for a minute, so a client whose busy
  // event loop runs its idle timer late never reuses a connection the emulator has just closed.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.prependListener('request', (_req, res) => res.setHeader('Keep-Alive', 'timeout=5'));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 4010, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    url,
    org: tenants.home.org,
    orgs: tenants.all.map((t) => t.org),
    close: async () => {
      await state?.flush(core);
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      });
    },
  };
}
