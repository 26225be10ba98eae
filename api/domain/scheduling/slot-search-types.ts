import type { Weekday, WorkingHours } from '../time';
import type { Cadence } from '../sessions/session-plan';
import type { BusyItem, BusyStatus } from './busy-item';

/** A pod member as the slot search sees them: hours in their own zone and their free/busy. */
export interface SlotSearchMember {
  id: string;
  /** Shown in reasons ("Priya busy on 2026-03-12"); the id is used when absent. */
  name?: string;
  workingHours: WorkingHours;
  busy: BusyItem[];
}

export interface SlotSearchInput {
  members: SlotSearchMember[];
  /** IANA zone the weekly slot is defined in (the organizer's, and the series' recurrenceTimeZone). */
  anchorTimeZone: string;
  /** 'YYYY-MM-DD' in the anchor zone: the earliest date of the first occurrence. */
  firstDate: string;
  cadence: Cadence;
  /** Number of occurrences, 1..52. */
  count: number;
  durationMinutes: number;
  /** No occurrence may start before this instant (epoch ms). */
  now: number;
  /** Conflicted occurrences a slot may have and still count as feasible; default 0. */
  maxConflictedOccurrences?: number;
  /** Candidate start times are multiples of this in the anchor zone; default 15. */
  gridMinutes?: number;
  /** Number of slots returned; default 5. */
  limit?: number;
}

export type ConflictStatus = Exclude<BusyStatus, 'workingElsewhere'>;

export interface OccurrenceConflict {
  memberId: string;
  status: ConflictStatus;
}

export interface SlotOccurrence {
  /** 1-based position in the series. */
  seq: number;
  /** 'YYYY-MM-DD' in the anchor zone. */
  date: string;
  start: number;
  end: number;
  /** One entry per member and status overlapping this occurrence, sorted by member id then status. */
  conflicts: OccurrenceConflict[];
}

export interface MemberLocalTime {
  memberId: string;
  /** Zone id (IANA name or rule zone id); `zoneName` is what the member sees. */
  timeZone: string;
  /** The zone's own name: canonical IANA name, a customTimeZone's name, or "UTC+10/+11 (custom rules)". */
  zoneName: string;
  /** The member's UTC offset at each session, e.g. "+11:00", in session order. */
  utcOffsets: string[];
  /** Weekday of the first occurrence in the member's zone. */
  weekday: Weekday;
  /** 'HH:MM' of the first occurrence in the member's zone. */
  start: string;
  /** True when daylight saving moves the member's local start on some occurrence. */
  variesAcrossDst: boolean;
}

/** The ranking terms of a slot, compared in this order; lower is better. */
export interface SlotScore {
  conflictedOccurrences: number;
  /** (member, occurrence) pairs with a busy or out-of-office item: people a conflicted series keeps away. */
  memberConflicts: number;
  /** Occurrences with a tentative hold and no hard conflict. */
  tentativeOccurrences: number;
  /** Minutes outside core hours summed over members and occurrences, plus the worst-off member's minutes again. */
  inconvenience: number;
  /** Minutes outside core hours of the worst-off member (already inside `inconvenience`). */
  worstMemberMinutesOutsideCore: number;
  /** Members whose local start time changes across the series because of daylight saving. */
  dstShiftingMembers: number;
}

export interface RankedSlot {
  /** Weekday in the anchor zone. */
  weekday: Weekday;
  /** 'HH:MM' wall-clock start in the anchor zone, the same for every occurrence. */
  anchorStart: string;
  /** Epoch ms of the first occurrence. */
  firstStart: number;
  occurrences: SlotOccurrence[];
  /** Sorted by member id. */
  memberLocal: MemberLocalTime[];
  score: SlotScore;
  /** Human reasons for the ranking, e.g. "no conflicts on any of 6 sessions". */
  why: string[];
}

export interface SlotSearchResult {
  slots: RankedSlot[];
  feasible: boolean;
  /** Why the search is not feasible. */
  reason?: string;
}
