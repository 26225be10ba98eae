import type { EmulatorPerson } from '../../emulator/types';
import {
  graphFailure,
  startEmulatorGraphSession,
  type EmulatorGraphSession,
} from '../fixtures/emulator-graph-session';

interface ScheduleItem {
  status: string;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
}
interface ScheduleInformation {
  scheduleId: string;
  availabilityView: string;
  scheduleItems: ScheduleItem[];
  workingHours?: { timeZone: { name: string } };
  error?: { responseCode: string; message: string };
}

let session: EmulatorGraphSession;
beforeAll(async () => {
  session = await startEmulatorGraphSession();
});
afterAll(() => session.close());
beforeEach(() => session.control('/reset'));

const at = (iso: string, timeZone = 'UTC') => ({ dateTime: iso, timeZone });

function scheduleBody(people: (EmulatorPerson | string)[], start: string, end: string, interval?: number) {
  return {
    schedules: people.map((p) => (typeof p === 'string' ? p : p.mail)),
    startTime: at(start),
    endTime: at(end),
    ...(interval === undefined ? {} : { availabilityViewInterval: interval }),
  };
}

async function getSchedule(body: object, prefer?: string): Promise<ScheduleInformation[]> {
  let request = session.app.api(`/users/${session.people[0]!.id}/calendar/getSchedule`);
  if (prefer) request = request.header('Prefer', prefer);
  return ((await request.post(body)) as { value: ScheduleInformation[] }).value;
}

/** The view recomputed from the items, independently of the emulator's own code (statuses in Pascal case). */
function viewFromItems(items: ScheduleItem[], startMs: number, endMs: number, minutes: number): string {
  const rank = ['Free', 'WorkingElsewhere', 'Tentative', 'Busy', 'Oof'];
  const digit: Record<string, string> = {
    Free: '0',
    WorkingElsewhere: '4',
    Tentative: '1',
    Busy: '2',
    Oof: '3',
  };
  let view = '';
  for (let t = startMs; t < endMs; t += minutes * 60_000) {
    const covering = items.filter(
      (i) =>
        Date.parse(`${i.start.dateTime.slice(0, 23)}Z`) < t + minutes * 60_000 &&
        Date.parse(`${i.end.dateTime.slice(0, 23)}Z`) > t,
    );
    const worst =
      covering.map((i) => i.status).sort((a, b) => rank.indexOf(b) - rank.indexOf(a))[0] ?? 'Free';
    view += digit[worst];
  }
  return view;
}

