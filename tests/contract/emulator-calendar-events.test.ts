import type { Client } from '@microsoft/microsoft-graph-client';
import type { EmulatorPerson } from '../../emulator/types';
import {
  graphFailure,
  startEmulatorGraphSession,
  type EmulatorGraphSession,
} from '../fixtures/emulator-graph-session';

interface GraphEvent {
  id: string;
  type: string;
  subject: string;
  seriesMasterId: string | null;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  attendees: { emailAddress: { address: string }; status: { response: string } }[];
  responseStatus: { response: string };
  onlineMeeting: { joinUrl: string } | null;
  body: { content: string };
}

/** A property set GUID of our own, as an app names its extended properties. */
const PROPERTY_SET = '5f3b2a1c-7d4e-4f60-9a8b-0c1d2e3f4a5b';

let session: EmulatorGraphSession;
let organizer: EmulatorPerson;
let invitee: EmulatorPerson;
let other: EmulatorPerson;
beforeAll(async () => {
  session = await startEmulatorGraphSession();
  [organizer, invitee, other] = [session.people[5]!, session.people[6]!, session.people[7]!];
});
afterAll(() => session.close());
beforeEach(() => session.control('/reset'));

/** A six-session biweekly pod series on Mondays at 09:00 New York time, with a Teams meeting. */
function givenSeries(overrides: Record<string, unknown> = {}) {
  return {
    subject: 'Pod 7 session',
    body: { contentType: 'html', content: '<p>Peer coaching</p>' },
    start: { dateTime: '2025-03-03T09:00:00', timeZone: 'Eastern Standard Time' },
    end: { dateTime: '2025-03-03T10:00:00', timeZone: 'Eastern Standard Time' },
    attendees: [invitee, other].map((p) => ({
      emailAddress: { address: p.mail, name: p.displayName },
      type: 'required',
    })),
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    recurrence: {
      pattern: { type: 'weekly', interval: 2, daysOfWeek: ['monday'], firstDayOfWeek: 'sunday' },
      range: {
        type: 'numbered',
        startDate: '2025-03-03',
        numberOfOccurrences: 6,
        recurrenceTimeZone: 'Eastern Standard Time',
      },
    },
    ...overrides,
  };
}

const createSeries = async (overrides: Record<string, unknown> = {}) =>
  (await session.app.api(`/users/${organizer.id}/events`).post(givenSeries(overrides))) as GraphEvent;

async function instances(
  client: Client,
  user: string,
  masterId: string,
  prefer?: string,
): Promise<GraphEvent[]> {
  let request = client
    .api(`/users/${user}/events/${masterId}/instances`)
    .query({ startDateTime: '2025-03-01T00:00:00Z', endDateTime: '2025-06-01T00:00:00Z' });
  if (prefer) request = request.header('Prefer', prefer);
  return ((await request.get()) as { value: GraphEvent[] }).value;
}

async function inviteeSeriesCopy(client: Client): Promise<GraphEvent[]> {
  const view = (await client
    .api('/me/calendarView')
    .query({ startDateTime: '2025-03-01T00:00:00Z', endDateTime: '2025-05-30T00:00:00Z', $top: '1000' })
    .get()) as { value: GraphEvent[] };
  return view.value.filter((e) => e.subject === 'Pod 7 session');
}

