import { randomUUID } from 'node:crypto';
import express, { type Application } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { requireCaller, type SsoTokenValidator } from './auth/sso-token';
import { clientConfigRouter } from './http/client-config-router';
import { enrollmentsRouter } from './http/enrollments-router';
import { meRouter } from './http/me-router';
import { myPodsRouter } from './http/my-pods-router';
import { mountLegalPages } from './http/legal-pages';
import { mountTab } from './http/pages';
import { podsRouter } from './http/pods-router';
import { notFoundHandler, problemHandler } from './http/problem';
import { programsRouter } from './http/programs-router';
import { resultsRouter } from './http/results-router';
import { schedulingRouter } from './http/scheduling-router';
import { sessionsRouter } from './http/sessions-router';
import {
  systemClock,
  type CalendarGateway,
  type ChannelDirectory,
  type ChannelPoster,
  type Clock,
  type Directory,
  type SessionCards,
  type Storage,
} from './ports';
import type { EnqueueCohortSchedule } from './use-cases/scheduling/scheduling-deps';

export interface AppDeps extends Storage {
  logger: Logger;
  /** Resolves when the app can serve: database answers and migrations are done. Rejects otherwise. */
  readiness: () => Promise<void>;
  validateToken: SsoTokenValidator;
  directory: Directory;
  /** Defaults to the system clock. */
  clock?: Clock;
  /** Posts session summaries to program channels, as the closing member. */
  channels: ChannelPoster;
  /** Reads Teams channels, to check a program's summary channel exists before binding it. */
  channelDirectory: ChannelDirectory;
  /** Calendars through Graph: free/busy, pod series, invite responses, moves. */
  calendar: CalendarGateway;
  /** The session summary card posted to channels. */
  cards: SessionCards;
  /** Queues cohort scheduling; absent when this process runs no job queue. */
  enqueueCohortSchedule?: EnqueueCohortSchedule | undefined;
  /** Built tab to serve; the placeholder page is shown without it. */
  tabDistDir?: string | undefined;
  /** The emulator's sign-in page, linked from the placeholder page offline. */
  signInUrl?: string | undefined;
  /** Mounts routes that carry their own auth (the bot's /api/messages) ahead of the SSO-protected API. */
  mountUnauthenticated?: (app: Application) => void;
}

const JSON_BODY_LIMIT = '100kb';
const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Where Teams and Microsoft 365 hosts may frame the tab. */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.microsoft365.com',
];

/** The Express app with every route and middleware wired; the caller listens. */
export function createApp(deps: AppDeps): Application {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 1);

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'frame-ancestors': FRAME_ANCESTORS,
          // teams-js fetches the list of valid Teams host origins from Microsoft's CDN when the tab starts.
          'connect-src': ["'self'", 'https://res.cdn.office.net'],
        },
      },
      // X-Frame-Options cannot name several hosts and would block Teams; frame-ancestors above governs framing.
      frameguard: false,
      // Teams SSO fallbacks and the sign-in consent open popups that must keep their opener.
      crossOriginOpenerPolicy: { policy: 'same-origin-allow-popups' },
    }),
  );
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      // Only the request line: headers carry tokens and bodies carry confidential text.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (req, res) => {
    try {
      await deps.readiness();
      res.json({ status: 'ready' });
    } catch (err) {
      req.log.warn({ err }, 'not ready');
      res.status(503).json({ status: 'not ready' });
    }
  });

  app.use('/api', express.json({ limit: JSON_BODY_LIMIT }));
  deps.mountUnauthenticated?.(app);
  app.use('/api', clientConfigRouter({ signInUrl: deps.signInUrl }));

  const api = express.Router();
  api.use(requireCaller(deps.validateToken));
  const clock = deps.clock ?? systemClock;
  const storage: Storage = { store: deps.store, transact: deps.transact };
  const people = { ...storage, directory: deps.directory };
  const programs = { ...people, channelDirectory: deps.channelDirectory, clock };
  const sessions = { ...storage, clock, channels: deps.channels, cards: deps.cards };
  const scheduling = {
    ...people,
    calendar: deps.calendar,
    clock,
    enqueue: deps.enqueueCohortSchedule,
  };
  api.use(meRouter(people));
  api.use(myPodsRouter(sessions));
  api.use(programsRouter(programs));
  api.use(enrollmentsRouter(programs));
  api.use(podsRouter({ ...storage, clock }));
  api.use(sessionsRouter(sessions));
  api.use(resultsRouter({ ...storage, calendar: deps.calendar, clock }));
  api.use(schedulingRouter(scheduling));
  api.use(notFoundHandler());
  app.use('/api', api);

  mountLegalPages(app);
  mountTab(app, deps.tabDistDir, deps.signInUrl);
  app.use(problemHandler());
  return app;
}