describe('emulator getSchedule', () => {
  it('when 21 schedules are asked for, then Graph answers 400', async () => {
    const people = session.people.slice(0, 21);
    expect(people).toHaveLength(21);
    expect(
      (await graphFailure(getSchedule(scheduleBody(people, '2025-03-03T00:00:00', '2025-03-04T00:00:00'))))
        .statusCode,
    ).toBe(400);
    expect(
      await getSchedule(scheduleBody(people.slice(0, 20), '2025-03-03T00:00:00', '2025-03-04T00:00:00')),
    ).toHaveLength(20);
  });

  it('when the window is 62 days or more, then Graph answers 400, and just under 62 days is accepted', async () => {
    const person = session.people[1]!;
    expect(
      (await graphFailure(getSchedule(scheduleBody([person], '2025-03-01T00:00:00', '2025-05-02T00:00:00'))))
        .statusCode,
    ).toBe(400);
    const [info] = await getSchedule(
      scheduleBody([person], '2025-03-01T00:00:00', '2025-05-01T23:00:00', 60),
    );
    expect(info!.availabilityView).toHaveLength(61 * 24 + 23);
  });

  it.each([4, 1441])('when availabilityViewInterval is %i, then Graph answers 400', async (interval) => {
    const failure = await graphFailure(
      getSchedule(scheduleBody([session.people[1]!], '2025-03-03T00:00:00', '2025-03-04T00:00:00', interval)),
    );
    expect(failure.statusCode).toBe(400);
  });

  it('when an address is unknown, then its entry carries an error and the others are answered', async () => {
    const known = session.people[1]!;
    const value = await getSchedule(
      scheduleBody(
        [known, 'nobody@nowhere.example', 'not-an-address'],
        '2025-03-03T00:00:00',
        '2025-03-04T00:00:00',
      ),
    );
    expect(value.map((v) => v.scheduleId)).toEqual([known.mail, 'nobody@nowhere.example', 'not-an-address']);
    expect(value[0]!.error).toBeUndefined();
    expect(value[0]!.availabilityView).toHaveLength(48);
    expect(value[1]!.error?.responseCode).toBe('ErrorMailboxNotEnabledForRESTAPI');
    expect(value[2]!.error?.responseCode).toBe('ErrorInvalidSmtpAddress');
  });

  it('when the interval defaults, then availabilityView has one digit per 30 minutes and agrees with scheduleItems', async () => {
    const people = session.people.slice(1, 6);
    const start = Date.UTC(2025, 2, 3);
    const end = Date.UTC(2025, 2, 10);
    const value = await getSchedule(scheduleBody(people, '2025-03-03T00:00:00', '2025-03-10T00:00:00'));
    for (const info of value) {
      expect(info.availabilityView).toHaveLength(7 * 48);
      expect(info.availabilityView).toMatch(/[123]/);
      expect(info.availabilityView).toBe(viewFromItems(info.scheduleItems, start, end, 30));
      expect(info.scheduleItems.every((i) => i.start.timeZone === 'UTC')).toBe(true);
    }
  });

  it('when Prefer names a time zone, then item times come back in it and match the UTC answer', async () => {
    const person = session.people[2]!;
    const body = scheduleBody([person], '2025-03-03T00:00:00', '2025-03-05T00:00:00');
    const [utc] = await getSchedule(body);
    const [india] = await getSchedule(body, 'outlook.timezone="India Standard Time"');
    expect(india!.scheduleItems.length).toBe(utc!.scheduleItems.length);
    expect(india!.scheduleItems.length).toBeGreaterThan(0);
    india!.scheduleItems.forEach((item, i) => {
      expect(item.start.timeZone).toBe('India Standard Time');
      const shifted = Date.parse(`${item.start.dateTime.slice(0, 23)}Z`) - 330 * 60_000;
      expect(shifted).toBe(Date.parse(`${utc!.scheduleItems[i]!.start.dateTime.slice(0, 23)}Z`));
    });
    expect(india!.availabilityView).toBe(utc!.availabilityView);
  });

  it('when the app lacks every calendar permission, then getSchedule answers 403', async () => {
    await session.control('/permissions', { application: ['User.Read.All'] });
    const app = await session.freshApp();
    const person = session.people[1]!;
    const request = app
      .api(`/users/${person.id}/calendar/getSchedule`)
      .post(scheduleBody([person], '2025-03-03T00:00:00', '2025-03-04T00:00:00'));
    const failure = await graphFailure(request);
    expect(failure.statusCode).toBe(403);
  });

  it('when a meeting is created, then it blocks the organizer, shows as tentative for an invitee until they answer, and not at all once declined', async () => {
    const [organizer, invitee] = [session.people[3]!, session.people[4]!];
    // Sunday noon UTC is a weekend day in every seeded zone, so the background calendar is empty there.
    const event = (await session.app.api(`/users/${organizer.id}/events`).post({
      subject: 'Pod session',
      start: at('2025-03-16T12:00:00'),
      end: at('2025-03-16T13:00:00'),
      attendees: [{ emailAddress: { address: invitee.mail }, type: 'required' }],
    })) as { id: string };
    const view = async () =>
      (
        await getSchedule(
          scheduleBody([organizer, invitee], '2025-03-16T11:00:00', '2025-03-16T14:00:00', 60),
        )
      ).map((v) => v.availabilityView);
    expect(await view()).toEqual(['020', '010']);
    const inviteeClient = await session.as(invitee);
    const copies = (await inviteeClient
      .api('/me/calendarView')
      .query({ startDateTime: '2025-03-16T00:00:00Z', endDateTime: '2025-03-17T00:00:00Z' })
      .get()) as { value: { id: string; subject: string }[] };
    const copy = copies.value.find((e) => e.subject === 'Pod session')!;
    expect(copy.id).not.toBe(event.id);
    await inviteeClient.api(`/me/events/${copy.id}/accept`).post({ sendResponse: true });
    expect(await view()).toEqual(['020', '020']);
    await inviteeClient.api(`/me/events/${copy.id}/decline`).post({ comment: 'Away', sendResponse: true });
    expect(await view()).toEqual(['020', '000']);
  });
});
