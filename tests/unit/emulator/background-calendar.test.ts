import { Temporal } from 'temporal-polyfill';
import { backgroundItems } from '../../../emulator/calendar/background-calendar';
import type { CalendarItem } from '../../../emulator/calendar/calendar-item';
import { givenEmulatorPerson } from '../../fixtures/emulator-person';

const DAY = 86_400_000;
const MARCH_2025 = Date.UTC(2025, 2, 1);

function local(ms: number, zone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
}

/** Busy share of working time on the person's in-office working days, computed minute by minute in local time. */
function busyShare(
  items: CalendarItem[],
  zone: string,
  from: number,
  to: number,
  startHour: number,
  endHour: number,
): number {
  let working = 0;
  let busy = 0;
  for (
    let day = local(from, zone).toPlainDate();
    Temporal.PlainDate.compare(day, local(to - 1, zone).toPlainDate()) <= 0;
    day = day.add({ days: 1 })
  ) {
    const noon = day.toZonedDateTime({ timeZone: zone, plainTime: { hour: 12 } }).epochMilliseconds;
    if (day.dayOfWeek > 5 || items.some((i) => i.showAs === 'oof' && i.startMs <= noon && i.endMs > noon))
      continue;
    const start = day.toZonedDateTime({ timeZone: zone, plainTime: { hour: startHour } }).epochMilliseconds;
    const end = day.toZonedDateTime({ timeZone: zone, plainTime: { hour: endHour } }).epochMilliseconds;
    working += end - start;
    for (let t = start; t < end; t += 60_000) {
      if (
        items.some(
          (i) => i.showAs !== 'free' && i.showAs !== 'workingElsewhere' && i.startMs <= t && i.endMs > t,
        )
      )
        busy += 60_000;
    }
  }
  return busy / working;
}

describe('background calendar', () => {
  it('when read weeks ahead, then standing meetings are all there but most one-offs are not booked yet', () => {
    const person = givenEmulatorPerson({ id: 'far-ahead', ianaTimeZone: 'Europe/London', busyRatio: 0.6 });
    const from = MARCH_2025 + 35 * DAY;
    const to = from + 14 * DAY;
    const asSeenLater = backgroundItems(person, 4, from, to);
    const asSeenNow = backgroundItems(person, 4, from, to, MARCH_2025);
    const recurring = (items: CalendarItem[]) => items.filter((i) => i.isRecurring).map((i) => i.id);
    const oneOffs = (items: CalendarItem[]) =>
      items.filter((i) => !i.isRecurring && i.showAs !== 'oof').length;

    expect(recurring(asSeenNow)).toEqual(recurring(asSeenLater));
    expect(oneOffs(asSeenNow)).toBeLessThan(oneOffs(asSeenLater) * 0.3);
    expect(backgroundItems(person, 4, MARCH_2025, MARCH_2025 + 5 * DAY, MARCH_2025)).toEqual(
      backgroundItems(person, 4, MARCH_2025, MARCH_2025 + 5 * DAY),
    );
  });

  it('when generated twice from the same seed and person, then the items are identical', () => {
    const person = givenEmulatorPerson({ id: 'ada' });
    const first = backgroundItems(person, 11, MARCH_2025, MARCH_2025 + 30 * DAY);
    expect(first.length).toBeGreaterThan(40);
    expect(backgroundItems(person, 11, MARCH_2025, MARCH_2025 + 30 * DAY)).toEqual(first);
  });

  it('when the seed or the person changes, then the calendar changes', () => {
    const person = givenEmulatorPerson({ id: 'ada' });
    const base = backgroundItems(person, 11, MARCH_2025, MARCH_2025 + 14 * DAY);
    expect(backgroundItems(person, 12, MARCH_2025, MARCH_2025 + 14 * DAY)).not.toEqual(base);
    expect(backgroundItems({ ...person, id: 'grace' }, 11, MARCH_2025, MARCH_2025 + 14 * DAY)).not.toEqual(
      base,
    );
  });

  it('when a window is asked for in two halves, then the halves match the whole window', () => {
    const person = givenEmulatorPerson({ id: 'lin', ianaTimeZone: 'Asia/Kolkata' });
    const whole = backgroundItems(person, 3, MARCH_2025, MARCH_2025 + 20 * DAY).map((i) => i.id);
    const halves = [
      ...backgroundItems(person, 3, MARCH_2025, MARCH_2025 + 10 * DAY),
      ...backgroundItems(person, 3, MARCH_2025 + 10 * DAY, MARCH_2025 + 20 * DAY),
    ].map((i) => i.id);
    expect([...new Set(halves)]).toEqual(whole);
  });

  it.each([
    ['America/New_York', 0.52],
    ['Asia/Kolkata', 0.6],
    ['Australia/Sydney', 0.68],
    ['Europe/London', 0.55],
  ])(
    'when a person in %s with busy ratio %s is generated for a month, then the busy share of in-office working time is within 0.5..0.7 and near the ratio',
    (zone, ratio) => {
      const person = givenEmulatorPerson({
        id: `p-${zone}`,
        ianaTimeZone: zone,
        busyRatio: ratio,
        workingHours: {
          daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
          startTime: '09:00:00.0000000',
          endTime: '17:00:00.0000000',
          timeZone: { name: zone },
        },
      });
      const from = Temporal.PlainDate.from('2025-03-01').toZonedDateTime(zone).epochMilliseconds;
      const to = Temporal.PlainDate.from('2025-04-01').toZonedDateTime(zone).epochMilliseconds;
      const share = busyShare(backgroundItems(person, 5, from, to), zone, from, to, 9, 17);
      expect(share).toBeGreaterThanOrEqual(0.5);
      expect(share).toBeLessThanOrEqual(0.7);
      expect(Math.abs(share - ratio)).toBeLessThan(0.06);
    },
  );

  it('when a year is generated, then each person has a few out-of-office weeks or days and some items outside working hours', () => {
    const person = givenEmulatorPerson({ id: 'traveller' });
    const items = backgroundItems(person, 9, Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1));
    const oof = items.filter((i) => i.showAs === 'oof');
    expect(oof.length).toBeGreaterThanOrEqual(1);
    expect(oof.length).toBeLessThan(15);
    expect(oof.every((i) => i.isAllDay)).toBe(true);
    const hours = items.filter((i) => !i.isAllDay).map((i) => local(i.startMs, 'America/New_York').hour);
    expect(hours.some((h) => h < 9 || h >= 17)).toBe(true);
    expect(new Set(items.map((i) => i.showAs))).toEqual(
      new Set(['busy', 'tentative', 'oof', 'workingElsewhere']),
    );
  });

  it('when a New York person is generated across the March daylight-saving change, then recurring meetings keep their local time while their UTC time moves', () => {
    const person = givenEmulatorPerson({ id: 'nyc', ianaTimeZone: 'America/New_York' });
    const items = backgroundItems(person, 21, Date.UTC(2025, 1, 24), Date.UTC(2025, 2, 22)).filter((i) =>
      i.subject.endsWith('team sync'),
    );
    expect(items.length).toBeGreaterThanOrEqual(3);
    const localTimes = new Set(
      items.map((i) => local(i.startMs, 'America/New_York').toPlainTime().toString()),
    );
    const utcTimes = new Set(items.map((i) => new Date(i.startMs).toISOString().slice(11, 16)));
    expect(localTimes.size).toBe(1);
    expect(utcTimes.size).toBe(2);
    for (const item of items) {
      expect(local(item.startMs, 'America/New_York').hour).toBeGreaterThanOrEqual(9);
    }
  });
});
