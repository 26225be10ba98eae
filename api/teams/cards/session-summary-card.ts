import type { SessionSummary } from '../../domain/sessions/session-summary';
import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptive-card';

/** The card posted to the program's channel when a pod closes a session: shareable insights only. */
export function sessionSummaryCard(summary: SessionSummary): AdaptiveCard {
  const insights =
    summary.insights.length === 0
      ? [textBlock('No insights were shared from this session.', { isSubtle: true })]
      : summary.insights.map((insight) => ({
          type: 'Container',
          separator: true,
          items: [
            textBlock(insight.text),
            textBlock(insight.author ? `— ${insight.author}` : '— a pod member', {
              isSubtle: true,
              size: 'Small',
            }),
          ],
        }));
  return adaptiveCard([
    textBlock(summary.podName, { size: 'Large', weight: 'Bolder' }),
    textBlock(`Session ${summary.seq} of ${summary.count}`, { spacing: 'None', isSubtle: true }),
    {
      type: 'FactSet',
      facts: [
        { title: 'Attendance', value: String(summary.attendance) },
        { title: 'Insights shared', value: String(summary.insights.length) },
      ],
    },
    ...insights,
  ]);
}
