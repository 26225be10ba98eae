import express, { type Request, type Response, type Router } from 'express';
import type { EmulatorPerson, GraphRouteContext } from '../types';
import { CalendarStore, showAsFor } from './calendar-store';
import { backgroundEventJson, eventJson } from './event-json';
import { occurrencesBetween } from './event-occurrences';
import { addEventRoutes } from './event-routes';
import { GetScheduleBody, scheduleInformation, scheduleRequest } from './get-schedule';
import { mailboxCaller, page, parseBody, queryWindow, READ, responseZone } from './route-support';

/**
 * Graph calendar routes, relative to the Graph root (mount under /v1.0). Pass the store to keep a handle
 * for reset; by default it is seeded from the tenant id.
 */
export function createCalendarRouter(
  ctx: GraphRouteContext,
  store = new CalendarStore({ seed: ctx.tenantId, clock: ctx.clock }),
): Router {
  const mailbox = express.Router({ mergeParams: true });
  mailbox.use(express.json({ limit: '4mb' }));

  // getSchedule is one request to the mailbox in its URL, so Outlook's per-app-per-mailbox limits count it
  // there once, however many schedules it names (the limits are per request to a user's mailbox).
  mailbox.post('/calendar/getSchedule', async (req: Request, res: Response) => {
    const { caller, person } = mailboxCaller(ctx, req, READ);
    const request = scheduleRequest(parseBody(GetScheduleBody, req.body));
    const zone = responseZone(req, res);
    const value = await ctx.mailbox(caller, person.id, 'getSchedule', () =>
      request.schedules.map((address) =>
        scheduleInformation(store, address, ctx.findByAddress(address), request, zone),
      ),
    );
    res.json({
      '@odata.context':
        'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)',
      value,
    });
  });

  // The default calendar: which online meeting providers its events may use.
  mailbox.get('/calendar', async (req: Request, res: Response) => {
    const { caller, person } = mailboxCaller(ctx, req, READ);
    const json = await ctx.mailbox(caller, person.id, 'getCalendar', () => calendarJson(person));
    res.json(json);
  });

  const calendarView = async (req: Request, res: Response) => {
    const { caller, person } = mailboxCaller(ctx, req, READ);
    const { fromMs, toMs } = queryWindow(req);
    const zone = responseZone(req, res);
    const all = await ctx.mailbox(caller, person.id, 'calendarView', () => {
      const stored = store.eventsOf(person.id).flatMap((event) =>
        occurrencesBetween(event, fromMs, toMs)
          .filter((o) => showAsFor(event, person, o) !== undefined)
          .map((o) => ({
            startMs: o.startMs,
            json: eventJson(event, person, store.copyIdFor(event, person.id), zone, o),
          })),
      );
      const background = store
        .backgroundFor(person, fromMs, toMs)
        .map((i) => ({ startMs: i.startMs, json: backgroundEventJson(i, person, zone) }));
      return [...stored, ...background].sort((a, b) => a.startMs - b.startMs).map((x) => x.json);
    });
    res.json(page(req, all));
  };
  mailbox.get('/calendarView', calendarView);
  mailbox.get('/calendar/calendarView', calendarView);

  addEventRoutes(mailbox, ctx, store);

  const router = express.Router();
  router.use('/users/:userId', mailbox);
  router.use('/me', mailbox);
  return router;
}

/** Graph's calendar resource for a person's default calendar. */
function calendarJson(person: EmulatorPerson): Record<string, unknown> {
  const allowed = person.allowedOnlineMeetingProviders ?? ['teamsForBusiness'];
  return {
    id: `AAMkAGI2TG93AAA${person.id.replace(/-/g, '').slice(0, 20)}=`,
    name: 'Calendar',
    color: 'auto',
    hexColor: '',
    isDefaultCalendar: true,
    changeKey: 'nfZyf7VcrEKLNoU37KWlkQAAA0x0+w==',
    canShare: true,
    canViewPrivateItems: true,
    canEdit: true,
    allowedOnlineMeetingProviders: [...allowed],
    defaultOnlineMeetingProvider: allowed.includes('teamsForBusiness') ? 'teamsForBusiness' : 'unknown',
    isTallyingResponses: true,
    isRemovable: false,
    owner: { name: person.displayName, address: person.mail },
  };
}
