import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'e2e');

/** Debian's Chromium, headless, with nothing that reaches out to the network on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Signs in through the tab's sign-in page and the emulator's list of demo people: the two clicks a newcomer makes. */
export async function signInThroughPage(
  page: Page,
  baseUrl: string,
  path: string,
  as: 'member' | 'owner',
  personName: string,
): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page
    .getByRole('link', { name: 'Choose a demo person' })
    .nth(as === 'member' ? 0 : 1)
    .click();
  await page.getByRole('link', { name: personName, exact: true }).click();
  await page.waitForURL((url) => url.origin === baseUrl && !url.hash.includes('access_token'));
}

/** Switches the tab's theme through its own menu, keeping the page's state. */
export async function chooseTheme(page: Page, theme: 'Light' | 'Dark' | 'High contrast'): Promise<void> {
  await page.getByRole('button', { name: /^Theme: / }).click();
  await page.getByRole('menuitemradio', { name: theme }).click();
  await page.getByRole('button', { name: `Theme: ${theme}` }).waitFor();
  await page.getByRole('menu').waitFor({ state: 'detached' });
  await settled(page);
}

/**
 * Waits until every finite CSS transition and animation on the page has run its course (a theme switch fades
 * colours), so screenshots and contrast checks see the final colours however slowly the machine draws them.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical findings for the page as it is now. Evaluated through the debugger, so the tab's CSP stays on. */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(axeSource);
  const findings = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: object,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    // Fluent's focus manager (tabster) adds focusable aria-hidden <i data-tabster-dummy> sentinels that hand focus on at
    // once; axe flags them (aria-hidden-focus), a false positive Fluent documents as by design (microsoft/fluentui#27517).
    const result = await axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  return findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
}

/**
 * Screenshots `name` in light and dark (and scans each with axe), leaving the page in light. Returns the findings
 * keyed by theme so a test can show all of them at once.
 */
export async function capturePage(page: Page, name: string): Promise<Record<string, AxeFinding[]>> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const findings: Record<string, AxeFinding[]> = {};
  for (const theme of ['Light', 'Dark', 'High contrast'] as const) {
    await chooseTheme(page, theme);
    if (theme !== 'High contrast')
      await page.screenshot({ path: join(ARTIFACTS, `${name}-${theme.toLowerCase()}.png`), fullPage: true });
    findings[theme] = await seriousAxeFindings(page);
  }
  await chooseTheme(page, 'Light');
  return findings;
}
