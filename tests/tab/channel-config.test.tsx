/**
 * @jest-environment ./tests/tab/tab-environment.js
 */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ChannelConfig } from '../../src/features/channel/ChannelConfig';
import { renderView } from './render-view';
import { startTabStack, type TabStack } from './tab-stack';

describe('channel tab configuration outside Teams', () => {
  let stack: TabStack;
  let ownerToken: string;
  let channel: { teamId: string; channelId: string };

  beforeAll(async () => {
    stack = await startTabStack();
    ownerToken = await stack.signIn(stack.people[3]!.upn);
    const { value } = (await (await fetch(`${stack.emulatorUrl}/_emulator/teams`)).json()) as {
      value: { id: string; channels: { id: string }[] }[];
    };
    channel = { teamId: value[0]!.id, channelId: value[0]!.channels[0]!.id };
  });

  afterAll(async () => {
    await stack?.close();
  });

  let programs = 0;
  const bindThrough = async (channelId: string) => {
    const name = `Circle ${++programs}`;
    const program = await stack.call<{ id: string }>(ownerToken, 'POST', '/api/programs', {
      name,
      goal: 'Grow',
    });
    renderView(<ChannelConfig inTeams={false} />, {
      apiUrl: stack.apiUrl,
      token: ownerToken,
      path: '/config',
    });
    fireEvent.click(await screen.findByRole('radio', { name }));
    const form = screen.getByRole('form', { name: 'Channel by id' });
    fireEvent.change(within(form).getByRole('textbox', { name: /Team id/ }), {
      target: { value: channel.teamId },
    });
    fireEvent.change(within(form).getByRole('textbox', { name: /Channel id/ }), {
      target: { value: channelId },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Bind the channel' }));
    return { program, form };
  };

  it('when an owner types the ids of a channel that exists, then the program is bound to it and a preview is offered', async () => {
    const { program } = await bindThrough(channel.channelId);
    expect(await screen.findByRole('link', { name: 'Preview the channel tab' })).toHaveAttribute(
      'href',
      `/channel?programId=${program.id}`,
    );
    const saved = await stack.call<{ summaryChannel: unknown }>(
      ownerToken,
      'GET',
      `/api/programs/${program.id}`,
    );
    expect(saved.summaryChannel).toEqual(channel);
  });

  it('when the channel does not exist, then the Channel id field says so and nothing is bound', async () => {
    const { program, form } = await bindThrough('19:missing@thread.tacv2');
    const field = within(form).getByRole('textbox', { name: /Channel id/ });
    await waitFor(() => expect(field).toHaveAccessibleDescription(/no such channel/));
    const saved = await stack.call<{ summaryChannel: unknown }>(
      ownerToken,
      'GET',
      `/api/programs/${program.id}`,
    );
    expect(saved.summaryChannel).toBeNull();
  });
});
