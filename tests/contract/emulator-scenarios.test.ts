import { scenarioPerson } from '../../emulator/seed/scenario-people';
import type { EmulatorPerson } from '../../emulator/types';
import {
  graphFailure,
  startEmulatorGraphSession,
  type EmulatorGraphSession,
} from '../fixtures/emulator-graph-session';

interface ScheduleInformation {
  scheduleId: string;
  availabilityView: string;
  scheduleItems: { status: string; start: { dateTime: string } }[];
  workingHours: { startTime: string; daysOfWeek: string[]; timeZone: Record<string, unknown> };
  error?: { responseCode: string };
}

let session: EmulatorGraphSession;
beforeAll(async () => {
  session = await startEmulatorGraphSession();
});
afterAll(() => session.close());
beforeEach(() => session.control('/reset'));

const utc = (dateTime: string) => ({ dateTime, timeZone: 'UTC' });

async function schedule(addresses: string[], start: string, end: string): Promise<ScheduleInformation[]> {
  const answer = (await session.app.api(`/users/${session.people[0]!.id}/calendar/getSchedule`).post({
    schedules: addresses,
    startTime: utc(start),
    endTime: utc(end),
    availabilityViewInterval: 60,
  })) as { value: ScheduleInformation[] };
  return answer.value;
}

