import { z } from 'zod';
import { workingHoursJson } from '../people/working-hours';
import { GraphError, type EmulatorPerson } from '../types';
import type { CalendarItem, ShowAs } from './calendar-item';
import type { CalendarStore } from './calendar-store';
import { formatGraphDateTime, parseGraphDateTime } from './time-zones';

const MAX_SCHEDULES = 20;
const MAX_WINDOW_MS = 62 * 86_400_000;

/** Body of POST /users/{id}/calendar/getSchedule. */
export const GetScheduleBody = z.object({
  schedules: z.array(z.string()).min(1, 'schedules must name at least one address.'),
  startTime: z.object({ dateTime: z.string(), timeZone: z.string().optional().default('UTC') }),
  endTime: z.object({ dateTime: z.string(), timeZone: z.string().optional().default('UTC') }),
  availabilityViewInterval: z.number().int().optional(),
});
export type GetScheduleInput = z.infer<typeof GetScheduleBody>;

/** A validated request: the window in epoch ms and the interval in minutes. */
export interface ScheduleRequest {
  schedules: string[];
  fromMs: number;
  toMs: number;
  intervalMinutes: number;
}

function badRequest(message: string): GraphError {
  return new GraphError(400, 'ErrorInvalidRequest', message);
}

/** Applies Graph's limits: at most 20 schedules, a window under 62 days, an interval of 5..1440 minutes. */
export function scheduleRequest(input: GetScheduleInput): ScheduleRequest {
  if (input.schedules.length > MAX_SCHEDULES) {
    throw badRequest(
      `The number of schedules (${input.schedules.length}) exceeds the maximum of ${MAX_SCHEDULES} per request.`,
    );
  }
  const intervalMinutes = input.availabilityViewInterval ?? 30;
  if (intervalMinutes < 5 || intervalMinutes > 1440) {
    throw badRequest('availabilityViewInterval must be between 5 and 1440 minutes.');
  }
  const fromMs = parseGraphDateTime(input.startTime);
  const toMs = parseGraphDateTime(input.endTime);
  if (toMs <= fromMs) throw badRequest('The endTime must be later than the startTime.');
  if (toMs - fromMs >= MAX_WINDOW_MS)
    throw badRequest('The requested time window must be shorter than 62 days.');
  return { schedules: input.schedules, fromMs, toMs, intervalMinutes };
}

// Graph's digits, listed from least to most blocking: the worst status of a cell wins.
const BY_RANK = ['0', '4', '1', '2', '3'];
const RANK: Record<ShowAs, number> = {
  free: 0,
  unknown: 0,
  workingElsewhere: 1,
  tentative: 2,
  busy: 3,
  oof: 4,
};

/** availabilityView: one digit per interval from `fromMs`. */
export function availabilityView(
  items: CalendarItem[],
  fromMs: number,
  toMs: number,
  intervalMinutes: number,
): string {
  const step = intervalMinutes * 60_000;
  const cells = Math.ceil((toMs - fromMs) / step);
  const worst = new Uint8Array(cells);
  for (const item of items) {
    const rank = RANK[item.showAs];
    const first = Math.max(0, Math.floor((item.startMs - fromMs) / step));
    const last = Math.min(cells, Math.ceil((item.endMs - fromMs) / step));
    for (let c = first; c < last; c++) if (rank > worst[c]!) worst[c] = rank;
  }
  let view = '';
  for (let c = 0; c < cells; c++) view += BY_RANK[worst[c]!];
  return view;
}

/**
 * Free/busy status as the getSchedule concept page writes it ("Busy", "Tentative"); the API reference writes the
 * same values in lower case. The emulator answers with the Pascal-case variant, which a case-sensitive client misses.
 */
export const SCHEDULE_STATUS: Record<ShowAs, string> = {
  free: 'Free',
  tentative: 'Tentative',
  busy: 'Busy',
  oof: 'Oof',
  workingElsewhere: 'WorkingElsewhere',
  unknown: 'Unknown',
};

function isEmailAddress(address: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address);
}

/** One scheduleInformation entry; an unknown address gets an error entry rather than failing the request. */
export function scheduleInformation(
  store: CalendarStore,
  address: string,
  person: EmulatorPerson | undefined,
  request: ScheduleRequest,
  zone: string,
): Record<string, unknown> {
  if (!person) {
    const invalid = !isEmailAddress(address);
    return {
      scheduleId: address,
      availabilityView: '',
      scheduleItems: [],
      error: {
        message: invalid
          ? `The SMTP address '${address}' is not valid.`
          : `The mailbox for '${address}' was not found or is not enabled for the REST API.`,
        responseCode: invalid ? 'ErrorInvalidSmtpAddress' : 'ErrorMailboxNotEnabledForRESTAPI',
      },
    };
  }
  const items = store.itemsFor(person, request.fromMs, request.toMs).filter((i) => i.showAs !== 'free');
  return {
    scheduleId: address,
    availabilityView: availabilityView(items, request.fromMs, request.toMs, request.intervalMinutes),
    scheduleItems: items.map((i) => ({
      isPrivate: i.isPrivate,
      status: SCHEDULE_STATUS[i.showAs],
      ...(i.isPrivate ? {} : { subject: i.subject, location: i.location }),
      isMeeting: !i.background,
      isRecurring: i.isRecurring,
      isException: i.isException,
      isReminderSet: false,
      start: formatGraphDateTime(i.startMs, zone),
      end: formatGraphDateTime(i.endMs, zone),
    })),
    workingHours: workingHoursJson(person),
  };
}
