import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptive-card';

export interface ReminderInput {
  podName: string;
  seq: number;
  count: number;
  /** ISO date-time of the session start. */
  startsAt: string;
  /** The member's open commitment from last session, if any (only they receive this card). */
  commitment: string | null;
}

/** Sent to a member before a session, with the commitment they will report on at check-in. */
export function beforeSessionCard(input: ReminderInput): AdaptiveCard {
  return adaptiveCard([
    textBlock(`${input.podName}: session ${input.seq} of ${input.count} is coming up`, { weight: 'Bolder' }),
    textBlock(`{{DATE(${input.startsAt}, SHORT)}} {{TIME(${input.startsAt})}}`, {
      isSubtle: true,
      spacing: 'None',
    }),
    input.commitment
      ? textBlock(`Your commitment from last time: ${input.commitment}`)
      : textBlock('You have no open commitment from last time.', { isSubtle: true }),
  ]);
}

/** Sent after a session to a member who has not checked out yet. */
export function afterSessionCard(input: Omit<ReminderInput, 'commitment'>): AdaptiveCard {
  return adaptiveCard([
    textBlock(`${input.podName}: how did session ${input.seq} of ${input.count} go?`, { weight: 'Bolder' }),
    textBlock(
      'Record your check-out: one insight and one commitment. Use "Check out" in the message extension or the PeerPods tab.',
    ),
  ]);
}
