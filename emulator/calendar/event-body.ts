import { z } from 'zod';
import { ExtendedPropertyBody } from './extended-properties';
import { PatternedRecurrenceBody } from './recurrence';

const DateTimeTimeZone = z.object({ dateTime: z.string(), timeZone: z.string().optional().default('UTC') });
const ShowAsValue = z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']);

const AttendeeBody = z.object({
  emailAddress: z.object({ address: z.string().min(1), name: z.string().optional() }),
  type: z.enum(['required', 'optional', 'resource']).optional().default('required'),
});

const EventFields = {
  subject: z.string().optional(),
  body: z
    .object({
      contentType: z.enum(['text', 'html', 'Text', 'HTML']).optional(),
      content: z.string().optional(),
    })
    .optional(),
  start: DateTimeTimeZone.optional(),
  end: DateTimeTimeZone.optional(),
  location: z.object({ displayName: z.string().optional() }).passthrough().optional(),
  showAs: ShowAsValue.optional(),
  importance: z.enum(['low', 'normal', 'high']).optional(),
  sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']).optional(),
  isAllDay: z.boolean().optional(),
  attendees: z.array(AttendeeBody).max(500, 'An event can have at most 500 attendees.').optional(),
  isOnlineMeeting: z.boolean().optional(),
  onlineMeetingProvider: z
    .enum(['teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer', 'unknown'])
    .optional(),
  allowNewTimeProposals: z.boolean().optional(),
  recurrence: PatternedRecurrenceBody.nullish(),
  categories: z.array(z.string()).optional(),
  isReminderOn: z.boolean().optional(),
  reminderMinutesBeforeStart: z.number().int().optional(),
};

/** Body of POST /users/{id}/events. */
export const CreateEventBody = z
  .object({
    ...EventFields,
    transactionId: z.string().max(256).optional(),
    singleValueExtendedProperties: z.array(ExtendedPropertyBody).optional(),
  })
  .passthrough()
  .refine((b) => b.start && b.end, { message: 'start and end are required.' });
export type CreateEventInput = z.infer<typeof CreateEventBody>;

/** Body of PATCH /users/{id}/events/{eventId}. */
export const UpdateEventBody = z.object(EventFields).passthrough();
export type UpdateEventInput = z.infer<typeof UpdateEventBody>;

/** Body of POST .../accept, .../decline and .../tentativelyAccept. */
export const RespondBody = z
  .object({ comment: z.string().optional(), sendResponse: z.boolean().optional() })
  .passthrough();

/** Body of POST .../cancel. */
export const CancelBody = z.object({ comment: z.string().optional() }).passthrough();
