import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptive-card';

export interface CheckoutSavedInput {
  podName: string;
  seq: number;
  count: number;
  /** Present only when the member marked the insight shareable. */
  sharedInsight: string | null;
}

/**
 * The card the member may post after checking out. It says they checked out, and carries the insight only when
 * they marked it shareable; the commitment never leaves the pod.
 */
export function checkoutSavedCard({ podName, seq, count, sharedInsight }: CheckoutSavedInput): AdaptiveCard {
  return adaptiveCard([
    textBlock(`Checked out of ${podName}`, { weight: 'Bolder' }),
    textBlock(`Session ${seq} of ${count}`, { isSubtle: true, spacing: 'None' }),
    ...(sharedInsight ? [textBlock(`Insight: ${sharedInsight}`)] : []),
  ]);
}
