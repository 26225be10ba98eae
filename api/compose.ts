import type { Application } from 'express';
import type { Logger } from 'pino';
import { createApp } from './app';
import { createGraphTokenProvider } from './auth/graph-tokens';
import { createSsoTokenValidator } from './auth/sso-token';
import type { Config } from './config';
import {
  cohortScheduleSender,
  startCohortScheduleWorker,
  type StoppableWorker,
} from './jobs/cohort-schedule-worker';
import type { JobQueue } from './jobs/queue';
import { startReminderJobs } from './jobs/session-reminders';
import { GraphCalendar } from './graph/calendar';
import { GraphChannelDirectory } from './graph/channel-directory';
import { GraphChannelPoster } from './graph/channel-poster';
import { GraphDirectory } from './graph/directory';
import { createGraphGateway, type GraphGateway } from './graph/graph-client';
import {
  systemClock,
  type BotConnector,
  type CalendarGateway,
  type ChannelDirectory,
  type ChannelPoster,
  type Directory,
  type SessionCards,
  type TokenProvider,
} from './ports';
import { tenantStorage, type Database } from './store';
import { tenantsReachableByBot } from './store/repositories/reminder-repository';
import { TeamsBotConnector } from './teams/bot-connector';
import { teamsSessionCards } from './teams/cards/session-cards';
import { createTeamsBot } from './teams/teams-bot';

/** The adapters built from config, shared by the HTTP app and the job workers. */
export interface Adapters {
  tokens: TokenProvider;
  graph: GraphGateway;
  directory: Directory;
  channels: ChannelPoster;
  channelDirectory: ChannelDirectory;
  calendar: CalendarGateway;
  /** Bot Connector token (client credentials, scope https://api.botframework.com/.default) from the configured authority. */
  botToken: () => Promise<string>;
  bot: BotConnector;
  /** The session loop's Adaptive Cards. */
  cards: SessionCards;
}

export function createAdapters(config: Config): Adapters {
  const tokens = createGraphTokenProvider({
    authorityHost: config.authorityHost,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
  });
  const graph = createGraphGateway({ baseUrl: config.graphBaseUrl, tokens });
  const botTokens = createGraphTokenProvider({
    ...credentialsOf(config),
    graphResource: BOT_FRAMEWORK_RESOURCE,
  });
  const botToken = () => botTokens.getAppToken(config.appTenantId);
  return {
    tokens,
    graph,
    directory: new GraphDirectory(graph),
    channels: new GraphChannelPoster(graph),
    channelDirectory: new GraphChannelDirectory(graph),
    calendar: new GraphCalendar(graph),
    botToken,
    bot: new TeamsBotConnector({ botId: config.botId, token: botToken }),
    cards: teamsSessionCards,
  };
}

const BOT_FRAMEWORK_RESOURCE = 'https://api.botframework.com';
const credentialsOf = (config: Config) => ({
  authorityHost: config.authorityHost,
  clientId: config.clientId,
  clientSecret: config.clientSecret,
});

/** The emulator's sign-in page when the authority is a local http one; production has none. */
export function localSignInUrl(config: Config): string | undefined {
  const authority = new URL(config.authorityHost);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(authority.hostname);
  if (authority.protocol !== 'http:' || !loopback) return undefined;
  return `${config.authorityHost}/signin?redirect_uri=${encodeURIComponent(`${config.publicUrl.replace(/\/$/, '')}/`)}`;
}

export interface ComposeOptions {
  config: Config;
  logger: Logger;
  database: Database;
  adapters: Adapters;
  /** True once migrations have run; readiness reports 503 before. */
  migrated: () => boolean;
  /** The job queue, when this process runs one: routes can then start background jobs. */
  queue?: JobQueue | undefined;
}

/** createApp with production wiring: the one place config, database and adapters meet the HTTP app. */
export function composeApp({
  config,
  logger,
  database,
  adapters,
  migrated,
  queue,
}: ComposeOptions): Application {
  const storage = tenantStorage(database.db);
  const bot = createTeamsBot(
    {
      botId: config.botId,
      appTenantId: config.appTenantId,
      openIdMetadataUrl: config.botOpenIdMetadataUrl,
      tokenIssuer: config.botTokenIssuer,
      botToken: adapters.botToken,
      logger,
    },
    {
      ...storage,
      clock: systemClock,
      logger,
      allowedTenantIds: config.allowedTenantIds,
      publicUrl: config.publicUrl,
    },
  );
  return createApp({
    logger,
    readiness: async () => {
      if (!migrated()) throw new Error('migrations have not run');
      await bot.ready;
      await database.ping();
    },
    validateToken: createSsoTokenValidator({
      authorityHost: config.authorityHost,
      clientId: config.clientId,
      allowedTenantIds: config.allowedTenantIds,
    }),
    ...storage,
    directory: adapters.directory,
    tabDistDir: config.tabDistDir,
    signInUrl: localSignInUrl(config),
    channels: adapters.channels,
    channelDirectory: adapters.channelDirectory,
    calendar: adapters.calendar,
    cards: adapters.cards,
    enqueueCohortSchedule: queue ? cohortScheduleSender(queue) : undefined,
    mountUnauthenticated: (app) => app.use(bot.router),
  });
}

/** Starts the background workers on the queue; stop() them before stopping the queue so runs end between pods. */
export async function startWorkers({
  config,
  database,
  adapters,
  queue,
  logger,
}: Omit<ComposeOptions, 'migrated'> & { queue: JobQueue }): Promise<StoppableWorker[]> {
  const storage = tenantStorage(database.db);
  const scheduling = {
    ...storage,
    calendar: adapters.calendar,
    directory: adapters.directory,
    clock: systemClock,
  };
  const reminders = { ...storage, bot: adapters.bot, cards: adapters.cards, clock: systemClock, logger };
  await startReminderJobs(queue, reminders, { tenants: () => tenantsReachableByBot(database.db) });
  return [await startCohortScheduleWorker(queue, scheduling, logger, config.schedulingBookingConcurrency)];
}
