import {
  findRecurringSlots,
  type SlotSearchInput,
  type SlotSearchMember,
  type SlotSearchResult,
} from '../../domain/scheduling';
import { anchorZoneFor, type WorkingHours } from '../../domain/time';
import { UnprocessableError } from '../../errors';
import { searchSpan, type FreeBusyMap } from './free-busy';
import type { PodMember } from './pod-context';
import { asValidationError, type SearchSettings } from './scheduling-settings';

/** A member whose calendar could not be read, named in the answer; the others are still searched. */
export interface UnreadableMember {
  memberId: string;
  name: string;
  reason: string;
}

export interface PodSearch {
  input: SlotSearchInput;
  result: SlotSearchResult;
  unreadable: UnreadableMember[];
}

/** Outlook's default for a mailbox that never set working hours. */
const DEFAULT_HOURS = {
  days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  start: '08:00',
  end: '17:00',
} as const;

/** The search members of a pod: hours from getSchedule (fresh) or the people cache, busy from getSchedule. */
export function searchMembers(
  members: readonly PodMember[],
  freeBusy: FreeBusyMap,
): { members: SlotSearchMember[]; unreadable: UnreadableMember[] } {
  const out: SlotSearchMember[] = [];
  const unreadable: UnreadableMember[] = [];
  for (const member of members) {
    const schedule = member.address ? freeBusy.get(member.address.toLowerCase()) : undefined;
    if (!member.address || !schedule || schedule.error) {
      const why = !member.address
        ? 'the directory has no mailbox for them'
        : `Graph could not read their calendar (${schedule?.error?.code ?? 'no answer'})`;
      unreadable.push({ memberId: member.id, name: member.name, reason: why });
      continue;
    }
    out.push({
      id: member.id,
      name: member.name,
      workingHours: hoursOf(member, schedule.workingHours),
      busy: schedule.busy,
    });
  }
  return { members: out, unreadable };
}

export function hoursOf(member: PodMember, fresh: WorkingHours | null): WorkingHours {
  return (
    fresh ??
    member.workingHours ?? {
      ...DEFAULT_HOURS,
      days: [...DEFAULT_HOURS.days],
      timeZone: member.timeZone ?? 'UTC',
    }
  );
}

/**
 * The zone the pod's weekly slot is anchored in: the organizer's working-hours zone, or, when that is a
 * customTimeZone, a zone Outlook can book the series in (docs/adr/0010-exact-time-zones.md).
 */
export function searchAnchor(
  organizer: PodMember,
  members: readonly PodMember[],
  freeBusy: FreeBusyMap,
  settings: SearchSettings,
): string {
  const hoursZone = (m: PodMember) =>
    hoursOf(m, (m.address && freeBusy.get(m.address.toLowerCase())?.workingHours) || null).timeZone;
  const { from, to } = searchSpan(settings.firstDate, settings.cadence, settings.count);
  const preferred = [organizer.timeZone, ...members.map(hoursZone)].filter((z): z is string => !!z);
  return anchorZoneFor(hoursZone(organizer), from, to, preferred);
}

/** Runs the pure recurring search for one pod in the organizer's zone; needs two readable members. */
export function searchPod(
  members: readonly PodMember[],
  freeBusy: FreeBusyMap,
  settings: SearchSettings,
  anchorTimeZone: string,
  now: number,
  limit = 5,
): PodSearch {
  const { members: searchable, unreadable } = searchMembers(members, freeBusy);
  if (searchable.length < 2) {
    const names = unreadable.map((u) => `${u.name}: ${u.reason}`).join('; ');
    throw new UnprocessableError(
      'calendars_unreadable',
      `Fewer than two members' calendars can be read (${names}).`,
      {
        errors: unreadable.map((u) => ({ field: `members.${u.memberId}`, message: u.reason })),
      },
    );
  }
  const input: SlotSearchInput = {
    members: searchable,
    anchorTimeZone,
    firstDate: settings.firstDate,
    cadence: settings.cadence,
    count: settings.count,
    durationMinutes: settings.durationMinutes,
    now,
    maxConflictedOccurrences: settings.maxConflicted,
    limit,
  };
  try {
    return { input, result: findRecurringSlots(input), unreadable };
  } catch (error) {
    return asValidationError(error);
  }
}
