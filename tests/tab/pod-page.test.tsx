/**
 * @jest-environment ./tests/tab/tab-environment.js
 */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import { PodPage } from '../../src/features/pod/PodPage';
import { renderView } from './render-view';
import { startTabStack, type StackPerson, type TabStack } from './tab-stack';

describe('pod page against the API', () => {
  let stack: TabStack;
  let pair: StackPerson[];
  let podId: string;
  let sessionIds: string[];

  beforeAll(async () => {
    stack = await startTabStack();
    const owner = await stack.signIn(stack.people[3]!.upn);
    const managers = new Set(stack.people.map((p) => p.managerId));
    const contributors = stack.people.slice(10).filter((p) => !managers.has(p.id));
    const zone = contributors.find((p) => contributors.filter((q) => q.zone === p.zone).length >= 2)!.zone;
    pair = contributors.filter((p) => p.zone === zone).slice(0, 2);
    const program = await stack.call<{ id: string }>(owner, 'POST', '/api/programs', {
      name: 'Pairs',
      goal: 'Grow as leaders',
    });
    const startDate = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const cohort = await stack.call<{ id: string }>(owner, 'POST', `/api/programs/${program.id}/cohorts`, {
      name: 'Pairs',
      startDate,
      cadence: 'weekly',
      sessionCount: 3,
      podSizeMin: 2,
      podSizeMax: 2,
    });
    await stack.call(owner, 'POST', `/api/cohorts/${cohort.id}/enrollments/bulk`, {
      people: pair.map((p) => ({ person: p.upn, level: 2 })),
    });
    const proposal = await stack.call<{ pods: { id: string }[] }>(
      owner,
      'POST',
      `/api/cohorts/${cohort.id}/pod-proposals`,
      {},
    );
    podId = proposal.pods[0]!.id;
    await stack.call(owner, 'POST', `/api/cohorts/${cohort.id}/publish`, {});
    const member = await stack.signIn(pair[0]!.upn);
    const search = await stack.call<{ slots: { weekday: string; anchorStart: string; firstDate: string }[] }>(
      member,
      'POST',
      `/api/pods/${podId}/slot-search`,
      {},
    );
    const slot = search.slots[0]!;
    const booked = await stack.call<{ sessions: { id: string }[] }>(
      member,
      'POST',
      `/api/pods/${podId}/sessions`,
      {
        weekday: slot.weekday,
        anchorStart: slot.anchorStart,
        firstDate: slot.firstDate,
        acceptConflicts: true,
      },
    );
    sessionIds = booked.sessions.map((s) => s.id);
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('when a member opens the pod page, then every member is named from the directory and every session links to its own page', async () => {
    const token = await stack.signIn(pair[1]!.upn);
    renderView(<PodPage params={{ podId }} />, { apiUrl: stack.apiUrl, token, path: `/pods/${podId}` });

    const members = await screen.findByRole('region', { name: 'Members' });
    for (const person of pair) expect(await within(members).findByText(person.name)).toBeInTheDocument();

    const table = await screen.findByRole('table', { name: 'Sessions' });
    const links = within(table).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['Session 1', 'Session 2', 'Session 3']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(sessionIds.map((id) => `/sessions/${id}`));
  });
});
