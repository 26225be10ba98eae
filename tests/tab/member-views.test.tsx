/**
 * @jest-environment ./tests/tab/tab-environment.js
 */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Home } from '../../src/features/home/Home';
import { JoinPage } from '../../src/features/join/JoinPage';
import { renderView } from './render-view';
import { startTabStack, type StackPerson, type TabStack } from './tab-stack';

describe('member views against the API', () => {
  let stack: TabStack;
  let ownerToken: string;
  let cohortId: string;
  let member: StackPerson;

  beforeAll(async () => {
    stack = await startTabStack();
    ownerToken = await stack.signIn(stack.people[3]!.upn);
    const program = await stack.call<{ id: string }>(ownerToken, 'POST', '/api/programs', {
      name: 'New managers',
      goal: 'Grow as leaders',
    });
    const startDate = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    ({ id: cohortId } = await stack.call<{ id: string }>(
      ownerToken,
      'POST',
      `/api/programs/${program.id}/cohorts`,
      { name: 'Spring', startDate },
    ));
    member = stack.people.find((p) => p.zone === 'Asia/Kolkata') ?? stack.people[20]!;
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('when a first-time member opens home, then the welcome covers purpose, ground rules and sessions, and times are in their own zone', async () => {
    localStorage.clear();
    const token = await stack.signIn(member.upn);
    renderView(<Home />, { apiUrl: stack.apiUrl, token, zone: member.zone });

    expect(
      await screen.findByRole('heading', { name: `Hello, ${member.name.split(' ')[0]}`, level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`\\(${member.zone}\\)`))).toBeInTheDocument();
    for (const rule of ['Confidentiality.', 'Respect.', 'Constructive challenge.'])
      expect(screen.getByText(rule)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'How a session runs' })).toBeInTheDocument();
    expect(await screen.findByText(/You are not in a pod yet/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(screen.queryByText('Respect.')).not.toBeInTheDocument();
  });

  it('when a member joins without choosing a level, then the level field says so; once chosen, they are enrolled', async () => {
    const token = await stack.signIn(member.upn);
    renderView(<JoinPage params={{ cohortId }} />, {
      apiUrl: stack.apiUrl,
      token,
      path: `/join/${cohortId}`,
    });
    const form = await screen.findByRole('form', { name: 'Your profile' });
    fireEvent.change(within(form).getByRole('textbox', { name: /What do you want to work on/ }), {
      target: { value: 'delegation, feedback' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Join' }));

    const level = within(form).getByRole('combobox', { name: /Your level/ });
    await waitFor(() => expect(level).toHaveAttribute('aria-invalid', 'true'));
    expect(
      await stack.call<{ value: unknown[] }>(ownerToken, 'GET', `/api/cohorts/${cohortId}/enrollments`),
    ).toEqual({ value: [] });

    fireEvent.change(level, { target: { value: '3' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Join' }));
    expect(await screen.findByText('You are enrolled')).toBeInTheDocument();
    const enrolled = await stack.call<{ value: { personId: string; goals: string[]; level: number }[] }>(
      ownerToken,
      'GET',
      `/api/cohorts/${cohortId}/enrollments`,
    );
    expect(enrolled.value).toEqual([
      expect.objectContaining({ personId: member.id, goals: ['delegation', 'feedback'], level: 3 }),
    ]);
  });

  it('when a member names someone unknown to avoid, then the API error shows next to that field', async () => {
    const other = stack.people.find((p) => p.id !== member.id && p.managerId)!;
    const token = await stack.signIn(other.upn);
    renderView(<JoinPage params={{ cohortId }} />, {
      apiUrl: stack.apiUrl,
      token,
      path: `/join/${cohortId}`,
    });
    const form = await screen.findByRole('form', { name: 'Your profile' });
    fireEvent.change(within(form).getByRole('combobox', { name: /Your level/ }), { target: { value: '2' } });
    const avoid = within(form).getByRole('textbox', { name: /rather not be matched/ });
    fireEvent.change(avoid, { target: { value: 'nobody-here@contoso-demo.example' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Join' }));

    await waitFor(() => expect(avoid).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.queryByText('You are enrolled')).not.toBeInTheDocument();
  });
});
