/**
 * @jest-environment ./tests/tab/tab-environment.js
 */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CohortPage } from '../../src/features/owner/CohortPage';
import { CreateProgram } from '../../src/features/owner/CreateProgram';
import { ProgramPage } from '../../src/features/owner/ProgramPage';
import { renderView } from './render-view';
import { startTabStack, type TabStack } from './tab-stack';

describe('owner views against the API', () => {
  let stack: TabStack;
  let ownerToken: string;

  beforeAll(async () => {
    stack = await startTabStack();
    ownerToken = await stack.signIn(stack.people[3]!.upn);
  });

  afterAll(async () => {
    await stack?.close();
  });

  const givenProgram = () =>
    stack.call<{ id: string }>(ownerToken, 'POST', '/api/programs', {
      name: 'Peer coaching',
      goal: 'Grow as leaders',
    });

  it('when an owner leaves the name empty and submits, then the Name field says why and nothing is created', async () => {
    renderView(<CreateProgram />, { apiUrl: stack.apiUrl, token: ownerToken, path: '/owner/programs/new' });
    fireEvent.change(screen.getByRole('textbox', { name: /Goal/ }), { target: { value: 'Grow' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create program' }));

    const name = screen.getByRole('textbox', { name: /Name/ });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(/Too small|at least 1/i);
    const programs = await stack.call<{ value: unknown[] }>(ownerToken, 'GET', '/api/programs');
    expect(programs.value).toEqual([]);
  });

  it('when an owner asks for a cohort starting in the past, then the API refuses and its message shows next to the start date', async () => {
    const program = await givenProgram();
    renderView(<ProgramPage params={{ programId: program.id }} />, {
      apiUrl: stack.apiUrl,
      token: ownerToken,
      path: `/owner/programs/${program.id}`,
    });
    const form = await screen.findByRole('form', { name: 'New cohort' });
    fireEvent.change(within(form).getByRole('textbox', { name: /Cohort name/ }), {
      target: { value: 'Spring' },
    });
    fireEvent.change(within(form).getByLabelText(/First session week/), { target: { value: '2020-01-06' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create cohort' }));

    const start = within(form).getByLabelText(/First session week/);
    await waitFor(() => expect(start).toHaveAccessibleDescription(/or later/));
    expect(start).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Check the highlighted fields/)).toBeInTheDocument();
  });

  it('when an owner enrolls people and proposes pods, then every pod shows its members and why it fits', async () => {
    const program = await givenProgram();
    const cohort = await stack.call<{ id: string }>(
      ownerToken,
      'POST',
      `/api/programs/${program.id}/cohorts`,
      { name: 'Autumn', startDate: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10) },
    );
    const managers = new Set(stack.people.map((p) => p.managerId));
    const members = stack.people.filter((p) => !managers.has(p.id)).slice(0, 7);
    await stack.call(ownerToken, 'POST', `/api/cohorts/${cohort.id}/enrollments/bulk`, {
      people: members.map((p) => ({ person: p.upn, level: 2 })),
    });

    renderView(<CohortPage params={{ cohortId: cohort.id }} />, {
      apiUrl: stack.apiUrl,
      token: ownerToken,
      path: `/owner/cohorts/${cohort.id}`,
    });
    expect(await screen.findByRole('heading', { name: 'Autumn', level: 1 })).toBeInTheDocument();
    expect(await screen.findByText(members[0]!.name)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: '2. Pods' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Propose pods' }));

    const pods = await screen.findByRole('list', { name: 'Proposed pods' });
    const cards = within(pods)
      .getAllByRole('listitem', { name: undefined })
      .filter((item) => item.parentElement === pods);
    expect(cards.length).toBe(2);
    const shown = cards.flatMap((card) =>
      members.filter((m) => within(card).queryByText(m.name)).map((m) => m.id),
    );
    expect(new Set(shown)).toEqual(new Set(members.map((m) => m.id)));
    for (const card of cards)
      expect(within(card).getByText(/Shared working time: .* a week/)).toBeInTheDocument();
  });
});
