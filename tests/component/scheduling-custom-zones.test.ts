import { PodSessionsResponse, SlotSearchResponse, type SlotView } from '../../api/http/schemas/scheduling';
import { scenarioPerson } from '../../emulator/seed/scenario-people';
import type { EmulatorPerson } from '../../emulator/types';
import { referenceCustomZone } from '../fixtures/reference-zones';
import { appGraph, givenCohort, nineToFive, peopleWhere } from '../fixtures/scheduling-cohort';
import { startTestStack, type TestStack } from '../fixtures/test-stack';

const DAY_MS = 86_400_000;

/** Four weekly sessions from 1 March 2027: US clocks change on the 14th, Kiri's custom zone on the 13th. */
const START_DATE = '2027-03-01';

describe('organizers whose working hours are in a customTimeZone', () => {
  let stack: TestStack;
  let graph: Awaited<ReturnType<typeof appGraph>>;

  beforeAll(async () => {
    stack = await startTestStack();
    graph = await appGraph(stack.emulatorUrl);
  });
  afterAll(async () => {
    await stack?.close();
  });

  const post = async (person: EmulatorPerson, path: string, body: unknown) =>
    stack.api(path, {
      method: 'POST',
      token: await stack.signIn(person.userPrincipalName),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  async function searchAndBook(organizer: EmulatorPerson, others: EmulatorPerson[]) {
    const { podIds } = await givenCohort(stack.database.db, {
      owner: others.at(-1)!,
      pods: [[organizer, ...others]],
      cadence: 'weekly',
      sessionCount: 4,
      startDate: START_DATE,
      settings: { maxConflictedOccurrences: 4 },
    });
    const podId = podIds[0]!;
    const found = await post(organizer, `/api/pods/${podId}/slot-search`, {});
    expect(found.status).toBe(200);
    const search = SlotSearchResponse.parse(await found.json());
    const slot = search.slots[0]!;
    const booked = await post(organizer, `/api/pods/${podId}/sessions`, {
      weekday: slot.weekday,
      anchorStart: slot.anchorStart,
      firstDate: slot.firstDate,
    });
    expect(booked.status).toBe(201);
    return { search, slot, booked: PodSessionsResponse.parse(await booked.json()) };
  }

  /** The series' occurrences as Outlook holds them, read back through `instances`. */
  async function instanceStarts(organizer: EmulatorPerson, seriesEventId: string, slot: SlotView) {
    const from = new Date(Date.parse(slot.occurrences[0]!.start) - DAY_MS).toISOString();
    const to = new Date(Date.parse(slot.occurrences.at(-1)!.end) + DAY_MS).toISOString();
    const page = (await graph.call(
      `/users/${organizer.id}/events/${seriesEventId}/instances?startDateTime=${from}&endDateTime=${to}`,
    )) as { value: { start: { dateTime: string } }[] };
    return page.value.map((i) => new Date(`${i.start.dateTime.slice(0, 23)}Z`).toISOString());
  }

  /** True when every session lies inside the person's hours, by their customTimeZone's own rules. */
  function insideOwnHours(person: EmulatorPerson, slot: SlotView): boolean {
    const zone = referenceCustomZone(person.customTimeZone!);
    const minutes = (t: number) =>
      Math.floor(((((t + zone.offsetAt(t)) % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
    const hhmm = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
    return slot.occurrences.every((o) => {
      const start = minutes(Date.parse(o.start));
      const end = minutes(Date.parse(o.end) - 1) + 1;
      return start >= hhmm(person.workingHours.startTime) && end <= hhmm(person.workingHours.endTime);
    });
  }

  it("when Dana's custom zone has US Pacific rules, then the series is anchored and booked in Los Angeles time, on the searched instants, inside her hours", async () => {
    const dana = scenarioPerson(stack.org, 'custom-pacific');
    const others = peopleWhere(stack.org, 2, nineToFive('America/Los_Angeles'));
    const { search, slot, booked } = await searchAndBook(dana, others);

    expect(search.timeZone).toBe('America/Los_Angeles');
    const own = slot.memberLocal.find((m) => m.memberId === dana.id)!;
    expect(own.zoneName).toBe('Customized Time Zone');
    expect(own.utcOffsets).toEqual(['-08:00', '-08:00', '-07:00', '-07:00']);
    expect(insideOwnHours(dana, slot)).toBe(true);
    expect(booked.series!.timeZoneName).toBe('America/Los_Angeles');
    expect(await instanceStarts(dana, booked.series!.seriesEventId!, slot)).toEqual(
      slot.occurrences.map((o) => o.start),
    );
    expect(booked.sessions.map((s) => s.start)).toEqual(slot.occurrences.map((o) => o.start));
  });

  it("when Kiri's custom zone changes clocks on a date no IANA zone shares, then the series keeps a member's zone and every session still lands inside her hours and where Outlook books it", async () => {
    const kiri = scenarioPerson(stack.org, 'custom-southern');
    const others = peopleWhere(stack.org, 2, nineToFive('Australia/Sydney'));
    const { search, slot, booked } = await searchAndBook(kiri, others);

    expect(search.timeZone).toBe('Australia/Sydney');
    const own = slot.memberLocal.find((m) => m.memberId === kiri.id)!;
    expect(own.zoneName).toBe('Customized Time Zone');
    expect(own.utcOffsets).toEqual(['+10:00', '+10:00', '+09:30', '+09:30']);
    expect(own.variesAcrossDst).toBe(true);
    expect(insideOwnHours(kiri, slot)).toBe(true);
    expect(await instanceStarts(kiri, booked.series!.seriesEventId!, slot)).toEqual(
      slot.occurrences.map((o) => o.start),
    );
  });
});
