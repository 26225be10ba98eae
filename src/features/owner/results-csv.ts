import type { CohortResultsView } from '../../../api/http/schemas';

/** The figures a results page shows, in order, with their labels. */
export const FIGURES: { key: Exclude<keyof CohortResultsView, 'cohortId' | 'members'>; label: string; kind: 'count' | 'rate' | 'rating' }[] = [
  { key: 'sessionsHeld', label: 'Sessions held', kind: 'count' },
  { key: 'attendanceRate', label: 'Attendance', kind: 'rate' },
  { key: 'inviteAcceptanceRate', label: 'Invites accepted', kind: 'rate' },
  { key: 'checkoutsCaptured', label: 'Check-outs captured', kind: 'count' },
  { key: 'commitmentsMade', label: 'Commitments made', kind: 'count' },
  { key: 'commitmentsFollowedThrough', label: 'Commitments followed through', kind: 'count' },
  { key: 'feedbackAverage', label: 'Average feedback (1–5)', kind: 'rating' },
  { key: 'podsCompleted', label: 'Pods that completed every session', kind: 'count' },
];

const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The aggregates as CSV: one row per figure; withheld figures say so instead of a value. */
export function resultsCsv(results: CohortResultsView): string {
  const rows = [['figure', 'value', 'people', 'note'], ['Members', String(results.members), String(results.members), '']];
  for (const { key, label } of FIGURES) {
    const figure = results[key];
    rows.push(figure.value === null ? [label, '', '', `withheld: ${figure.withheld}`] : [label, String(figure.value), String(figure.people), '']);
  }
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
