import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { findRecurringSlots, type SlotSearchInput } from '../../../../api/domain/scheduling';
import { customZoneId } from '../../../fixtures/reference-zones';
import { givenPerson, slotSearch } from '../../../fixtures/scheduling-person';

const script = path.resolve('tests/fixtures/run-slot-search.ts');

function searchUnder(tz: string, input: SlotSearchInput) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', script], {
    input: JSON.stringify(input),
    env: { ...process.env, TZ: tz, NODE_OPTIONS: '' },
    encoding: 'utf8',
    timeout: 90_000,
  });
  if (child.status !== 0) throw new Error(`slot search under TZ=${tz} failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as { processZone: string; result: unknown };
}

describe('slot search under another process time zone', () => {
  it('when the process runs in Pacific/Chatham, then pods across New York, London, Kolkata, Los Angeles, Sydney and a custom zone get the same slots', () => {
    const input = slotSearch(
      [
        givenPerson({ name: 'Ana', tz: 'America/New_York', hours: '07:00-19:00' }).busy(
          '2026-03-10 08:00-09:30',
        ),
        givenPerson({ name: 'Ben', tz: 'Europe/London', hours: '08:00-20:00' }).tentative(
          '2026-03-31 13:00-14:00',
        ),
        givenPerson({ name: 'Ravi', tz: 'Asia/Kolkata', hours: '10:00-22:00' }).oof('2026-03-16..2026-03-17'),
      ],
      { cadence: 'biweekly', durationMinutes: 90, limit: 10 },
    );
    const here = findRecurringSlots(input);
    expect(here.slots.length).toBeGreaterThan(0);
    const there = searchUnder('Pacific/Chatham', input);
    expect(there.processZone).toBe('Pacific/Chatham');
    expect(there.result).toEqual(JSON.parse(JSON.stringify(here)));
    const sydney = slotSearch(
      [
        givenPerson({ name: 'Ana', tz: 'America/Los_Angeles' }),
        givenPerson({ name: 'Cai', tz: 'Australia/Sydney', hours: '06:00-18:00' }),
      ],
      {
        firstDate: '2026-09-28',
      },
    );
    const sydneyHere = findRecurringSlots(sydney);
    expect(sydneyHere.slots[0]?.memberLocal.some((m) => m.variesAcrossDst)).toBe(true);
    expect(searchUnder('Pacific/Chatham', sydney).result).toEqual(JSON.parse(JSON.stringify(sydneyHere)));
    // A southern customTimeZone: UTC+10, and UTC+11 from 02:30 on the last Sunday of September to the second Sunday of April.
    const customSouth = customZoneId({
      bias: -600,
      name: 'Customized Time Zone',
      standardOffset: { month: 4, dayOccurrence: 2, dayOfWeek: 'sunday', time: '03:00:00.0000000' },
      daylightOffset: {
        month: 9,
        dayOccurrence: 5,
        dayOfWeek: 'sunday',
        time: '02:30:00.0000000',
        daylightBias: -60,
      },
    });
    const custom = slotSearch(
      [
        givenPerson({ name: 'Ana', tz: 'America/Los_Angeles', hours: '07:00-19:00' }),
        givenPerson({ name: 'Dee', tz: customSouth, hours: '06:00-18:00' }),
      ],
      { firstDate: '2026-09-14' },
    );
    const customHere = findRecurringSlots(custom);
    expect(customHere.slots[0]?.memberLocal.some((m) => m.variesAcrossDst)).toBe(true);
    expect(searchUnder('Pacific/Chatham', custom).result).toEqual(JSON.parse(JSON.stringify(customHere)));
  });
});
