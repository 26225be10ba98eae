import { describe, expect, it } from '@jest/globals';
import { checkoutFormCard } from '../../../api/teams/cards/checkout-form-card';
import { checkoutSavedCard } from '../../../api/teams/cards/checkout-saved-card';
import { beforeSessionCard } from '../../../api/teams/cards/reminder-card';
import { sessionSummaryCard } from '../../../api/teams/cards/session-summary-card';

describe('cards', () => {
  it('when a summary has no shared insights, then the card says so and shows only pod, session and attendance', () => {
    const card = sessionSummaryCard({ podName: 'Pod 1', seq: 3, count: 6, attendance: 4, insights: [] });
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const json = JSON.stringify(card);
    expect(json).toContain('Session 3 of 6');
    expect(json).toContain('No insights were shared from this session.');
  });

  it('when a member posts their check-out card, then it carries the insight only if shareable and never the commitment', () => {
    const shared = JSON.stringify(
      checkoutSavedCard({ podName: 'Pod 1', seq: 1, count: 6, sharedInsight: 'Listen more' }),
    );
    const kept = JSON.stringify(
      checkoutSavedCard({ podName: 'Pod 1', seq: 1, count: 6, sharedInsight: null }),
    );
    expect(shared).toContain('Listen more');
    expect(kept).not.toContain('Insight');
  });

  it('when the form is shown again after an error, then it keeps the values and names the problem', () => {
    const card = checkoutFormCard({
      sessions: [{ id: 's1', label: 'Pod 1: session 1 of 6' }],
      values: { sessionId: 's1', insight: 'Kept', commitment: '', shareable: true },
      error: 'Please fix: commitment: must not be empty',
    });
    const inputs = card.body.filter((b) => typeof b.id === 'string');
    expect(inputs.map((b) => [b.id, b.value])).toEqual([
      ['sessionId', 's1'],
      ['insight', 'Kept'],
      ['commitment', ''],
      ['shareable', 'true'],
      ['showName', 'false'],
    ]);
    expect(JSON.stringify(card.body[0])).toContain('must not be empty');
  });

  it('when a reminder is built, then it carries the open commitment', () => {
    const card = beforeSessionCard({
      podName: 'Pod 1',
      seq: 2,
      count: 6,
      startsAt: '2026-03-03T09:00:00Z',
      commitment: 'Call Sam',
    });
    expect(JSON.stringify(card)).toContain('Your commitment from last time: Call Sam');
  });
});
