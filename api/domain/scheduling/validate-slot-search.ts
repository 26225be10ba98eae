import { isTimeZoneId, WEEKDAYS, type WorkingHours } from '../time';
import { BUSY_STATUSES, type BusyItem } from './busy-item';
import { parseEpochDay } from './epoch-day';
import { SchedulingInputError } from './scheduling-input-error';
import type { SlotSearchInput, SlotSearchMember } from './slot-search-types';

/** A search input with defaults filled in and the first date as a day number. */
export interface CheckedSlotSearch extends Required<SlotSearchInput> {
  firstDay: number;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Checks a search input, throwing SchedulingInputError on the first bad field. */
export function checkSlotSearch(input: SlotSearchInput): CheckedSlotSearch {
  const gridMinutes = input.gridMinutes ?? 15;
  integerIn('gridMinutes', gridMinutes, 5, 60);
  if (1440 % gridMinutes !== 0) fail('gridMinutes', 'must divide a day evenly');
  if (input.cadence !== 'weekly' && input.cadence !== 'biweekly')
    fail('cadence', "must be 'weekly' or 'biweekly'");
  integerIn('count', input.count, 1, 52);
  integerIn('durationMinutes', input.durationMinutes, 15, 480);
  if (input.durationMinutes % gridMinutes !== 0)
    fail('durationMinutes', `must be a multiple of ${gridMinutes} minutes`);
  const maxConflictedOccurrences = input.maxConflictedOccurrences ?? 0;
  integerIn('maxConflictedOccurrences', maxConflictedOccurrences, 0, input.count);
  const limit = input.limit ?? 5;
  integerIn('limit', limit, 1, 100);
  if (!Number.isFinite(input.now)) fail('now', 'must be an epoch time in milliseconds');
  const firstDay = parseEpochDay(input.firstDate);
  if (firstDay === undefined) fail('firstDate', 'must be a date as YYYY-MM-DD');
  checkZone('anchorTimeZone', input.anchorTimeZone);
  checkMembers(input.members);
  return { ...input, gridMinutes, maxConflictedOccurrences, limit, firstDay };
}

/** Checks a pod's members: at least two, distinct ids, valid hours and busy items. */
export function checkMembers(members: readonly SlotSearchMember[]): void {
  if (!members || members.length < 2) fail('members', 'a pod needs at least 2 members');
  const ids = new Set<string>();
  members.forEach((member, i) => {
    const at = `members[${i}]`;
    if (typeof member.id !== 'string' || member.id === '') fail(`${at}.id`, 'must be a non-empty string');
    if (ids.has(member.id)) fail(`${at}.id`, `appears twice: ${member.id}`);
    ids.add(member.id);
    checkHours(`${at}.workingHours`, member.workingHours);
    member.busy.forEach((item, j) => checkBusy(`${at}.busy[${j}]`, item));
  });
}

/** Throws unless the id names a zone: an IANA zone Temporal knows, or a rule zone's `posix:` id. */
export function checkZone(field: string, timeZone: string): void {
  if (!isTimeZoneId(timeZone)) fail(field, `is not a known time zone: ${String(timeZone)}`);
}

function checkHours(at: string, hours: WorkingHours): void {
  if (!hours || !Array.isArray(hours.days) || hours.days.length === 0)
    fail(`${at}.days`, 'must name at least one weekday');
  for (const day of hours.days)
    if (!WEEKDAYS.includes(day)) fail(`${at}.days`, `is not a weekday: ${String(day)}`);
  if (!HH_MM.test(hours.start)) fail(`${at}.start`, 'must be HH:MM');
  if (!HH_MM.test(hours.end)) fail(`${at}.end`, 'must be HH:MM');
  checkZone(`${at}.timeZone`, hours.timeZone);
}

function checkBusy(at: string, item: BusyItem): void {
  if (!Number.isFinite(item.start) || !Number.isFinite(item.end) || item.end <= item.start) {
    fail(at, 'must have a finite start before its end');
  }
  if (!BUSY_STATUSES.includes(item.status))
    fail(`${at}.status`, `is not a free/busy status: ${String(item.status)}`);
}

function integerIn(field: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max)
    fail(field, `must be a whole number from ${min} to ${max}`);
}

function fail(field: string, message: string): never {
  throw new SchedulingInputError(field, `${field} ${message}`);
}
