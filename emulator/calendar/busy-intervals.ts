import type { EmulatorPerson } from '../types';
import { backgroundItems } from './background-calendar';
import type { BusyInterval } from './calendar-item';
import type { CalendarStore } from './calendar-store';

/**
 * Non-free stretches of the person's calendar in [fromMs, toMs), UTC epoch ms: the generated background
 * plus stored events when a store is given. Without one, the background is generated from `seed` (default 0).
 */
export function busyIntervals(
  person: EmulatorPerson,
  fromMs: number,
  toMs: number,
  source: { store?: CalendarStore; seed?: number | string; asOfMs?: number } = {},
): BusyInterval[] {
  const items = source.store
    ? source.store.itemsFor(person, fromMs, toMs)
    : backgroundItems(person, source.seed ?? 0, fromMs, toMs, source.asOfMs);
  return items
    .filter((i) => i.showAs !== 'free')
    .map((i) => ({ startMs: i.startMs, endMs: i.endMs, status: i.showAs }));
}
