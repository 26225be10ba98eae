import { z } from 'zod';
import type { BusyStatus } from '../domain/scheduling';
import { WEEKDAYS } from '../domain/time';
import { GraphWorkingHoursZone } from './custom-time-zone';
import { GraphDateTime } from './graph-date-time';

/** "08:00:00.0000000" → "08:00". */
const GraphTime = z
  .string()
  .regex(/^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/)
  .transform((time) => time.slice(0, 5));

const Weekday = z
  .string()
  .transform((day) => day.toLowerCase())
  .pipe(z.enum(WEEKDAYS));

/** workingHours of a scheduleInformation; the zone is a name (Windows or IANA) or a customTimeZone. */
export const GraphWorkingHours = z.object({
  daysOfWeek: z.array(Weekday),
  startTime: GraphTime,
  endTime: GraphTime,
  timeZone: GraphWorkingHoursZone.nullish(),
});

const STATUSES: Record<string, BusyStatus | 'free'> = {
  free: 'free',
  busy: 'busy',
  tentative: 'tentative',
  oof: 'oof',
  workingelsewhere: 'workingElsewhere',
};

/**
 * A free/busy status in either documented spelling (the API reference writes `busy`, the concept page `Busy`);
 * `unknown` and anything unrecognised count as busy, so a mailbox that says nothing is never offered as free.
 */
export const FreeBusyStatus = z
  .string()
  .transform((status): BusyStatus | 'free' => STATUSES[status.toLowerCase()] ?? 'busy');

/** Only status, start and end are read: subject and location never leave the adapter. */
const ScheduleItem = z.object({ status: FreeBusyStatus, start: GraphDateTime, end: GraphDateTime });

/** The answer of getSchedule: one scheduleInformation per address, possibly carrying an error. */
export const GetScheduleAnswer = z.object({
  value: z.array(
    z.object({
      scheduleId: z.string(),
      scheduleItems: z.array(ScheduleItem).nullish(),
      workingHours: GraphWorkingHours.nullish().catch(null),
      error: z.object({ responseCode: z.string().nullish(), message: z.string().nullish() }).nullish(),
    }),
  ),
});

const Recurrence = z.object({
  pattern: z.object({
    type: z.string(),
    interval: z.number().int(),
    daysOfWeek: z.array(z.string()).nullish(),
  }),
  range: z.object({
    type: z.string(),
    startDate: z.string(),
    numberOfOccurrences: z.number().int().nullish(),
    recurrenceTimeZone: z.string().nullish(),
  }),
});

/** The fields of an event the scheduling code depends on. */
export const GraphEvent = z.object({
  id: z.string().min(1),
  type: z.enum(['singleInstance', 'occurrence', 'exception', 'seriesMaster']),
  start: GraphDateTime,
  end: GraphDateTime,
  seriesMasterId: z.string().nullish(),
  onlineMeeting: z.object({ joinUrl: z.string().nullish() }).loose().nullish(),
  attendees: z
    .array(
      z.object({
        emailAddress: z.object({ address: z.string().nullish() }).loose(),
        status: z.object({ response: z.string().nullish() }).loose().nullish(),
      }),
    )
    .nullish(),
  recurrence: Recurrence.nullish(),
});
export type GraphEvent = z.infer<typeof GraphEvent>;

export const GraphEventPage = z.object({
  value: z.array(GraphEvent),
  '@odata.nextLink': z.string().nullish(),
});
