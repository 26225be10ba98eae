import type { Application } from 'express';
import type { Logger } from 'pino';
import { createApp } from './app';
import { createGraphTokenProvider } from './auth/graph-tokens';
import { createSsoTokenValidator } from './auth/sso-token';
import type { Config } from './config';
import { GraphDirectory } from './graph/directory';
import { createGraphGateway, type GraphGateway } from './graph/graph-client';
import type { Directory, TokenProvider } from './ports';
import { scoped, type Database } from './store';

/** The adapters built from config, shared by the HTTP app and the job workers. */
export interface Adapters {
  tokens: TokenProvider;
  graph: GraphGateway;
  directory: Directory;
}

export function createAdapters(config: Config): Adapters {
  const tokens = createGraphTokenProvider({
    authorityHost: config.authorityHost,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
  });
  const graph = createGraphGateway({ baseUrl: config.graphBaseUrl, tokens });
  return { tokens, graph, directory: new GraphDirectory(graph) };
}

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
}

/** createApp with production wiring: the one place config, database and adapters meet the HTTP app. */
export function composeApp({ config, logger, database, adapters, migrated }: ComposeOptions): Application {
  return createApp({
    logger,
    readiness: async () => {
      if (!migrated()) throw new Error('migrations have not run');
      await database.ping();
    },
    validateToken: createSsoTokenValidator({
      authorityHost: config.authorityHost,
      clientId: config.clientId,
      allowedTenantIds: config.allowedTenantIds,
    }),
    directory: adapters.directory,
    store: (tenantId) => scoped(database.db, tenantId),
    transact: (tenantId, work) => database.db.transaction().execute((trx) => work(scoped(trx, tenantId))),
    tabDistDir: config.tabDistDir,
    signInUrl: localSignInUrl(config),
  });
}
