import { defaultSessionMinutes } from '../../../api/domain/sessions/session-plan';

/** A start date two weeks from today in the viewer's zone: time to enroll, propose and publish before it. */
export function suggestedStartDate(zone: string, now = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now + 14 * 86_400_000);
}

/** "105 min for pods of 3, 120 min for pods of 4": the length PeerPods uses when the owner sets none. */
export function defaultLengthsText(min: number, max: number): string {
  const sizes: number[] = [];
  for (let size = Math.max(2, min); size <= Math.min(4, max); size++) sizes.push(size);
  return sizes.map((size) => `${defaultSessionMinutes(size)} min for pods of ${size}`).join(', ');
}
