import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptive-card';

export interface PodCardInput {
  podName: string;
  next: {
    sessionId: string;
    seq: number;
    count: number;
    /** ISO date-time. */
    startsAt: string;
    joinUrl: string | null;
    agendaUrl: string;
  } | null;
}

/** A pod and its next session, as a search result of the "My pods" command. */
export function podCard({ podName, next }: PodCardInput): AdaptiveCard {
  if (!next)
    return adaptiveCard([
      textBlock(podName, { weight: 'Bolder' }),
      textBlock('No upcoming session.', { isSubtle: true }),
    ]);
  const actions = [
    ...(next.joinUrl ? [{ type: 'Action.OpenUrl', title: 'Join', url: next.joinUrl }] : []),
    { type: 'Action.OpenUrl', title: 'Agenda', url: next.agendaUrl },
  ];
  return adaptiveCard(
    [
      textBlock(podName, { weight: 'Bolder' }),
      textBlock(`Session ${next.seq} of ${next.count}`, { spacing: 'None' }),
      // Adaptive Card date functions show the time in the reader's own zone.
      textBlock(`{{DATE(${next.startsAt}, SHORT)}} {{TIME(${next.startsAt})}}`, {
        isSubtle: true,
        spacing: 'None',
      }),
    ],
    actions,
  );
}

/** The one-line preview Teams shows in the result list. */
export function podPreview({ podName, next }: PodCardInput) {
  return {
    contentType: 'application/vnd.microsoft.card.thumbnail',
    content: {
      title: podName,
      text: next
        ? `Session ${next.seq} of ${next.count}, ${next.startsAt.slice(0, 16).replace('T', ' ')} UTC`
        : 'No upcoming session',
    },
  };
}
