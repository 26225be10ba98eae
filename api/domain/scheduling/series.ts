import { z } from 'zod';

/** The weekly slot a series is booked in, with what booking learned about it. Stored as JSON. */
export const SeriesSlot = z.object({
  cohortId: z.string(),
  weekday: z.string(),
  /** 'HH:MM' in `timeZone`. */
  anchorStart: z.string(),
  /** 'YYYY-MM-DD' of the first session in `timeZone`. */
  firstDate: z.string(),
  timeZone: z.string(),
  cadence: z.enum(['weekly', 'biweekly']),
  count: z.number(),
  durationMinutes: z.number(),
  joinUrl: z.string().nullable().optional(),
  /** Why booking failed, in words safe to show. */
  reason: z.string().optional(),
});
export type SeriesSlot = z.infer<typeof SeriesSlot>;

/** `booking` is claimed and not yet created in Graph; `failed` may be booked again. */
export type SeriesState = 'booking' | 'booked' | 'failed' | 'cancelled';

/** A pod's recurring Teams meeting: one Outlook event series in the organizer's calendar, and its booking record. */
export interface Series {
  id: string;
  podId: string;
  organizerId: string;
  /** Graph `transactionId`: the same for every attempt to book this pod's series. */
  transactionId: string;
  /** The Graph series master's id, once created. */
  seriesEventId: string | null;
  state: SeriesState;
  slot: SeriesSlot;
  /** Epoch ms. */
  createdAt: number;
}
