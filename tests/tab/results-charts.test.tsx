/**
 * @jest-environment ./tests/tab/tab-environment.js
 */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import type { CohortResultsView } from '../../api/http/schemas';
import { ResultsCharts } from '../../src/features/owner/ResultsCharts';
import { renderView } from './render-view';

// jsdom lays nothing out; the charts measure their axis labels, so text measures as empty here.
const svg = SVGElement.prototype as SVGElement & {
  getComputedTextLength?: () => number;
  getBBox?: () => DOMRect;
};
svg.getComputedTextLength ??= () => 0;
svg.getBBox ??= () => ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect;
// Nor does it draw on canvas (the charts' fallback text measure): say there is no 2D context, as a headless browser may.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

const withheld = { value: null, withheld: 'fewer than 5 people' } as const;
const givenResults = (over: Partial<CohortResultsView> = {}): CohortResultsView => ({
  cohortId: '00000000-0000-4000-8000-000000000001',
  members: 12,
  sessionsHeld: { value: 5, people: 12 },
  sessionsHeldByWeek: {
    value: [
      { weekStart: '2026-03-02', held: 2 },
      { weekStart: '2026-03-09', held: 0 },
      { weekStart: '2026-03-16', held: 3 },
    ],
    people: 12,
  },
  attendanceRate: { value: 0.9, people: 12 },
  inviteAcceptanceRate: withheld,
  checkoutsCaptured: { value: 20, people: 12 },
  commitmentsMade: { value: 20, people: 12 },
  commitmentsFollowedThrough: { value: 14, people: 12 },
  followThroughRate: { value: 0.78, people: 10 },
  feedbackAverage: { value: 4.1, people: 9 },
  feedbackDistribution: { value: { 1: 0, 2: 1, 3: 2, 4: 6, 5: 5 }, people: 9 },
  podsCompleted: { value: 1, people: 12 },
  ...over,
});
const chart = (name: string) => screen.getByRole('region', { name });

describe('results charts', () => {
  it('when figures are shown, then each chart has a text alternative naming its figures', () => {
    renderView(<ResultsCharts results={givenResults()} />, { apiUrl: 'http://127.0.0.1:9', token: null });
    expect(within(chart('Sessions held over time')).getByRole('img')).toHaveAccessibleName(
      /Sessions held per week\..*: 2 held\..*: 0 held\..*: 3 held/,
    );
    expect(within(chart('Follow-through and participation')).getByRole('img')).toHaveAccessibleName(
      'Attendance: 90%. Follow-through: 78%.',
    );
    expect(within(chart('Commitments followed through')).getByRole('img')).toHaveAccessibleName(
      '14 of 20 commitments followed through (70%).',
    );
    const feedback = within(chart('Feedback ratings'));
    expect(feedback.getByRole('img')).toHaveAccessibleName(
      /Rated 1 of 5: 0\. Rated 2 of 5: 1\. Rated 3 of 5: 2\. Rated 4 of 5: 6\. Rated 5 of 5: 5\./,
    );
    expect(feedback.getByText('Rated 4 of 5: 6')).toBeInTheDocument();
  });

  it('when the series and the distribution are withheld, then their charts say there are not enough people and draw nothing', () => {
    renderView(
      <ResultsCharts
        results={givenResults({ sessionsHeldByWeek: withheld, feedbackDistribution: withheld })}
      />,
      { apiUrl: 'http://127.0.0.1:9', token: null },
    );
    for (const name of ['Sessions held over time', 'Feedback ratings']) {
      expect(within(chart(name)).getByText('Not enough people yet to show this.')).toBeInTheDocument();
      expect(within(chart(name)).queryByRole('img')).toBeNull();
    }
  });
});
