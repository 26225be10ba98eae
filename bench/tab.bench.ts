import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ensureTabBuild } from '../scripts/tab-build';
import { startTestStack } from '../tests/fixtures/test-stack';
import { median, type BenchFigure, type BenchSuite } from './bench-result';

const CHROMIUM = '/usr/bin/chromium';
const RUNS = 7;
const root = process.cwd();

/** Gzipped bytes of the JavaScript the first page loads: the entry script and the chunks it preloads. */
function initialJsGzipBytes(dist: string): { bytes: number; files: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
    0,
  );
  return { bytes, files: files.length };
}

/**
 * The tab's weight and speed: initial JavaScript gzipped (goal < 300 KB), and the time from navigation to the first
 * meaningful render in headless Chromium on localhost (goal < 1.5 s), for a newcomer's sign-in page and for a
 * signed-in member's home with its data, each on a cold cache.
 */
export const tabSuite: BenchSuite = {
  name: 'tab',
  async run(): Promise<BenchFigure[]> {
    const dist = await ensureTabBuild(root);
    const initial = initialJsGzipBytes(dist);
    const figures: BenchFigure[] = [
      {
        name: 'initial JavaScript, gzipped',
        value: Math.round(initial.bytes / 1024),
        unit: 'KB',
        note: `${initial.files} files; goal < 300 KB`,
      },
    ];
    if (!existsSync(CHROMIUM))
      return [
        ...figures,
        {
          name: 'first meaningful render',
          value: Number.NaN,
          unit: 'ms',
          note: 'skipped: no /usr/bin/chromium',
        },
      ];

    const stack = await startTestStack({ logLevel: 'warn' });
    const browser = await chromium.launch({
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
    try {
      const app = await stack.startApi({ TAB_DIST_DIR: dist });
      const person = stack.org.people[5]!;
      const measure = async (url: string, ready: RegExp) => {
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const context = await browser.newContext();
          const page = await context.newPage();
          await page.goto(url, { waitUntil: 'commit' });
          await page.getByRole('heading', { name: ready, level: 1 }).waitFor();
          // From the start of navigation to the heading being on screen, as the browser measured it.
          times.push(await page.evaluate(() => performance.now()));
          await context.close();
        }
        return median(times);
      };
      const signIn = await measure(`${app.url}/`, /Welcome to PeerPods/);
      const token = await stack.signIn(person.userPrincipalName);
      await stack.api('/api/me', { token }); // the directory cache is warm, as for anyone who opened the tab before
      const home = await measure(`${app.url}/#access_token=${token}`, /^Hello, /);
      figures.push(
        {
          name: 'first meaningful render, sign-in page',
          value: Math.round(signIn),
          unit: 'ms',
          note: `median of ${RUNS} cold loads; goal < 1500 ms`,
        },
        {
          name: 'first meaningful render, member home with data',
          value: Math.round(home),
          unit: 'ms',
          note: `median of ${RUNS} cold loads, after /api/me answers; goal < 1500 ms`,
        },
      );
      return figures;
    } finally {
      await browser.close();
      await stack.close();
    }
  },
};
