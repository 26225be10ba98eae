import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { scoped } from '../../api/store/scoped';
import { DEMO_TENANT_ID } from '../../emulator/demo-tenant';
import type { EmulatorPerson } from '../../emulator/types';
import { anInvoke, deliver, teamsIdOf } from '../fixtures/bot-activities';
import { givenSessionLoop, hoursFromNow, type GivenCohort } from '../fixtures/session-loop-builders';
import { startTestStack, type TestStack } from '../fixtures/test-stack';

let stack: TestStack;
let members: EmulatorPerson[];
let owner: EmulatorPerson;
let cohort: GivenCohort;

interface Attachment {
  contentType: string;
  content: { body: Record<string, unknown>[]; actions?: { title: string; url: string }[] };
  preview?: unknown;
}
const texts = (card: { body: Record<string, unknown>[] }) => JSON.stringify(card.body);
const store = () => scoped(stack.database.db, DEMO_TENANT_ID);
const session = () => cohort.pods[0]!.sessionIds[0]!;
const submit = (person: EmulatorPerson, data: unknown) =>
  deliver(
    stack,
    anInvoke(stack, person, 'composeExtension/submitAction', {
      commandId: 'checkOut',
      commandContext: 'compose',
      data,
    }),
  );

beforeAll(async () => {
  stack = await startTestStack();
  const people = stack.org.people.filter((p) => p.level <= 3);
  members = people.slice(0, 3);
  owner = people[3]!;
  const team = stack.org.teams[0]!;
  cohort = await givenSessionLoop(stack.database.db, DEMO_TENANT_ID, {
    owners: [owner],
    channel: { teamId: team.id, channelId: team.channels[0]!.id },
    pods: [
      {
        name: 'Pod Cirrus',
        members,
        starts: [hoursFromNow(-1), hoursFromNow(167)],
        joinUrl: 'https://teams.example/join/cirrus',
      },
      { name: 'Pod Stratus', members: [members[0]!, owner], starts: [hoursFromNow(30)] },
    ],
  });
});

afterAll(async () => {
  await stack?.close();
});

describe('inbound authentication', () => {
  it.each([
    ['unsigned', 'unsigned'],
    ['signed for another bot', 'other-audience'],
  ] as const)(
    'when an activity arrives %s, then it is rejected with 401 and nothing runs',
    async (_case, mode) => {
      const res = await deliver(
        stack,
        anInvoke(stack, members[0]!, 'composeExtension/query', { commandId: 'myPods', parameters: [] }),
        { as: mode },
      );
      expect(res.status).toBe(401);
    },
  );
});