describe('emulator events', () => {
  it('when a series is created, then it is a series master with a Teams join link and the organizer as organizer', async () => {
    const master = await createSeries();
    expect(master.type).toBe('seriesMaster');
    expect(master.responseStatus.response).toBe('organizer');
    expect(master.onlineMeeting?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(master.attendees.map((a) => a.status.response)).toEqual(['none', 'none']);
    expect(await instances(session.app, organizer.id, master.id)).toHaveLength(6);
  });

  it('when recurrence.range.startDate differs from the start date, then creation fails with 400', async () => {
    const failure = await graphFailure(
      createSeries({
        recurrence: {
          ...givenSeries().recurrence,
          range: { ...givenSeries().recurrence.range, startDate: '2025-03-04' },
        },
      }),
    );
    expect(failure.statusCode).toBe(400);
    expect(failure.message).toContain('startDate');
  });

  it('when a weekly pattern has no daysOfWeek, then creation fails with 400', async () => {
    const failure = await graphFailure(
      createSeries({ recurrence: { ...givenSeries().recurrence, pattern: { type: 'weekly', interval: 1 } } }),
    );
    expect(failure.statusCode).toBe(400);
  });

  it('when the same transactionId is posted twice, then the second answer is 400 ErrorDuplicateTransactionId and one series exists', async () => {
    await createSeries({ transactionId: 'pod-7-cohort-3' });
    const failure = await graphFailure(createSeries({ transactionId: 'pod-7-cohort-3' }));
    expect(failure.statusCode).toBe(400);
    expect(failure.code).toBe('ErrorDuplicateTransactionId');
    expect(failure.message).toContain('has already been used to create a different event');
    const list = (await session.app.api(`/users/${organizer.id}/events`).get()) as { value: GraphEvent[] };
    expect(list.value.filter((e) => e.subject === 'Pod 7 session')).toHaveLength(1);
  });

  it('when a series carries an extended property, then a $filter on it finds the series in the organizer mailbox only, and $expand reads it back', async () => {
    const property = { id: `String {${PROPERTY_SET}} Name PeerPodsSeries`, value: 'pod-7-cohort-3' };
    const master = await createSeries({
      transactionId: 'pod-7-cohort-3',
      singleValueExtendedProperties: [property],
    });
    await createSeries({ subject: 'Another series' });
    const filter = (user: string, value: string, client = session.app) =>
      client
        .api(`/users/${user}/events`)
        .filter(`singleValueExtendedProperties/Any(ep: ep/id eq '${property.id}' and ep/value eq '${value}')`)
        .get() as Promise<{ value: GraphEvent[] }>;

    expect((await filter(organizer.id, 'POD-7-COHORT-3')).value.map((e) => e.id)).toEqual([master.id]);
    expect((await filter(organizer.id, 'pod-8')).value).toEqual([]);
    expect((await filter(invitee.id, 'pod-7-cohort-3')).value).toEqual([]);
    const expanded = (await session.app
      .api(`/users/${organizer.id}/events/${master.id}`)
      .expand(`singleValueExtendedProperties($filter=id eq '${property.id}')`)
      .get()) as { singleValueExtendedProperties: { id: string; value: string }[] };
    expect(expanded.singleValueExtendedProperties).toEqual([property]);
  });

  it('when the Name of an extended property id differs in case, then the filter does not match', async () => {
    const id = `String {${PROPERTY_SET}} Name PeerPodsSeries`;
    await createSeries({ singleValueExtendedProperties: [{ id, value: 'x' }] });
    const other = id.replace('PeerPodsSeries', 'peerpodsseries');
    const found = (await session.app
      .api(`/users/${organizer.id}/events`)
      .filter(`singleValueExtendedProperties/Any(ep: ep/id eq '${other}' and ep/value eq 'x')`)
      .get()) as { value: GraphEvent[] };
    expect(found.value).toEqual([]);
  });

  it('when a series is created, then each invitee calendar shows the occurrences as unanswered invites', async () => {
    const master = await createSeries();
    const copies = await inviteeSeriesCopy(await session.as(invitee));
    expect(copies).toHaveLength(6);
    expect(copies.every((c) => c.type === 'occurrence' && c.responseStatus.response === 'notResponded')).toBe(
      true,
    );
    expect(copies[0]!.seriesMasterId).not.toBe(master.id);
  });

  it('when an invitee declines one occurrence, then the organizer sees that occurrence declined and the others unanswered', async () => {
    const master = await createSeries();
    const client = await session.as(invitee);
    const copies = await inviteeSeriesCopy(client);
    await client.api(`/me/events/${copies[2]!.id}/decline`).post({ comment: 'On leave', sendResponse: true });
    const responses = (await instances(session.app, organizer.id, master.id)).map(
      (o) => o.attendees.find((a) => a.emailAddress.address === invitee.mail)!.status.response,
    );
    expect(responses).toEqual(['none', 'none', 'declined', 'none', 'none', 'none']);
    expect(await inviteeSeriesCopy(client)).toHaveLength(5);
  });

  it('when instances is asked for without both dates, then it fails with 400', async () => {
    const master = await createSeries();
    const request = session.app
      .api(`/users/${organizer.id}/events/${master.id}/instances`)
      .query({ startDateTime: '2025-03-01T00:00:00Z' })
      .get();
    expect((await graphFailure(request)).statusCode).toBe(400);
  });

  it('when one occurrence is patched, then it becomes an exception and the other occurrences are untouched', async () => {
    const master = await createSeries();
    const before = await instances(session.app, organizer.id, master.id);
    await session.app.api(`/users/${organizer.id}/events/${before[1]!.id}`).patch({
      subject: 'Pod 7 session (moved)',
      start: { dateTime: '2025-03-18T14:00:00', timeZone: 'Eastern Standard Time' },
      end: { dateTime: '2025-03-18T15:00:00', timeZone: 'Eastern Standard Time' },
    });
    await session.app.api(`/users/${organizer.id}/events/${master.id}`).patch({ subject: 'Pod 7 check-in' });
    const after = await instances(
      session.app,
      organizer.id,
      master.id,
      'outlook.timezone="Eastern Standard Time"',
    );
    expect(after.map((o) => o.type)).toEqual([
      'occurrence',
      'exception',
      'occurrence',
      'occurrence',
      'occurrence',
      'occurrence',
    ]);
    expect(after[1]!.subject).toBe('Pod 7 session (moved)');
    expect(after[1]!.start.dateTime).toBe('2025-03-18T14:00:00.0000000');
    expect(
      after
        .filter((o) => o.type === 'occurrence')
        .every((o) => o.subject === 'Pod 7 check-in' && o.start.dateTime.endsWith('T09:00:00.0000000')),
    ).toBe(true);
  });

  it('when an occurrence is moved onto the day of the next one, then it fails with ErrorOccurrenceCrossingBoundary', async () => {
    const master = await createSeries();
    const [first] = await instances(session.app, organizer.id, master.id);
    const failure = await graphFailure(
      session.app.api(`/users/${organizer.id}/events/${first!.id}`).patch({
        start: { dateTime: '2025-03-17T11:00:00', timeZone: 'Eastern Standard Time' },
        end: { dateTime: '2025-03-17T12:00:00', timeZone: 'Eastern Standard Time' },
      }),
    );
    expect(failure.statusCode).toBe(400);
    expect(failure.code).toBe('ErrorOccurrenceCrossingBoundary');
  });

  it('when an invitee tries to cancel the meeting, then it is refused with 403', async () => {
    await createSeries();
    const client = await session.as(invitee);
    const [copy] = await inviteeSeriesCopy(client);
    const failure = await graphFailure(
      client.api(`/me/events/${copy!.seriesMasterId}/cancel`).post({ comment: 'No' }),
    );
    expect(failure.statusCode).toBe(403);
  });

  it('when the organizer cancels one occurrence, then instances and invitee calendars leave it out', async () => {
    const master = await createSeries();
    const before = await instances(session.app, organizer.id, master.id);
    await session.app
      .api(`/users/${organizer.id}/events/${before[3]!.id}/cancel`)
      .post({ comment: 'Holiday' });
    const after = await instances(session.app, organizer.id, master.id);
    expect(after.map((o) => o.id)).toEqual(before.filter((_, i) => i !== 3).map((o) => o.id));
    expect(await inviteeSeriesCopy(await session.as(invitee))).toHaveLength(5);
  });

  it('when the body is patched, then the online meeting is kept', async () => {
    const master = await createSeries();
    const patched = (await session.app
      .api(`/users/${organizer.id}/events/${master.id}`)
      .patch({ body: { contentType: 'html', content: '<p>Agenda</p>' } })) as GraphEvent;
    expect(patched.body.content).toBe('<p>Agenda</p>');
    expect(patched.onlineMeeting?.joinUrl).toBe(master.onlineMeeting?.joinUrl);
  });

  it('when a New York series spans the March daylight-saving change, then every occurrence stays at 09:00 local time', async () => {
    const master = await createSeries();
    const local = await instances(
      session.app,
      organizer.id,
      master.id,
      'outlook.timezone="Eastern Standard Time"',
    );
    expect(local.map((o) => o.start.dateTime.slice(11, 16))).toEqual(Array(6).fill('09:00'));
    const utc = await instances(session.app, organizer.id, master.id);
    expect(utc.map((o) => o.start.dateTime.slice(11, 16))).toEqual([
      '14:00',
      '13:00',
      '13:00',
      '13:00',
      '13:00',
      '13:00',
    ]);
    expect(utc[0]!.start.timeZone).toBe('UTC');
  });
});
