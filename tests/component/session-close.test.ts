import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { scoped } from '../../api/store/scoped';
import { defaultGrant, DEMO_TENANT_ID } from '../../emulator/demo-tenant';
import type { EmulatorPerson } from '../../emulator/types';
import { givenSessionLoop, hoursFromNow, type GivenCohort } from '../fixtures/session-loop-builders';
import { startTestStack, type TestStack } from '../fixtures/test-stack';

let stack: TestStack;
let members: EmulatorPerson[];
let owner: EmulatorPerson;
let cohort: GivenCohort;
let channel: { teamId: string; channelId: string };
const tokens = new Map<string, string>();

const as = (person: EmulatorPerson) => tokens.get(person.id)!;
const put = (path: string, body: unknown, person: EmulatorPerson) =>
  stack.api(path, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    token: as(person),
  });
const close = (sessionId: string, person: EmulatorPerson) =>
  stack.api(`/api/sessions/${sessionId}/close`, { method: 'POST', token: as(person) });
const channelMessages = async () => {
  const res = await fetch(
    `${stack.emulatorUrl}/_emulator/teams/${channel.teamId}/channels/${channel.channelId}/messages`,
  );
  return (
    (await res.json()) as {
      value: {
        from: { user: { id: string } };
        body: { content: string };
        attachments: { contentType: string; content: string }[];
      }[];
    }
  ).value;
};
const started = () => cohort.pods[0]!.sessionIds[0]!;
const upcoming = () => cohort.pods[0]!.sessionIds[1]!;

beforeAll(async () => {
  stack = await startTestStack();
  const people = stack.org.people.filter((p) => p.level <= 3);
  members = people.slice(0, 3);
  owner = people[3]!;
  const team = stack.org.teams[0]!;
  channel = { teamId: team.id, channelId: team.channels[0]!.id };
  cohort = await givenSessionLoop(stack.database.db, DEMO_TENANT_ID, {
    owners: [owner],
    channel,
    pods: [{ name: 'Pod Borealis', members, starts: [hoursFromNow(-2), hoursFromNow(166)] }],
  });
  for (const person of [...members, owner])
    tokens.set(person.id, await stack.signIn(person.userPrincipalName));
  // Three check-outs: shareable with name, shareable anonymous, private.
  const [a, b, c] = members as [EmulatorPerson, EmulatorPerson, EmulatorPerson];
  await put(
    `/api/sessions/${started()}/check-out`,
    { insight: 'Say the hard thing early', commitment: 'Book the 1:1', shareable: true, showName: true },
    a,
  );
  await put(
    `/api/sessions/${started()}/check-out`,
    { insight: 'Silence is a tool', commitment: 'Pause twice', shareable: true },
    b,
  );
  await put(
    `/api/sessions/${started()}/check-out`,
    { insight: 'I avoid conflict at home too', commitment: 'Talk to my partner' },
    c,
  );
});

afterAll(async () => {
  await stack?.close();
});

