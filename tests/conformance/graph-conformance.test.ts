import { UpstreamError } from '../../api/errors';
import { GraphCalendar } from '../../api/graph/calendar';
import { GraphChannelPoster } from '../../api/graph/channel-poster';
import { GraphDirectory } from '../../api/graph/directory';
import { createGraphGateway } from '../../api/graph/graph-client';
import type { Acting } from '../../api/ports';
import { scenarioPerson } from '../../emulator/seed/scenario-people';
import type { EmulatorPerson } from '../../emulator/types';
import { startEmulatorSession, type EmulatorSession } from '../fixtures/emulator-session';
import { divergences } from './documented-shape';
import { startDocumentedServer, type DocumentedServer } from './documented-server';
import { createRecurringEvent, getEventSelected, listInstances } from './fixtures/events';
import { getScheduleConcept, getScheduleReference } from './fixtures/get-schedule';
import {
  channelMessagePosted,
  graphError,
  mailboxSettings,
  mailboxSettingsWithCustomZone,
  workingHoursInCustomZone,
} from './fixtures/mailbox-messages-errors';

/**
 * Each answer as Microsoft documents it is fed through PeerPods' Graph adapters, and the emulator's answer to the
 * same request is compared with it: a member the documentation shows that the emulator leaves out, or gives
 * another type, fails.
 */
let docs: DocumentedServer;
let emu: EmulatorSession;
let appToken: string;
const app: Acting = { as: 'app', tenantId: 'fixture-tenant' };

beforeAll(async () => {
  [docs, emu] = await Promise.all([startDocumentedServer(), startEmulatorSession({ seed: 17, size: 40 })]);
  appToken = await emu.appToken();
});
afterAll(async () => {
  await docs.close();
  await emu.close();
});

function documentedAdapters() {
  const graph = createGraphGateway({
    baseUrl: `${docs.url}/v1.0`,
    tokens: { getAppToken: async () => 'documented', getOnBehalfOfToken: async () => 'documented' },
    retry: { maxAttempts: 1 },
  });
  return {
    calendar: new GraphCalendar(graph),
    directory: new GraphDirectory(graph),
    channels: new GraphChannelPoster(graph),
  };
}

