import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EmulatorPerson } from '../../emulator/types';
import { startTestStack, type TestStack } from '../fixtures/test-stack';

let stack: TestStack;
let owner: EmulatorPerson;
let other: EmulatorPerson;
let channel: { teamId: string; channelId: string };
const tokens = new Map<string, string>();
const send = (method: string, path: string, body: unknown, person: EmulatorPerson) =>
  stack.api(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    token: tokens.get(person.id)!,
  });
const givenProgram = async () =>
  (await (
    await send('POST', '/api/programs', { name: 'Peer coaching', goal: 'Grow as leaders' }, owner)
  ).json()) as { id: string };

beforeAll(async () => {
  stack = await startTestStack();
  [owner, other] = stack.org.people.slice(3, 5) as [EmulatorPerson, EmulatorPerson];
  for (const person of [owner, other]) tokens.set(person.id, await stack.signIn(person.userPrincipalName));
  const team = stack.org.teams[0]!;
  channel = { teamId: team.id, channelId: team.channels[0]!.id };
});

afterAll(async () => {
  await stack?.close();
});

describe('PATCH /api/programs/{id}', () => {
  it('when an owner binds a channel that exists, then the program keeps it and reads it back', async () => {
    const program = await givenProgram();
    const res = await send('PATCH', `/api/programs/${program.id}`, { summaryChannel: channel }, owner);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id: program.id,
      name: 'Peer coaching',
      summaryChannel: channel,
    });
    const read = await (await send('GET', `/api/programs/${program.id}`, undefined, owner)).json();
    expect(read.summaryChannel).toEqual(channel);
  });

  it('when an owner renames the program and unbinds the channel, then both change', async () => {
    const program = await givenProgram();
    await send('PATCH', `/api/programs/${program.id}`, { summaryChannel: channel }, owner);
    const res = await send(
      'PATCH',
      `/api/programs/${program.id}`,
      { name: 'Leaders circle', summaryChannel: null },
      owner,
    );
    expect(await res.json()).toMatchObject({
      name: 'Leaders circle',
      goal: 'Grow as leaders',
      summaryChannel: null,
    });
  });

  it('when someone who is not an owner binds a channel, then 403 and the program is unchanged', async () => {
    const program = await givenProgram();
    expect(
      (await send('PATCH', `/api/programs/${program.id}`, { summaryChannel: channel }, other)).status,
    ).toBe(403);
    const read = await (await send('GET', `/api/programs/${program.id}`, undefined, owner)).json();
    expect(read.summaryChannel).toBeNull();
  });

  it('when the channel does not exist in the team, then 422 names summaryChannel and nothing is saved', async () => {
    const program = await givenProgram();
    const res = await send(
      'PATCH',
      `/api/programs/${program.id}`,
      { summaryChannel: { ...channel, channelId: '19:missing@thread.tacv2' } },
      owner,
    );
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await res.json()).errors).toEqual([expect.objectContaining({ field: 'summaryChannel' })]);
    const read = await (await send('GET', `/api/programs/${program.id}`, undefined, owner)).json();
    expect(read.summaryChannel).toBeNull();
  });

  it('when the body is empty or names an unknown field, then 400 before Graph is asked', async () => {
    const program = await givenProgram();
    expect((await send('PATCH', `/api/programs/${program.id}`, {}, owner)).status).toBe(400);
    expect((await send('PATCH', `/api/programs/${program.id}`, { ownerIds: [] }, owner)).status).toBe(400);
  });
});
