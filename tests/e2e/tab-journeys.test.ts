import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { daysFromToday, individualContributors } from '../fixtures/program-api';
import { capturePage, hasChromium, launchChromium, signInThroughPage } from './browser-fixtures';
import { startE2eStack, type E2eStack } from './e2e-stack';

const describeWithChromium = hasChromium ? describe : describe.skip;
if (!hasChromium)
  console.warn(
    'Skipping the tab end-to-end tests: /usr/bin/chromium is missing (apt-get install -y chromium).',
  );

describeWithChromium('the tab end to end in Chromium', () => {
  let e2e: E2eStack;
  let browser: Browser;
  let base: string;
  let channel: { teamId: string; channelId: string };
  const axe: Record<string, unknown> = {};

  beforeAll(async () => {
    e2e = await startE2eStack();
    base = e2e.app.url;
    browser = await launchChromium();
    const teams = (await (await fetch(`${e2e.stack.emulatorUrl}/_emulator/teams`)).json()) as {
      value: { id: string; channels: { id: string; displayName: string }[] }[];
    };
    const team = teams.value[0]!;
    channel = {
      teamId: team.id,
      channelId: team.channels.find((c) => c.displayName === 'Peer coaching')?.id ?? team.channels[0]!.id,
    };
  }, 180_000);

  afterAll(async () => {
    const errors = e2e?.stack.logLines().filter((line) => line.includes('"level":50'));
    if (errors?.length) console.error(`API errors during the run:\n${errors.join('\n')}`);
    await browser?.close();
    await e2e?.close();
  });

  const newPage = async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    // Every step waits for what the page shows; on a busy machine that can take far longer than Playwright's 30 s.
    page.setDefaultTimeout(90_000);
    return page;
  };
  const scan = async (page: Page, name: string) => {
    axe[name] = await capturePage(page, name);
  };

  it("when the tab is built for these tests, then it is React's production build, as users get", () => {
    const assets = join(process.cwd(), 'dist/tab/assets');
    const development = readdirSync(assets).filter(
      (file) => file.endsWith('.js') && readFileSync(join(assets, file), 'utf8').includes('jsxDEV'),
    );
    expect(development).toEqual([]);
  });

  it('when an owner creates a cohort, proposes and publishes pods and schedules them, then progress shows live and results appear', async () => {
    const people = e2e.stack.org.people;
    const owner = people[3]!;
    const members = individualContributors(e2e.stack.org).slice(0, 6);
    const page = await newPage();
    await page.goto(`${base}/owner`);
    await page.getByRole('heading', { name: 'Welcome to PeerPods' }).waitFor();
    await scan(page, 'sign-in');
    await signInThroughPage(page, base, '/owner', 'owner', owner.displayName);
    await page.getByRole('heading', { name: 'Programs I run' }).waitFor();
    await scan(page, 'owner-programs');

    await page.getByRole('button', { name: 'Create a program' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Peer coaching for team leads');
    await page
      .getByRole('textbox', { name: 'Goal' })
      .fill('Grow as leaders by helping each other with real problems.');
    await page.getByRole('textbox', { name: 'Team id' }).fill(channel.teamId);
    await page.getByRole('textbox', { name: 'Channel id' }).fill(channel.channelId);
    await page.getByRole('button', { name: 'Create program' }).click();

    const cohortForm = page.getByRole('form', { name: 'New cohort' });
    await cohortForm.waitFor();
    await cohortForm.getByRole('textbox', { name: 'Cohort name' }).fill('Spring');
    await cohortForm.getByRole('spinbutton', { name: 'Sessions' }).fill('3');
    await cohortForm.getByRole('spinbutton', { name: /Session length/ }).fill('105');
    await scan(page, 'owner-program');
    await cohortForm.getByRole('button', { name: 'Create cohort' }).click();

    await page.getByText('Invite people with this link').waitFor();
    await page
      .getByRole('textbox', { name: 'Email addresses' })
      .fill(members.map((m) => m.userPrincipalName).join('\n'));
    await page.getByRole('button', { name: 'Enroll', exact: true }).click();
    await page.getByText(`Enrolled ${members.length} people`).waitFor();
    await scan(page, 'owner-enrollment');

    await page.getByRole('tab', { name: '2. Pods' }).click();
    await page.getByRole('button', { name: 'Propose pods' }).click();
    await page.getByRole('list', { name: 'Proposed pods' }).waitFor();
    await scan(page, 'owner-pods');
    await page.getByRole('button', { name: 'Publish pods' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText(/Published: members can see their pod/).waitFor();

    await page.getByRole('tab', { name: '3. Schedule' }).click();
    await page.getByRole('button', { name: 'Schedule all pods' }).click();
    const progress = page.getByRole('progressbar');
    await progress.waitFor();
    await page.getByText('Scheduling finished').waitFor();
    expect(await progress.getAttribute('aria-valuetext')).toBe('2 of 2 pods');
    await scan(page, 'owner-schedule');

    await page.getByRole('tab', { name: '4. Results' }).click();
    await page.getByRole('list', { name: 'Results' }).waitFor();
    await page.getByRole('button', { name: 'Download the figures (CSV)' }).waitFor();
    await scan(page, 'owner-results');
    await page.close();
  });

  it('when a member finds a time and books it, checks in, checks out and closes the session, then the summary card reaches the channel', async () => {
    const { stack } = e2e;
    const owner = await stack.signIn(stack.org.people[3]!.userPrincipalName);
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await stack.api(path, {
        method,
        token: owner,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<{ id: string }>;
    };
    // The seeded calendars are 50–70% busy: pick a pair whose pod has a free weekly time (the search is what the UI shows).
    const candidates = individualContributors(stack.org).slice(10);
    let members: typeof candidates = [];
    for (let i = 0; i + 1 < candidates.length && i < 16 && members.length === 0; i += 2) {
      const pair = [candidates[i]!, candidates[i + 1]!];
      const program = await call('POST', '/api/programs', {
        name: `Peer coaching ${i}`,
        goal: 'Grow as leaders',
        summaryChannel: channel,
      });
      const cohort = await call('POST', `/api/programs/${program.id}/cohorts`, {
        name: 'Summer',
        startDate: daysFromToday(2),
        cadence: 'weekly',
        sessionCount: 3,
        sessionMinutes: 60,
        podSizeMin: 2,
        podSizeMax: 2,
      });
      await call('POST', `/api/cohorts/${cohort.id}/enrollments/bulk`, {
        people: pair.map((m) => ({ person: m.userPrincipalName, level: 2 })),
      });
      const proposal = (await call('POST', `/api/cohorts/${cohort.id}/pod-proposals`, {})) as unknown as {
        pods: { id: string }[];
      };
      await call('POST', `/api/cohorts/${cohort.id}/publish`, {});
      const memberToken = await stack.signIn(pair[0]!.userPrincipalName);
      const search = await stack.api(`/api/pods/${proposal.pods[0]!.id}/slot-search`, {
        method: 'POST',
        token: memberToken,
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      if (((await search.json()) as { feasible?: boolean }).feasible) members = pair;
    }
    expect(members).toHaveLength(2);

    const member = members[0]!;
    const page = await newPage();
    await signInThroughPage(page, base, '/', 'member', member.displayName);
    await page.getByRole('heading', { name: `Hello, ${member.displayName.split(' ')[0]}` }).waitFor();
    await page.getByText(/has no meeting times yet/).waitFor();
    await scan(page, 'member-home');

    await page.getByRole('button', { name: 'Find a time' }).click();
    await page.getByRole('heading', { name: 'Find a time' }).waitFor();
    await page.getByRole('button', { name: 'Find a time' }).click();
    const book = page.getByRole('button', { name: 'Book this time' }).first();
    await book.waitFor();
    await scan(page, 'member-find-a-time');
    await book.click();
    await page
      .getByRole('table', { name: 'Sessions', exact: true })
      .waitFor()
      .catch(async (e: unknown) => {
        await page.screenshot({ path: 'test-artifacts/e2e/debug-book.png', fullPage: true });
        throw e;
      });
    await scan(page, 'member-pod');

    // Time passes: the first session begins (the API runs on the real clock, so its start moves into the past).
    const podId = new URL(page.url()).pathname.split('/').pop()!;
    await sql`update sessions set starts_at = now() - interval '5 minutes', ends_at = now() + interval '55 minutes'
      where seq = 1 and series_id in (select id from series where pod_id = ${podId})`.execute(
      stack.database.db,
    );

    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Check out' }).click();
    await page.getByRole('heading', { name: /session 1 of 3/ }).waitFor();
    const checkIn = page.getByRole('form', { name: 'Check-in' });
    await checkIn.getByRole('textbox', { name: /How are you showing up/ }).fill('Focused');
    await checkIn.getByRole('button', { name: 'Check in' }).click();
    await checkIn.getByText('Checked in.').waitFor();

    const checkOut = page.getByRole('form', { name: 'Check-out' });
    await checkOut.getByRole('button', { name: 'Check out' }).click();
    await checkOut
      .getByRole('textbox', { name: /One insight/ })
      .and(page.locator('[aria-invalid="true"]'))
      .waitFor();
    const insight = 'Asking what would make it easy beats pushing harder.';
    await checkOut.getByRole('textbox', { name: /One insight/ }).fill(insight);
    await checkOut
      .getByRole('textbox', { name: /One commitment/ })
      .fill('Try one easy-path question in Monday’s review.');
    await checkOut.getByRole('switch', { name: /Share my insight/ }).check();
    await checkOut.getByRole('button', { name: 'Check out' }).click();
    await checkOut.getByText(/Checked out/).waitFor();
    await scan(page, 'member-session');

    await page.getByRole('button', { name: 'Close the session' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close and post summary' }).click();
    await page.getByText(/summary, shareable insights only, is posted/).waitFor();

    const posted = await fetch(
      `${stack.emulatorUrl}/_emulator/teams/${channel.teamId}/channels/${encodeURIComponent(channel.channelId)}/messages`,
    );
    expect(JSON.stringify(await posted.json())).toContain(insight);
    await page.close();
  });

  it('when the tab is framed by a page that is not Teams, then it gives up on Teams within about 2 s and offers the demo sign-in', async () => {
    const page = await newPage();
    // Same origin, so the tab's frame-ancestors policy allows the frame; teams-js would wait 60 s for a host here.
    await page.route(`${base}/not-teams`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Host</title><iframe src="${base}/" width="1000" height="700"></iframe>`,
      }),
    );
    // The page's clock stands still until the test moves it, so what is checked is the tab's own 2 s wait for a
    // Teams host (TEAMS_DETECT_TIMEOUT_MS), not how fast this machine loads the page.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.goto(`${base}/not-teams`);
    const tab = page.frameLocator('iframe');
    const welcome = tab.getByRole('heading', { name: 'Welcome to PeerPods' });
    await tab.getByText('Starting PeerPods…').waitFor();
    await page.clock.runFor(1_500);
    expect(await welcome.isVisible()).toBe(false);
    await page.clock.runFor(1_000);
    await page.clock.resume();
    // teams-js alone would hold the page for 60 s.
    await welcome.waitFor({ timeout: 30_000 });
    await page.close();
  });

  it('when each page is scanned with axe in light, dark and high contrast, then none has a serious or critical violation', () => {
    const failures = Object.entries(axe).flatMap(([pageName, byTheme]) =>
      Object.entries(byTheme as Record<string, { id: string; targets: string[] }[]>).flatMap(
        ([theme, found]) => found.map((f) => `${pageName} (${theme}): ${f.id} at ${f.targets.join(', ')}`),
      ),
    );
    expect(Object.keys(axe).length).toBeGreaterThanOrEqual(10);
    expect(failures).toEqual([]);
  });
});
