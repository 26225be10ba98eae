import type { EmulatorPerson } from '../types';
import { backgroundProfile, type BackgroundProfile } from './background-profile';
import type { CalendarItem, ShowAs } from './calendar-item';
import { hashKey, pick, seededRandom } from './seeded-random';
import { localEpochDay, localToEpoch, weekdayOf } from './time-zones';

const OOF_WEEKS_PER_YEAR = 3;
const DAY_MS = 86_400_000;
const OOF_DAY_CHANCE = 1 / 80;
const MEETING_SUBJECTS = [
  'Project review',
  'Planning',
  'Customer call',
  'Design review',
  'Standup',
  'Interview',
  'Budget check-in',
  'Roadmap discussion',
  'Vendor sync',
  'Brown bag',
];
const ROOMS = ['Microsoft Teams Meeting', 'Room 2.14', 'Room 4.02', 'Cafeteria', 'Microsoft Teams Meeting'];

/** Monday-based week number of a civil day. */
function weekOf(epochDay: number): number {
  return Math.floor((epochDay + 3) / 7);
}

function item(
  personId: string,
  epochDay: number,
  n: number,
  startMs: number,
  endMs: number,
  fields: Partial<CalendarItem> & { showAs: ShowAs; subject: string },
): CalendarItem {
  return {
    id: `bg-${personId}-${epochDay}-${n}`,
    startMs,
    endMs,
    location: '',
    isPrivate: false,
    isRecurring: false,
    isException: false,
    isAllDay: false,
    background: true,
    ...fields,
  };
}

function isOofWeek(seed: number | string, personId: string, week: number): boolean {
  return seededRandom(hashKey(seed, 'oof-week', personId, week))() < OOF_WEEKS_PER_YEAR / 52;
}

/**
 * Share of the usual one-off meetings already booked on a day `daysAhead` of the moment the calendar is read.
 * One-offs are mostly booked within a week or two; further out a calendar holds standing meetings and
 * planned time off, and fills up as the date comes closer.
 */
export function oneOffShare(daysAhead: number): number {
  if (daysAhead <= 7) return 1;
  if (daysAhead <= 14) return 0.6;
  if (daysAhead <= 28) return 0.3;
  return 0.1;
}

/** Items of one ordinary working day: recurring slots first, then one-offs up to the day's busy share. */
function workingDayItems(
  person: EmulatorPerson,
  p: BackgroundProfile,
  seed: number | string,
  day: number,
  oneOffs: number,
): CalendarItem[] {
  const random = seededRandom(hashKey(seed, person.id, day));
  const weekday = weekdayOf(day);
  const taken = new Array<boolean>(p.cellCount).fill(false);
  const out: CalendarItem[] = [];
  const at = (cell: number) => localToEpoch(p.zone, day, p.startMinute + cell * 30);
  const place = (
    cell: number,
    cells: number,
    fields: Partial<CalendarItem> & { showAs: ShowAs; subject: string },
  ) => {
    for (let c = cell; c < cell + cells; c++) taken[c] = true;
    out.push(item(person.id, day, out.length, at(cell), at(cell + cells), fields));
  };
  for (const slot of p.recurring) {
    if (slot.weekday !== weekday || weekOf(day) % slot.everyWeeks !== slot.parity % slot.everyWeeks) continue;
    if (taken.slice(slot.cell, slot.cell + slot.cells).some(Boolean)) continue;
    place(slot.cell, slot.cells, {
      showAs: 'busy',
      subject: slot.subject,
      location: slot.location,
      isRecurring: true,
    });
  }
  // Stochastic rounding keeps the long-run share at busyRatio while days differ.
  const standing = taken.filter(Boolean).length;
  const fullTarget = Math.floor((p.dayBusyRatio.get(weekday) ?? p.busyRatio) * p.cellCount + random());
  const target = standing + Math.round(Math.max(0, fullTarget - standing) * oneOffs);
  let busy = standing;
  for (let attempt = 0; attempt < 60 && busy < target; attempt++) {
    const cells = Math.min(target - busy, 1 + Math.floor(random() * 2));
    const cell = Math.floor(random() * (p.cellCount - cells + 1));
    if (taken.slice(cell, cell + cells).some(Boolean)) continue;
    const tentative = random() < 0.2;
    place(cell, cells, {
      showAs: tentative ? 'tentative' : 'busy',
      subject: pick(random, MEETING_SUBJECTS),
      location: pick(random, ROOMS),
      isPrivate: random() < 0.05,
    });
    busy += cells;
  }
  const open = () => taken.map((t, i) => (t ? -1 : i)).filter((i) => i >= 0);
  // Whatever random placement left short is filled with half-hour meetings.
  for (let left = open(); busy < target && left.length > 0; left = open(), busy++) {
    place(pick(random, left), 1, {
      showAs: 'busy',
      subject: pick(random, MEETING_SUBJECTS),
      location: pick(random, ROOMS),
    });
  }
  const free = open();
  if (random() < 0.08 && free.length > 0) {
    place(pick(random, free), 1, {
      showAs: 'workingElsewhere',
      subject: 'Working from the client site',
      location: 'Client office',
    });
  }
  if (random() < 0.1) {
    const early = random() < 0.5;
    const startMinute = early ? p.startMinute - 90 : p.startMinute + p.cellCount * 30 + 60;
    const startMs = localToEpoch(p.zone, day, startMinute);
    out.push(
      item(person.id, day, out.length, startMs, startMs + 3_600_000, {
        showAs: 'busy',
        subject: early ? 'Call with the Asia-Pacific team' : 'Call with the Americas team',
        location: 'Microsoft Teams Meeting',
      }),
    );
  }
  return out;
}

