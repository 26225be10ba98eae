import type { Request, Response, Router } from 'express';
import { GraphError, type GraphRouteContext } from '../types';
import type { CalendarStore } from './calendar-store';
import { CancelBody, CreateEventBody, RespondBody, UpdateEventBody } from './event-body';
import type { ResponseType } from './event-model';
import { eventJson } from './event-json';
import { occurrencesBetween } from './event-occurrences';
import { matches, parseEventFilter, parseExpand } from './extended-properties';
import { cancelEvent, respondToEvent, updateEvent } from './event-updates';
import { mailboxCaller, page, parseBody, queryWindow, READ, responseZone, WRITE } from './route-support';

const RESPONSES: Record<string, ResponseType> = {
  accept: 'accepted',
  decline: 'declined',
  tentativelyAccept: 'tentativelyAccepted',
};

/** `$select` on events: the named properties, with id and the etag as Graph always includes them. */
function selected(req: Request): (json: Record<string, unknown>) => Record<string, unknown> {
  const raw = req.query.$select;
  if (typeof raw !== 'string' || !raw.trim()) return (json) => json;
  const names = new Set(['@odata.etag', 'id', ...raw.split(',').map((n) => n.trim())]);
  return (json) => Object.fromEntries(Object.entries(json).filter(([key]) => names.has(key)));
}

/** Event routes under a mailbox router (`/users/:userId` or `/me`). */
export function addEventRoutes(router: Router, ctx: GraphRouteContext, store: CalendarStore): void {
  const eventId = (req: Request) => String(req.params.eventId);

  const create = async (req: Request, res: Response) => {
    const { caller, person } = mailboxCaller(ctx, req, WRITE);
    const input = parseBody(CreateEventBody, req.body);
    const zone = responseZone(req, res);
    const json = await ctx.mailbox(caller, person.id, 'createEvent', () => {
      const event = store.createEvent(person, input, ctx.clock.now(), (a) => ctx.findByAddress(a));
      return eventJson(event, person, event.id, zone);
    });
    res.status(201).json(json);
  };
  router.post('/events', create);
  router.post('/calendar/events', create);

  router.get('/events', async (req, res) => {
    const { caller, person } = mailboxCaller(ctx, req, READ);
    const zone = responseZone(req, res);
    const filter = parseEventFilter(req.query.$filter);
    const expand = parseExpand(req.query.$expand);
    const select = selected(req);
    const all = await ctx.mailbox(caller, person.id, 'listEvents', () =>
      store
        .eventsOf(person.id)
        // Extended properties live on the item they were stamped on: the organizer's, not the invitees' copies.
        .filter((e) => !filter || (e.organizerId === person.id && matches(e.extendedProperties, filter)))
        .sort((a, b) => a.startMs - b.startMs)
        .map((e) => select(eventJson(e, person, store.copyIdFor(e, person.id), zone, undefined, expand))),
    );
    res.json(page(req, all));
  });

  router.get('/events/:eventId', async (req, res) => {
    const { caller, person } = mailboxCaller(ctx, req, READ);
    const zone = responseZone(req, res);
    const expand = parseExpand(req.query.$expand);
    const select = selected(req);
    const json = await ctx.mailbox(caller, person.id, 'getEvent', () => {
      const r = store.resolve(person.id, eventId(req));
      return select(eventJson(r.event, person, r.copyId, zone, r.occurrence, expand));
    });
    res.json(json);
  });

  router.patch('/events/:eventId', async (req, res) => {
    const { caller, person } = mailboxCaller(ctx, req, WRITE);
    const input = parseBody(UpdateEventBody, req.body);
    const zone = responseZone(req, res);
    const json = await ctx.mailbox(caller, person.id, 'updateEvent', () => {
      const resolved = store.resolve(person.id, eventId(req));
      updateEvent(store, resolved, input, ctx.clock.now(), (a) => ctx.findByAddress(a));
      const after = store.resolve(person.id, eventId(req));
      return eventJson(after.event, person, after.copyId, zone, after.occurrence);
    });
    res.json(json);
  });

  router.get('/events/:eventId/instances', async (req, res) => {
    const { caller, person } = mailboxCaller(ctx, req, READ);
    const { fromMs, toMs } = queryWindow(req);
    const zone = responseZone(req, res);
    const all = await ctx.mailbox(caller, person.id, 'listInstances', () => {
      const r = store.resolve(person.id, eventId(req));
      if (r.occurrence || !r.event.recurrence) {
        throw new GraphError(400, 'ErrorInvalidRequest', 'Instances can only be listed for a series master.');
      }
      const select = selected(req);
      return occurrencesBetween(r.event, fromMs, toMs).map((o) =>
        select(eventJson(r.event, person, r.copyId, zone, o)),
      );
    });
    res.json(page(req, all, 1000));
  });

  router.post('/events/:eventId/cancel', async (req, res) => {
    const { caller, person } = mailboxCaller(ctx, req, WRITE);
    parseBody(CancelBody, req.body);
    await ctx.mailbox(caller, person.id, 'cancelEvent', () => {
      cancelEvent(store, store.resolve(person.id, eventId(req)), ctx.clock.now());
    });
    res.status(202).end();
  });

  router.post('/events/:eventId/:action', async (req, res, next) => {
    const response = RESPONSES[String(req.params.action)];
    if (!response) return next();
    const { caller, person } = mailboxCaller(ctx, req, WRITE);
    parseBody(RespondBody, req.body);
    await ctx.mailbox(caller, person.id, 'respondEvent', () => {
      respondToEvent(store.resolve(person.id, eventId(req)), person, response, ctx.clock.now());
    });
    res.status(202).end();
  });
}
