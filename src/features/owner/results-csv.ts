import type { CohortResultsView } from '../../../api/http/schemas';

type SingleFigure = Exclude<
  keyof CohortResultsView,
  'cohortId' | 'members' | 'sessionsHeldByWeek' | 'feedbackDistribution'
>;

/** The figures a results page shows, in order, with their labels. */
export const FIGURES: { key: SingleFigure; label: string; kind: 'count' | 'rate' | 'rating' }[] = [
  { key: 'sessionsHeld', label: 'Sessions held', kind: 'count' },
  { key: 'attendanceRate', label: 'Attendance', kind: 'rate' },
  { key: 'inviteAcceptanceRate', label: 'Invites accepted', kind: 'rate' },
  { key: 'checkoutsCaptured', label: 'Check-outs captured', kind: 'count' },
  { key: 'commitmentsMade', label: 'Commitments made', kind: 'count' },
  { key: 'commitmentsFollowedThrough', label: 'Commitments followed through', kind: 'count' },
  { key: 'followThroughRate', label: 'Follow-through rate', kind: 'rate' },
  { key: 'feedbackAverage', label: 'Average feedback (1–5)', kind: 'rating' },
  { key: 'podsCompleted', label: 'Pods that completed every session', kind: 'count' },
];

export const SCORES = ['1', '2', '3', '4', '5'] as const;

const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * The aggregates as CSV: one row per figure, then one per week of sessions held and one per feedback score.
 * Withheld figures and series say so in a single row instead of values.
 */
export function resultsCsv(results: CohortResultsView): string {
  const rows = [
    ['figure', 'value', 'people', 'note'],
    ['Members', String(results.members), String(results.members), ''],
  ];
  const withheld = (label: string, reason: string) => rows.push([label, '', '', `withheld: ${reason}`]);
  for (const { key, label } of FIGURES) {
    const figure = results[key];
    if (figure.value === null) withheld(label, figure.withheld);
    else rows.push([label, String(figure.value), String(figure.people), '']);
  }
  const weeks = results.sessionsHeldByWeek;
  if (weeks.value === null) withheld('Sessions held by week', weeks.withheld);
  else
    for (const week of weeks.value)
      rows.push([
        `Sessions held in the week of ${week.weekStart}`,
        String(week.held),
        String(weeks.people),
        '',
      ]);
  const ratings = results.feedbackDistribution;
  if (ratings.value === null) withheld('Feedback ratings by score', ratings.withheld);
  else
    for (const score of SCORES)
      rows.push([`Feedback rated ${score}`, String(ratings.value[score]), String(ratings.people), '']);
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
