import express, { Router, type RequestHandler } from 'express';
import type { EmulatorTeam, GraphRouteContext } from '../types';
import { createBatchRouter } from './batch-router';
import type { ChannelMessageStore } from './channel-messages';
import { graphErrorHandler, graphNotFound, graphRequestIds } from './graph-errors';
import type { Knobs } from './knobs';
import { operationScope } from './operation-scope';
import type { RequestStats } from './request-stats';
import { createTeamsRouter } from './teams-router';
import { createUsersRouter } from './users-router';

export interface GraphAppDeps {
  ctx: GraphRouteContext;
  stats: RequestStats;
  knobs: () => Knobs;
  teams: () => readonly EmulatorTeam[];
  messages: ChannelMessageStore;
  /** Base URL used in links handed to clients (nextLink, @odata.context). */
  publicUrl: () => string;
  /** Where $batch dispatches its requests: this server. */
  internalUrl: () => string;
  /** Extra Graph routes mounted after the core ones (the calendar). */
  extraRoutes: Router[];
  /** Random 429/503/timeouts (chaos knobs), shared by every tenant. */
  chaos: RequestHandler;
  /** Lost answers (lostAnswer knobs), shared by every tenant. */
  lostAnswers: RequestHandler;
}

/** Graph v1.0: request ids, statistics, chaos, the route modules and Graph's error envelope. */
export function createGraphApp(deps: GraphAppDeps): Router {
  const graph = Router();
  graph.use(graphRequestIds);
  graph.use(operationScope(deps.stats));
  graph.use(express.json({ limit: '4mb' }));
  // The batch envelope itself is not subject to chaos; each of its requests is.
  graph.use((req, res, next) => (req.path === '/$batch' ? next() : deps.chaos(req, res, next)));
  graph.use(deps.lostAnswers);
  graph.use(createBatchRouter(deps.internalUrl));
  graph.use(createUsersRouter(deps.ctx, deps.publicUrl));
  graph.use(
    createTeamsRouter(deps.ctx, { teams: deps.teams, messages: deps.messages, publicUrl: deps.publicUrl }),
  );
  for (const routes of deps.extraRoutes) graph.use(routes);
  graph.use(graphNotFound);
  graph.use(graphErrorHandler);
  return graph;
}