/**
 * The generated calendar of `person` overlapping [fromMs, toMs), computed on demand from (seed, person id);
 * the same inputs always give the same items. With `asOfMs`, days after that instant hold only the one-off
 * meetings booked so far (`oneOffShare`); without it every day is as full as a day in the past.
 */
export function backgroundItems(
  person: EmulatorPerson,
  seed: number | string,
  fromMs: number,
  toMs: number,
  asOfMs?: number,
): CalendarItem[] {
  const p = backgroundProfile(person, seed);
  const firstDay = localEpochDay(p.zone, fromMs) - 1;
  const lastDay = localEpochDay(p.zone, toMs) + 1;
  const out: CalendarItem[] = [];
  const oofWeeks = new Map<number, boolean>();
  for (let day = firstDay; day <= lastDay; day++) {
    const week = weekOf(day);
    let oofWeek = oofWeeks.get(week);
    if (oofWeek === undefined) {
      oofWeek = isOofWeek(seed, person.id, week);
      oofWeeks.set(week, oofWeek);
    }
    if (oofWeek) {
      // One multi-day item per week, Monday 00:00 to Saturday 00:00 local, emitted on the first day seen.
      if (day === firstDay || weekdayOf(day) === 1) {
        const monday = week * 7 - 3;
        out.push(
          item(person.id, monday, 0, localToEpoch(p.zone, monday, 0), localToEpoch(p.zone, monday + 5, 0), {
            showAs: 'oof',
            subject: 'Vacation',
            isAllDay: true,
          }),
        );
      }
      continue;
    }
    if (!p.workDays.has(weekdayOf(day))) continue;
    if (seededRandom(hashKey(seed, 'oof-day', person.id, day))() < OOF_DAY_CHANCE) {
      out.push(
        item(person.id, day, 0, localToEpoch(p.zone, day, 0), localToEpoch(p.zone, day + 1, 0), {
          showAs: 'oof',
          subject: 'Personal day',
          isAllDay: true,
        }),
      );
      continue;
    }
    const daysAhead = asOfMs === undefined ? 0 : (localToEpoch(p.zone, day, 0) - asOfMs) / DAY_MS;
    out.push(...workingDayItems(person, p, seed, day, oneOffShare(daysAhead)));
  }
  return out.filter((i) => i.endMs > fromMs && i.startMs < toMs).sort((a, b) => a.startMs - b.startMs);
}