describe('closing a session', () => {
  it('when a member closes a session that has not started, then 409 says so and nothing is posted', async () => {
    const res = await close(upcoming(), members[0]!);
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ type: 'urn:peerpods:problem:session_not_started' });
    expect(await channelMessages()).toHaveLength(0);
  });

  it('when an owner outside the pod closes it, then 403', async () => {
    expect((await close(started(), owner)).status).toBe(403);
  });

  it('when posting fails (no ChannelMessage.Send), then the close reports the upstream failure and the post can be retried', async () => {
    await stack.control('/permissions', {
      delegated: defaultGrant().delegated.filter((p) => p !== 'ChannelMessage.Send'),
    });
    try {
      const res = await close(started(), members[1]!);
      expect(res.status).toBe(502);
      expect(await res.json()).toMatchObject({ upstream: { service: 'graph', status: 403 } });
      expect(await channelMessages()).toHaveLength(0);
      expect(await scoped(stack.database.db, DEMO_TENANT_ID).channelPosts.get(started())).toBeUndefined();
    } finally {
      await stack.control('/permissions', { delegated: defaultGrant().delegated });
    }
  });

  it('when two members close at once, then exactly one card is posted, as the member whose close posted it', async () => {
    const [first, second] = await Promise.all([close(started(), members[0]!), close(started(), members[2]!)]);
    const bodies = [await first.json(), await second.json()];
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(bodies.map((b) => b.summary).sort()).toEqual(expect.arrayContaining(['posted']));
    expect(bodies.filter((b) => b.summary === 'posted')).toHaveLength(1);
    const messages = await channelMessages();
    expect(messages).toHaveLength(1);
    const closer = bodies[0].summary === 'posted' ? members[0]! : members[2]!;
    expect(messages[0]!.from.user.id).toBe(closer.id);
    expect((await scoped(stack.database.db, DEMO_TENANT_ID).channelPosts.get(started()))?.postedBy).toBe(
      closer.id,
    );
  });

  it('when the card is read back, then it carries pod, session n of N, attendance and only shareable insights', async () => {
    const [message] = await channelMessages();
    const attachment = message!.attachments[0]!;
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(message!.body.content).toContain('<attachment id=');
    const card = JSON.parse(attachment.content);
    const texts: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (record.type === 'TextBlock') texts.push(String(record.text));
        if (record.type === 'FactSet')
          for (const f of record.facts as { title: string; value: string }[])
            texts.push(`${f.title}: ${f.value}`);
        Object.values(record).forEach(walk);
      }
    };
    walk(card.body);
    expect(texts).toEqual([
      'Pod Borealis',
      'Session 1 of 2',
      'Attendance: 3',
      'Insights shared: 2',
      'Say the hard thing early',
      `— ${members[0]!.displayName}`,
      'Silence is a tool',
      '— a pod member',
    ]);
    // The card names only the author who allowed it; the message's sender is whoever's close posted it.
    const raw = JSON.stringify({ ...message, from: undefined });
    for (const secret of [
      'I avoid conflict',
      'Book the 1:1',
      'Pause twice',
      'Talk to my partner',
      members[1]!.displayName,
      members[2]!.displayName,
    ])
      expect(raw).not.toContain(secret);
  });

  it('when the session is closed again, then nothing more is posted and check-outs are frozen', async () => {
    const again = await close(started(), members[1]!);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ summary: 'already' });
    expect(await channelMessages()).toHaveLength(1);
    const edit = await put(
      `/api/sessions/${started()}/check-out`,
      { insight: 'Changed', commitment: 'Changed' },
      members[0]!,
    );
    expect(edit.status).toBe(409);
  });
});

describe('feedback', () => {
  it('when a member rates a session that is not closed, then 409', async () => {
    const res = await put(`/api/sessions/${upcoming()}/feedback`, { rating: 4 }, members[0]!);
    expect(res.status).toBe(409);
  });

  it('when members rate the closed session, then the pod sees the average and their own rating only', async () => {
    expect(
      (await put(`/api/sessions/${started()}/feedback`, { rating: 5, comment: 'Great pacing' }, members[0]!))
        .status,
    ).toBe(200);
    const res = await put(`/api/sessions/${started()}/feedback`, { rating: 4 }, members[1]!);
    expect(await res.json()).toEqual({
      sessionId: started(),
      ratings: 2,
      average: 4.5,
      mine: { rating: 4, comment: null },
    });
    const read = await stack.api(`/api/sessions/${started()}/feedback`, { token: as(members[2]!) });
    const text = await read.text();
    expect(JSON.parse(text)).toMatchObject({ ratings: 2, average: 4.5, mine: null });
    expect(text).not.toContain('Great pacing');
  });

  it.each([[0], [6], [3.5]])('when the rating is %p, then 400 names rating', async (rating) => {
    const res = await put(`/api/sessions/${started()}/feedback`, { rating }, members[2]!);
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].field).toBe('rating');
  });

  it('when an owner outside the pod reads the feedback, then 403', async () => {
    expect((await stack.api(`/api/sessions/${started()}/feedback`, { token: as(owner) })).status).toBe(403);
  });
});