async function emulator(path: string, init: RequestInit & { token?: string; prefer?: string } = {}) {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${init.token ?? appToken}`);
  if (init.prefer) headers.set('Prefer', init.prefer);
  if (init.body) headers.set('content-type', 'application/json');
  const res = await fetch(`${emu.url}/v1.0${path}`, { ...init, headers });
  return { status: res.status, body: (await res.json()) as unknown };
}

const person = (i: number): EmulatorPerson => emu.org.people[i]!;

describe('the shape comparison', () => {
  it('when a documented member is missing or of another type, then it is reported', () => {
    expect(divergences({ a: 1, b: { c: 'x' }, d: [{ e: true }] }, { a: 1, b: { c: 2 }, d: [{}] })).toEqual([
      '$.b.c: documented a string, answered a number',
      '$.d[0].e: documented, missing',
    ]);
  });
});

describe('getSchedule', () => {
  const body = (people: EmulatorPerson[]) =>
    JSON.stringify({
      schedules: people.map((p) => p.mail),
      startTime: { dateTime: '2025-03-03T09:00:00', timeZone: 'Pacific Standard Time' },
      endTime: { dateTime: '2025-03-07T18:00:00', timeZone: 'Pacific Standard Time' },
      availabilityViewInterval: 60,
    });

  it(`when ${getScheduleReference.page} (lower-case statuses, a customTimeZone) is read, then busy and tentative items and both zones come through`, async () => {
    docs.answer(getScheduleReference);
    const [ana, ben] = await documentedAdapters().calendar.getSchedules(
      app,
      ['ana@fixture.example', 'ben@fixture.example'],
      Date.UTC(2019, 2, 15, 16),
      Date.UTC(2019, 2, 16, 1),
    );
    expect(ana!.busy.map((b) => b.status)).toEqual(['busy']);
    expect(ana!.busy[0]!.start).toBe(Date.UTC(2019, 2, 15, 19));
    expect(ana!.workingHours).toMatchObject({
      start: '08:00',
      end: '17:00',
      timeZone: 'America/Los_Angeles',
    });
    expect(ben!.busy.map((b) => b.status)).toEqual(['busy', 'tentative']);
    expect(ben!.workingHours?.timeZone).toBeTruthy();
  });

  it(`when ${getScheduleConcept.page} (Pascal-case statuses) is read, then its items block time rather than vanish`, async () => {
    docs.answer(getScheduleConcept);
    const [cara] = await documentedAdapters().calendar.getSchedules(
      app,
      ['cara@fixture.example'],
      Date.UTC(2018, 7, 6, 16),
      Date.UTC(2018, 7, 7, 1),
    );
    expect(cara!.busy.map((b) => b.status)).toEqual(['tentative', 'busy']);
  });

  it('when the emulator is asked the same, then it answers in both documented shapes', async () => {
    const dana = scenarioPerson(emu.org, 'custom-pacific');
    const answer = await emulator(`/users/${person(1).id}/calendar/getSchedule`, {
      method: 'POST',
      prefer: 'outlook.timezone="Pacific Standard Time"',
      body: body([person(1), dana]),
    });
    expect(answer.status).toBe(getScheduleReference.status);
    expect(divergences(getScheduleReference.body, answer.body)).toEqual([]);
    const concept = await emulator(`/users/${person(1).id}/calendar/getSchedule`, {
      method: 'POST',
      prefer: 'outlook.timezone="Pacific Standard Time"',
      body: body([dana]),
    });
    expect(divergences(getScheduleConcept.body, concept.body)).toEqual([]);
    const statuses = (concept.body as { value: { scheduleItems: { status: string }[] }[] }).value[0]!
      .scheduleItems;
    expect(statuses.every((s) => /^[A-Z]/.test(s.status))).toBe(true);
  });
});

describe('events', () => {
  const series = (organizer: EmulatorPerson, attendee: EmulatorPerson) => ({
    subject: 'Pod session',
    body: { contentType: 'HTML', content: 'Check in, hot seats, check out.' },
    start: { dateTime: '2025-09-01T12:00:00', timeZone: 'Pacific Standard Time' },
    end: { dateTime: '2025-09-01T14:00:00', timeZone: 'Pacific Standard Time' },
    location: { displayName: 'Room 4' },
    attendees: [{ emailAddress: { address: attendee.mail, name: attendee.displayName }, type: 'required' }],
    recurrence: {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] },
      range: { type: 'endDate', startDate: '2025-09-01', endDate: '2025-12-29' },
    },
    transactionId: `conformance-${organizer.id}`,
  });

  it(`when ${createRecurringEvent.page} is the answer to a create, then PeerPods reads a series master without a meeting link`, async () => {
    docs.answer(createRecurringEvent);
    const event = await documentedAdapters().calendar.createSeries(app, 'fixture-user', {
      subject: 'Pod session',
      bodyHtml: '<p>Check in</p>',
      start: Date.UTC(2017, 8, 4, 19),
      end: Date.UTC(2017, 8, 4, 21),
      timeZone: 'America/Los_Angeles',
      recurrence: { intervalWeeks: 1, count: 6 },
      attendees: [{ address: 'ben@fixture.example', name: 'Ben Ortiz' }],
      transactionId: 'fixture-transaction',
    });
    expect(event).toMatchObject({ id: 'AAMkADQwMD', type: 'seriesMaster', joinUrl: null });
    expect(event.recurrence).toMatchObject({
      intervalWeeks: 1,
      daysOfWeek: ['monday'],
      startDate: '2017-09-04',
    });
  });

  it('when the emulator creates, gets and lists the same series, then it answers in the documented shapes', async () => {
    const [organizer, attendee] = [person(5), person(6)];
    const created = await emulator(`/users/${organizer.id}/events`, {
      method: 'POST',
      prefer: 'outlook.timezone="Pacific Standard Time"',
      body: JSON.stringify(series(organizer, attendee)),
    });
    expect(created.status).toBe(createRecurringEvent.status);
    expect(divergences(createRecurringEvent.body, created.body)).toEqual([]);
    const id = (created.body as { id: string }).id;

    const select = 'subject,body,bodyPreview,organizer,attendees,start,end,location,hideAttendees';
    const got = await emulator(`/users/${organizer.id}/events/${id}?$select=${select}`);
    expect(got.status).toBe(getEventSelected.status);
    expect(divergences(getEventSelected.body, got.body)).toEqual([]);
    expect(Object.keys(got.body as object).sort()).toEqual(
      ['@odata.etag', 'id', ...select.split(',')].sort(),
    );

    const window = 'startDateTime=2025-09-01T00:00:00Z&endDateTime=2025-09-30T00:00:00Z';
    const listed = await emulator(
      `/users/${organizer.id}/events/${id}/instances?${window}&$select=subject,bodyPreview,seriesMasterId,type,recurrence,start,end`,
    );
    expect(divergences(listInstances.body, listed.body)).toEqual([]);
  });

  it(`when an event (user-post-events) and ${listInstances.page} are read, then PeerPods reads the event and the sorted occurrences`, async () => {
    const adapters = documentedAdapters();
    docs.answer(createRecurringEvent);
    expect(await adapters.calendar.getEvent(app, 'fixture-user', 'AAMkADQwMD')).toMatchObject({
      type: 'seriesMaster',
    });
    docs.answer(listInstances);
    const occurrences = await adapters.calendar.listInstances(app, 'fixture-user', 'AAMkAGUzYRgWAAA=', 0, 1);
    expect(occurrences.map((o) => o.type)).toEqual(['occurrence', 'exception', 'occurrence']);
    expect(occurrences.map((o) => o.start)).toEqual(
      [...occurrences.map((o) => o.start)].sort((a, b) => a - b),
    );
  });
});

describe('mailboxSettings', () => {
  it(`when ${mailboxSettings.page} is read, then the mailbox zone and working hours come through in IANA form`, async () => {
    docs.answer(mailboxSettings);
    const settings = await documentedAdapters().directory.getMailboxSettings(app, 'fixture-user');
    expect(settings).toEqual({
      timeZone: 'UTC',
      workingHours: {
        days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        start: '08:00',
        end: '17:00',
        timeZone: 'America/Los_Angeles',
      },
    });
  });

  it('when the working hours are in a customTimeZone, then PeerPods reads their days and hours', async () => {
    docs.answer(mailboxSettingsWithCustomZone);
    const settings = await documentedAdapters().directory.getMailboxSettings(app, 'fixture-user');
    expect(settings.workingHours).toMatchObject({ start: '09:00', end: '18:30' });
    expect(settings.workingHours.days).toHaveLength(6);
  });

  it('when the emulator is asked for mailbox settings and for working hours in a custom zone, then it answers in the documented shapes', async () => {
    const settings = await emulator(`/users/${person(3).id}/mailboxSettings`);
    expect(divergences(mailboxSettings.body, settings.body)).toEqual([]);
    const anouk = scenarioPerson(emu.org, 'custom-unmatched');
    const hours = await emulator(`/users/${anouk.id}/mailboxSettings/workingHours`);
    expect(divergences(workingHoursInCustomZone.body, hours.body)).toEqual([]);
    expect(hours.body).toMatchObject({ timeZone: { bias: -200, daylightOffset: { daylightBias: -100 } } });
  });
});

describe('channel messages', () => {
  it(`when ${channelMessagePosted.page} is the answer to a post, then PeerPods reads the message id`, async () => {
    docs.answer(channelMessagePosted);
    const caller = {
      tenantId: 'fixture-tenant',
      userId: 'u',
      upn: 'u@fixture.example',
      name: 'U',
      token: 't',
    };
    const posted = await documentedAdapters().channels.postCard(
      { as: 'user', caller },
      { teamId: 'fixture-team', channelId: '19:fixture@thread.tacv2' },
      { type: 'AdaptiveCard', version: '1.4', body: [] },
    );
    expect(posted.messageId).toBe('1616990032035');
  });

  it('when the emulator takes the same post, then it answers in the documented shape', async () => {
    const author = person(7);
    const team = emu.org.teams[0]!;
    const channel = team.channels[0]!;
    const answer = await emulator(`/teams/${team.id}/channels/${encodeURIComponent(channel.id)}/messages`, {
      method: 'POST',
      token: await emu.delegatedToken(author),
      body: JSON.stringify({
        body: { contentType: 'html', content: '<attachment id="a1"></attachment>' },
        attachments: [
          {
            id: 'a1',
            contentType: 'application/vnd.microsoft.card.adaptive',
            content: '{"type":"AdaptiveCard"}',
          },
        ],
      }),
    });
    expect(answer.status).toBe(channelMessagePosted.status);
    expect(divergences(channelMessagePosted.body, answer.body)).toEqual([]);
  });
});

describe('the error envelope', () => {
  it(`when ${graphError.page} is the answer, then PeerPods keeps its status, code and request id`, async () => {
    docs.answer(graphError);
    const failure = await documentedAdapters()
      .calendar.getEvent(app, 'fixture-user', 'gone')
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UpstreamError);
    expect((failure as UpstreamError).upstream).toMatchObject({
      service: 'graph',
      status: 404,
      code: 'ErrorItemNotFound',
      requestId: '5f0b2c1e-0000-4000-8000-000000000001',
    });
  });

  it('when the emulator cannot find an event, then its error answers in the documented envelope', async () => {
    const answer = await emulator(`/users/${person(5).id}/events/AAMkAGnothere`);
    expect(answer.status).toBe(404);
    expect(divergences(graphError.body, answer.body)).toEqual([]);
  });

  it('when the envelope writes innererror in lower case (the error resource type), then the request id is still kept', async () => {
    docs.answer({
      ...graphError,
      body: {
        error: { code: 'ErrorItemNotFound', message: 'x', innererror: { 'request-id': 'lower-case-id' } },
      },
    });
    const failure = (await documentedAdapters()
      .calendar.getEvent(app, 'fixture-user', 'gone')
      .catch((e: unknown) => e)) as UpstreamError;
    expect(failure.upstream.requestId).toBe('lower-case-id');
  });
});

describe('working hours and times read through the emulator', () => {
  it('when PeerPods reads a person through the emulator, then the adapters accept every answer', async () => {
    const graph = createGraphGateway({
      baseUrl: `${emu.url}/v1.0`,
      tokens: { getAppToken: async () => appToken, getOnBehalfOfToken: async () => appToken },
    });
    const calendar = new GraphCalendar(graph);
    const dana = scenarioPerson(emu.org, 'custom-pacific');
    const [info] = await calendar.getSchedules(app, [dana.mail], Date.UTC(2025, 2, 3), Date.UTC(2025, 2, 8));
    expect(info!.error).toBeUndefined();
    expect(info!.busy.length).toBeGreaterThan(0);
    expect(info!.workingHours?.start).toBe('08:00');
    const settings = await new GraphDirectory(graph).getMailboxSettings(app, dana.id);
    // The mailbox still names India; the working hours' own rules are US Pacific.
    expect(settings.timeZone).toMatch(/^Asia\/(Kolkata|Calcutta)$/);
    expect(settings.workingHours.timeZone).not.toMatch(/^Asia\//);
  });
});
