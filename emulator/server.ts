import type { AddressInfo } from 'node:net';
import express from 'express';
import type { SeededOrg } from './types';
import { BotState } from './bot/bot-state';
import { createBotFrameworkRouter } from './bot/bot-framework-router';
import { createConnectorRouter } from './bot/connector-router';
import { createCalendarRouter } from './calendar/calendar-router';
import { CalendarStore } from './calendar/calendar-store';
import { ControllableClock } from './clock';
import { createControlRouter } from './control/control-router';
import { DEMO_TENANT_ID, defaultGrant } from './demo-tenant';
import type { EmulatorCore } from './emulator-core';
import { createEntraRouter } from './entra/entra-router';
import { createSignInRouter } from './entra/sign-in-page';
import { createSigningKey } from './entra/signing-key';
import { TokenService } from './entra/token-service';
import { ChannelMessageStore } from './graph/channel-messages';
import { createGraphApp } from './graph/graph-app';
import { GraphAuth } from './graph/graph-auth';
import { defaultKnobs, mergeKnobs, type KnobsPatch } from './graph/knobs';
import { MailboxLimiter } from './graph/mailbox-limiter';
import { RequestStats } from './graph/request-stats';
import { createRouteContext } from './graph/route-context';
import { generateOrg } from './seed/generate-org';

export interface StartEmulatorOptions {
  /** 0 picks a free port. Default 4010. */
  port?: number;
  host?: string;
  seed?: number;
  size?: number;
  /** Start the clock frozen at this instant; by default it runs with real time. */
  now?: string;
  /** Where `POST /_emulator/bot/install` delivers conversationUpdate activities. */
  botEndpoint?: string;
  /** Latency per operation name, e.g. `{ getSchedule: 200, default: 0 }`. */
  latency?: Record<string, number>;
  throttling?: KnobsPatch['throttling'];
}

export interface RunningEmulator {
  url: string;
  org: SeededOrg;
  close(): Promise<void>;
}

/** Starts the local Microsoft 365 tenant: Entra, Graph v1.0, Bot Framework and the control API. */
export async function startEmulator(opts: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const host = opts.host ?? '127.0.0.1';
  const org = generateOrg({ seed: opts.seed, size: opts.size, tenantId: DEMO_TENANT_ID });
  const initialKnobs = () =>
    mergeKnobs(defaultKnobs(), { latencyMs: opts.latency, throttling: opts.throttling });
  const clock = new ControllableClock(opts.now);
  const [entraKey, botKey] = await Promise.all([
    createSigningKey('emulator-entra-1'),
    createSigningKey('emulator-botframework-1'),
  ]);
  let url = '';
  const publicUrl = () => url;
  const issuer = () => `${url}/${org.tenantId}/v2.0`;

  const stats = new RequestStats();
  const state = { grant: defaultGrant(), knobs: initialKnobs() };
  const limiter = new MailboxLimiter(clock, () => state.knobs);
  const auth = new GraphAuth(entraKey, clock, issuer, org.tenantId);
  const ctx = createRouteContext({
    tenantId: org.tenantId,
    clock,
    people: org.people,
    auth,
    limiter,
    knobs: () => state.knobs,
  });
  const tokens = new TokenService({
    key: entraKey,
    clock,
    tenantId: org.tenantId,
    issuer,
    grant: () => state.grant,
    findPerson: ctx.findPerson,
  });
  const core: EmulatorCore = {
    org,
    clock,
    get grant() {
      return state.grant;
    },
    set grant(grant) {
      state.grant = grant;
    },
    get knobs() {
      return state.knobs;
    },
    set knobs(knobs) {
      state.knobs = knobs;
    },
    stats,
    limiter,
    messages: new ChannelMessageStore(),
    calendar: new CalendarStore({ seed: org.seed, clock }),
    bot: new BotState(opts.botEndpoint),
    tokens,
    entraKey,
    botKey,
    ctx,
    publicUrl,
    serviceUrl: () => `${url}/botconnector/`,
    reset() {
      state.grant = defaultGrant();
      state.knobs = initialKnobs();
      clock.set(opts.now ?? Date.now(), opts.now !== undefined);
      stats.reset();
      limiter.reset();
      core.messages.clear();
      core.calendar.reset();
      core.bot.clear();
    },
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(createEntraRouter({ tenantId: org.tenantId, publicUrl, key: entraKey, tokens }));
  app.use(createSignInRouter({ people: () => org.people, findPerson: ctx.findPerson, tokens }));
  app.use(createBotFrameworkRouter({ key: botKey, publicUrl }));
  app.use(createConnectorRouter({ key: entraKey, clock, state: core.bot, serviceUrl: core.serviceUrl }));
  app.use('/_emulator', createControlRouter(core));
  app.use(
    '/v1.0',
    createGraphApp({
      ctx,
      stats,
      knobs: () => state.knobs,
      teams: () => org.teams,
      messages: core.messages,
      publicUrl,
      internalUrl: publicUrl,
      extraRoutes: [createCalendarRouter(ctx, core.calendar)],
    }),
  );

  const server = await new Promise<import('node:http').Server>((resolve, reject) => {
    const s = app.listen(opts.port ?? 4010, host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const address = server.address() as AddressInfo;
  url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    url,
    org,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
