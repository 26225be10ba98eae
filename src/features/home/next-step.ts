import type { MyPodsView } from '../../../api/http/schemas';

type Pod = MyPodsView['value'][number];

/** The one thing the member should do now, and where to do it. */
export interface NextStep {
  text: string;
  to?: string;
  action?: string;
}

const DAY = 86_400_000;

/** Open check-outs first, then an imminent session, then a pod without times, then waiting. */
export function nextStep(pods: readonly Pod[], now: number): NextStep {
  if (pods.length === 0)
    return {
      text: 'You are not in a pod yet. When a program owner shares a join link with you, open it to enroll; your pod appears here once pods are published.',
    };
  for (const pod of pods) {
    const open = pod.open[0];
    if (open)
      return {
        text: `Session ${open.seq} of ${pod.podName} has started. Record your check-out: one insight and one commitment.`,
        to: `/sessions/${open.sessionId}`,
        action: 'Check out',
      };
  }
  const upcoming = pods
    .filter((pod) => pod.next)
    .sort((a, b) => Date.parse(a.next!.startsAt) - Date.parse(b.next!.startsAt))[0];
  if (upcoming?.next && Date.parse(upcoming.next.startsAt) - now < 2 * DAY)
    return {
      text: `${upcoming.podName} meets soon. Bring one real question for your hot seat, and be ready to report on your commitment.`,
      to: `/sessions/${upcoming.next.sessionId}`,
      action: 'Open the run sheet',
    };
  const unbooked = pods.find((pod) => !pod.next && pod.open.length === 0);
  if (unbooked)
    return {
      text: `${unbooked.podName} has no meeting times yet. Find a time that suits everyone's calendar.`,
      to: `/pods/${unbooked.podId}`,
      action: 'Find a time',
    };
  if (upcoming?.next)
    return {
      text: `Nothing to do right now. ${upcoming.podName} meets next; your commitment from last time is below.`,
      to: `/sessions/${upcoming.next.sessionId}`,
      action: 'See the run sheet',
    };
  return { text: 'Your pods have finished their sessions. Thank you for taking part.' };
}
