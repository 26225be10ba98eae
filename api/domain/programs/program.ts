import { z } from 'zod';

/** A Teams channel: the team's group id and the channel's thread id. */
export const ChannelRef = z.object({ teamId: z.string(), channelId: z.string() });
export type ChannelRef = z.infer<typeof ChannelRef>;

/** A setting that is absent, or unreadable in a stored row, takes the product's default. */
const optionalNumber = z.number().optional().catch(undefined);

/** What an owner tunes on a program; unset fields take the product's defaults. Stored as JSON. */
export const ProgramSettings = z.object({
  /** Soft-rule weights of pod formation; unset ones keep their defaults. */
  weights: z
    .object({
      level: optionalNumber,
      function: optionalNumber,
      shared: optionalNumber,
      timeZone: optionalNumber,
      repeat: optionalNumber,
    })
    .catch({})
    .default({}),
  /** Session-length bounds that narrow what the agenda needs. */
  minSessionMinutes: optionalNumber,
  maxSessionMinutes: optionalNumber,
  /** Sessions of a series that may conflict for someone and the series still be booked (then moved one by one). */
  maxConflictedOccurrences: optionalNumber,
});
export type ProgramSettings = z.infer<typeof ProgramSettings>;

/** A peer coaching program: its owners, goal and settings; cohorts run under it. */
export interface Program {
  id: string;
  name: string;
  goal: string;
  ownerIds: string[];
  settings: ProgramSettings;
  /** Where session summaries are posted; null until an owner binds one. */
  summaryChannel: ChannelRef | null;
  createdBy: string;
  /** Epoch ms. */
  createdAt: number;
}