describe('"My pods" search (composeExtension/query)', () => {
  it("when a member searches, then each of their pods comes back as a card with the next session's join and agenda links", async () => {
    const res = await deliver(
      stack,
      anInvoke(stack, members[0]!, 'composeExtension/query', {
        commandId: 'myPods',
        parameters: [{ name: 'initialRun', value: 'true' }],
      }),
    );
    expect(res.status).toBe(200);
    const { composeExtension } = res.body as {
      composeExtension: { type: string; attachmentLayout: string; attachments: Attachment[] };
    };
    expect(composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    expect(composeExtension.attachments).toHaveLength(2);
    const cirrus = composeExtension.attachments.find((a) => texts(a.content).includes('Pod Cirrus'))!;
    expect(cirrus.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(texts(cirrus.content)).toContain('Session 1 of 2');
    expect(cirrus.content.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Join', url: 'https://teams.example/join/cirrus' },
      {
        type: 'Action.OpenUrl',
        title: 'Agenda',
        url: `${stack.config.publicUrl}/sessions/${session()}/agenda`,
      },
    ]);
    expect(cirrus.preview).toMatchObject({ content: { title: 'Pod Cirrus' } });
  });

  it('when the member types part of a pod name, then only matching pods come back', async () => {
    const res = await deliver(
      stack,
      anInvoke(stack, members[0]!, 'composeExtension/query', {
        commandId: 'myPods',
        parameters: [{ name: 'search', value: 'strat' }],
      }),
    );
    const attachments = (res.body as { composeExtension: { attachments: Attachment[] } }).composeExtension
      .attachments;
    expect(attachments.map((a) => texts(a.content).includes('Pod Stratus'))).toEqual([true]);
  });

  it('when the activity names a tenant the app does not serve, then the answer is an error card, not a 500', async () => {
    const res = await deliver(
      stack,
      anInvoke(
        stack,
        members[0]!,
        'composeExtension/query',
        { commandId: 'myPods', parameters: [] },
        '11111111-2222-4333-8444-555555555555',
      ),
    );
    expect(res.status).toBe(200);
    const [attachment] = (res.body as { composeExtension: { attachments: Attachment[] } }).composeExtension
      .attachments;
    expect(texts(attachment!.content)).toContain('could not tell who you are');
  });
});

describe('"Check out" action (fetchTask and submitAction)', () => {
  it('when a member opens the action, then a task module form lists the sessions they can check out of', async () => {
    const res = await deliver(
      stack,
      anInvoke(stack, members[1]!, 'composeExtension/fetchTask', {
        commandId: 'checkOut',
        commandContext: 'compose',
      }),
    );
    expect(res.status).toBe(200);
    const { task } = res.body as { task: { type: string; value: { title: string; card: Attachment } } };
    expect(task.type).toBe('continue');
    const inputs = task.value.card.content.body.filter((b) => typeof b.id === 'string');
    expect(inputs.map((b) => b.id)).toEqual(['sessionId', 'insight', 'commitment', 'shareable', 'showName']);
    expect(inputs[0]!.choices).toEqual([
      { title: expect.stringContaining('Pod Cirrus: session 1 of 2'), value: session() },
    ]);
  });

  it('when a member submits the form, then it is saved exactly as the tab saves it and a postable card comes back', async () => {
    const res = await submit(members[1]!, {
      sessionId: session(),
      insight: 'Ask, then listen',
      commitment: 'Ask Kim about the launch',
      shareable: 'true',
      showName: 'false',
    });
    expect(res.status).toBe(200);
    const { composeExtension } = res.body as {
      composeExtension: { type: string; attachments: Attachment[] };
    };
    expect(composeExtension.type).toBe('result');
    const card = texts(composeExtension.attachments[0]!.content);
    expect(card).toContain('Checked out of Pod Cirrus');
    expect(card).toContain('Ask, then listen');
    expect(card).not.toContain('Ask Kim');
    expect(await store().checkouts.get(session(), members[1]!.id)).toMatchObject({
      insight: 'Ask, then listen',
      insightShareable: true,
      showName: false,
    });
    expect((await store().commitments.listByPods([cohort.pods[0]!.id])).map((c) => c.text)).toEqual([
      'Ask Kim about the launch',
    ]);
    // The tab reads back the same record.
    const token = await stack.signIn(members[1]!.userPrincipalName);
    const notes = await (await stack.api(`/api/sessions/${session()}/notes`, { token })).json();
    expect(notes.checkOuts).toEqual([
      expect.objectContaining({ insight: 'Ask, then listen', commitment: 'Ask Kim about the launch' }),
    ]);
  });

  it('when the form has an empty insight, then the form comes back with the problem and the text kept, and nothing is saved', async () => {
    const res = await submit(members[2]!, {
      sessionId: session(),
      insight: ' ',
      commitment: 'Keep me',
      shareable: 'false',
      showName: 'false',
    });
    expect(res.status).toBe(200);
    const { task } = res.body as { task: { type: string; value: { card: Attachment } } };
    expect(task.type).toBe('continue');
    const body = texts(task.value.card.content);
    expect(body).toContain('insight: must not be empty');
    expect(body).toContain('Keep me');
    expect(await store().checkouts.get(session(), members[2]!.id)).toBeUndefined();
  });

  it.each([
    ['no data at all', undefined],
    ['a session id that is not an id', { sessionId: 'abc', insight: 'i', commitment: 'c' }],
    [
      'a toggle that is not a toggle',
      {
        sessionId: '00000000-0000-4000-8000-000000000000',
        insight: 'i',
        commitment: 'c',
        shareable: 'maybe',
      },
    ],
  ])('when the payload has %s, then an error card comes back, never a 500', async (_case, data) => {
    const res = await submit(members[2]!, data);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toMatch(/Please fix|That did not work/);
    expect(await store().checkouts.get(session(), members[2]!.id)).toBeUndefined();
  });

  it("when an owner outside the pod submits for the pod's session, then the card says 403's message and nothing is saved", async () => {
    const res = await submit(owner, { sessionId: session(), insight: 'Sneaky', commitment: 'Sneaky' });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain('Only members of this pod');
    expect(JSON.stringify(res.body)).not.toContain('Ask, then listen');
    expect(await store().checkouts.get(session(), owner.id)).toBeUndefined();
  });
});

describe('installation', () => {
  it('when the app is installed in a team, then the conversation reference is stored; users are remembered by their Teams id', async () => {
    await stack.control('/bot/endpoint', { endpoint: `${stack.apiUrl}/api/messages` });
    const team = stack.org.teams[1]!;
    const res = await stack.control('/bot/install', { teamId: team.id, installedBy: members[0]!.id });
    expect(((await res.json()) as { status: number }).status).toBe(200);
    const refs = await store().conversations.list();
    expect(refs).toEqual([
      expect.objectContaining({
        kind: 'channel',
        teamId: team.id,
        channelId: team.channels[0]!.id,
        serviceUrl: `${stack.emulatorUrl}/botconnector/`,
      }),
    ]);
    expect(await store().conversations.teamsUser(members[1]!.id)).toMatchObject({
      teamsUserId: teamsIdOf(members[1]!),
    });
  });
});