async function scenario(person: EmulatorPerson, body: object): Promise<Response> {
  return fetch(`${session.emulator.url}/_emulator/people/${person.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const org = () => session.emulator.org;

describe('emulator scenarios (control API and seeded people)', () => {
  it('when working hours and a zone are stated for a person, then mailboxSettings and getSchedule answer them', async () => {
    const person = session.people[4]!;
    const res = await scenario(person, {
      workingHours: { daysOfWeek: ['tuesday', 'thursday'], startTime: '07:30', endTime: '12:00' },
      timeZone: 'Tokyo Standard Time',
      mailboxTimeZone: 'Tokyo Standard Time',
    });
    expect(res.status).toBe(200);
    const settings = (await session.app.api(`/users/${person.id}/mailboxSettings`).get()) as Record<
      string,
      unknown
    >;
    expect(settings).toMatchObject({
      timeZone: 'Tokyo Standard Time',
      workingHours: {
        daysOfWeek: ['tuesday', 'thursday'],
        startTime: '07:30:00.0000000',
        endTime: '12:00:00.0000000',
        timeZone: { name: 'Tokyo Standard Time' },
      },
    });
    const [info] = await schedule([person.mail], '2025-03-03T00:00:00', '2025-03-10T00:00:00');
    // Generated meetings now fall inside Tuesday and Thursday mornings, Tokyo time (UTC+9).
    for (const item of info!.scheduleItems.filter((i) => i.status !== 'Oof')) {
      const at = new Date(`${item.start.dateTime.slice(0, 23)}Z`);
      const tokyo = new Date(at.getTime() + 9 * 3_600_000);
      expect([2, 4]).toContain(tokyo.getUTCDay());
    }
  });

  it('when a control body is malformed or names no one, then 400 names the field, 404 the person', async () => {
    const bad = await scenario(session.people[4]!, {
      workingHours: { daysOfWeek: [], startTime: '9', endTime: 'x' },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain(
      'workingHours.daysOfWeek',
    );
    const nobody = await fetch(`${session.emulator.url}/_emulator/people/nobody@nowhere.example`);
    expect(nobody.status).toBe(404);
    expect((await scenario(session.people[4]!, { timeZone: 'Atlantis Standard Time' })).status).toBe(400);
  });

  it('when a person has a customTimeZone, then mailboxSettings and getSchedule carry the block, and the mailbox zone may say another', async () => {
    const dana = scenarioPerson(org(), 'custom-pacific');
    const settings = (await session.app.api(`/users/${dana.id}/mailboxSettings`).get()) as {
      timeZone: string;
      workingHours: { timeZone: Record<string, unknown> };
    };
    expect(settings.timeZone).toBe('India Standard Time');
    expect(settings.workingHours.timeZone).toEqual({
      '@odata.type': '#microsoft.graph.customTimeZone',
      bias: 480,
      name: 'Customized Time Zone',
      standardOffset: { time: '02:00:00.0000000', dayOccurrence: 1, dayOfWeek: 'sunday', month: 11, year: 0 },
      daylightOffset: {
        daylightBias: -60,
        time: '02:00:00.0000000',
        dayOccurrence: 2,
        dayOfWeek: 'sunday',
        month: 3,
        year: 0,
      },
    });
    const [info] = await schedule([dana.mail], '2025-03-03T00:00:00', '2025-03-04T00:00:00');
    expect(info!.workingHours.timeZone).toEqual(settings.workingHours.timeZone);
  });

  it('when a custom zone has rules no IANA zone has, then the generated day follows those rules across its own transition', async () => {
    // UTC+3:20 in standard time, +5:00 in daylight time from the second Sunday of October 2025 (the 12th).
    const anouk = scenarioPerson(org(), 'custom-unmatched');
    await scenario(anouk, { workingHours: { daysOfWeek: ['friday'], startTime: '09:00', endTime: '18:30' } });
    const before = await schedule([anouk.mail], '2025-10-10T00:00:00', '2025-10-11T00:00:00');
    const after = await schedule([anouk.mail], '2025-10-17T00:00:00', '2025-10-18T00:00:00');
    const earliest = (info: ScheduleInformation[]) =>
      Math.min(
        ...info[0]!.scheduleItems
          .filter((i) => i.status !== 'Oof')
          .map((i) => Date.parse(`${i.start.dateTime.slice(0, 23)}Z`) % 86_400_000),
      );
    // Working days start at 09:00 local: 05:40 UTC before the change, 04:00 UTC after it.
    expect(earliest(before)).toBeGreaterThanOrEqual((5 * 60 + 40) * 60_000);
    expect(earliest(after)).toBeGreaterThanOrEqual(4 * 3_600_000);
    expect(earliest(after)).toBeLessThan((5 * 60 + 40) * 60_000);
  });

  it('when mail differs from the UPN, then getSchedule and invites resolve the mail, and /users/{mail} is not a user', async () => {
    const mira = scenarioPerson(org(), 'renamed');
    expect(mira.mail).not.toBe(mira.userPrincipalName);
    const [byMail, byUpn] = await schedule(
      [mira.mail, mira.userPrincipalName],
      '2025-03-03T00:00:00',
      '2025-03-04T00:00:00',
    );
    expect(byMail!.error).toBeUndefined();
    expect(byUpn!.error?.responseCode).toBe('ErrorMailboxNotEnabledForRESTAPI');
    expect((await graphFailure(session.app.api(`/users/${mira.mail}`).get())).statusCode).toBe(404);
    expect(
      (await session.app.api(`/users/${mira.userPrincipalName}`).get()) as { mail: string },
    ).toMatchObject({
      mail: mira.mail,
    });
    const found = (await session.app.api('/users').filter(`mail eq '${mira.mail}'`).get()) as {
      value: { id: string }[];
    };
    expect(found.value.map((u) => u.id)).toEqual([mira.id]);
  });

  it('when a person mail is changed through the control API, then Graph answers to the new address only', async () => {
    const person = session.people[6]!;
    const before = person.mail;
    expect((await scenario(person, { mail: 'renamed.person@contoso-demo.example' })).status).toBe(200);
    const [now, old] = await schedule(
      ['renamed.person@contoso-demo.example', before],
      '2025-03-03T00:00:00',
      '2025-03-04T00:00:00',
    );
    expect(now!.error).toBeUndefined();
    expect(old!.error).toBeDefined();
    expect((await scenario(session.people[7]!, { mail: 'renamed.person@contoso-demo.example' })).status).toBe(
      409,
    );
  });

  it('when the organizer calendar allows no Teams meetings, then the create answers 201 with isOnlineMeeting false and no join URL', async () => {
    const wen = scenarioPerson(org(), 'no-teams');
    const calendar = (await session.app.api(`/users/${wen.id}/calendar`).get()) as Record<string, unknown>;
    expect(calendar).toMatchObject({
      allowedOnlineMeetingProviders: [],
      defaultOnlineMeetingProvider: 'unknown',
    });
    const event = (await session.app.api(`/users/${wen.id}/events`).post({
      subject: 'Pod session',
      start: utc('2025-03-16T12:00:00'),
      end: utc('2025-03-16T13:00:00'),
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
    })) as Record<string, unknown>;
    expect(event).toMatchObject({
      isOnlineMeeting: false,
      onlineMeetingProvider: 'unknown',
      onlineMeeting: null,
    });

    await scenario(wen, { allowedOnlineMeetingProviders: ['teamsForBusiness'] });
    const teams = (await session.app.api(`/users/${wen.id}/events`).post({
      subject: 'Pod session',
      start: utc('2025-03-23T12:00:00'),
      end: utc('2025-03-23T13:00:00'),
      isOnlineMeeting: true,
    })) as { onlineMeeting: { joinUrl: string } | null };
    expect(teams.onlineMeeting?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
  });

  it('when a person generated calendar is switched off, then only events made through Graph block their time', async () => {
    const person = session.people[8]!;
    expect(
      (await schedule([person.mail], '2025-03-03T00:00:00', '2025-03-10T00:00:00'))[0]!.availabilityView,
    ).toMatch(/[123]/);
    await scenario(person, { generatedCalendar: false });
    expect(
      (await schedule([person.mail], '2025-03-03T00:00:00', '2025-03-10T00:00:00'))[0]!.availabilityView,
    ).toMatch(/^0+$/);
    await session.app.api(`/users/${person.id}/events`).post({
      subject: 'Only this',
      start: utc('2025-03-04T10:00:00'),
      end: utc('2025-03-04T11:00:00'),
    });
    const [info] = await schedule([person.mail], '2025-03-04T09:00:00', '2025-03-04T12:00:00');
    expect(info!.availabilityView).toBe('020');
    expect(info!.scheduleItems.map((i) => i.status)).toEqual(['Busy']);
  });

  it('when the emulator is reset, then stated scenarios are undone', async () => {
    const person = session.people[9]!;
    await scenario(person, { generatedCalendar: false, mail: 'elsewhere@contoso-demo.example' });
    await session.control('/reset');
    const view = (await (await fetch(`${session.emulator.url}/_emulator/people/${person.id}`)).json()) as {
      mail: string;
      generatedCalendar: boolean;
    };
    expect(view).toMatchObject({ mail: person.userPrincipalName, generatedCalendar: true });
  });
});
