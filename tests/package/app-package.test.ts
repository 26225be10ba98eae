import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { iconProblems, nonWhiteOpaquePixels } from '../../scripts/app-package/icon-rules';
import { drawColorIcon, drawOutlineIcon } from '../../scripts/app-package/peerpods-mark';
import { decodePng, encodePng } from '../../scripts/app-package/png';
import { readZip } from '../../scripts/app-package/zip-archive';

const root = join(import.meta.dirname, '..', '..');
/** Ids as `teamsapp provision` writes them into env/.env.dev. */
const PROVISIONED = {
  TEAMS_APP_ID: '2f1c9e44-8d3b-4a7e-9c15-6b0a2d4e8f31',
  AAD_APP_CLIENT_ID: '8a6d2c10-4e5f-4b7a-9c3d-1e2f3a4b5c6d',
};

/** A copy of appPackage/ and env/ in a temporary folder, so builds never touch the work tree. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'peerpods-package-'));
  for (const part of [
    'appPackage/manifest.json',
    'appPackage/color.png',
    'appPackage/outline.png',
    'env/.env.dev',
    'env/.env.local',
  ]) {
    cpSync(join(root, part), join(dir, part));
  }
  return dir;
}

/** Later lines of a dotenv file win, as provisioning's rewrite would. */
function provision(dir: string, values: Record<string, string>): void {
  appendFileSync(
    join(dir, 'env', '.env.dev'),
    Object.entries(values)
      .map(([k, v]) => `\n${k}=${v}`)
      .join(''),
  );
}

/** `npm run package` in a child process: Node loads @microsoft/app-manifest there, which jest's loader cannot. */
async function runPackage(
  dir: string,
  env: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = ['--import', 'tsx', join(root, 'scripts', 'package-app.ts'), '--root', dir, '--env', env];
  return promisify(execFile)(process.execPath, args, { cwd: root }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

function packagedManifest(dir: string, env: string): Record<string, unknown> {
  const entry = readZip(readFileSync(join(dir, 'appPackage', 'build', `peerpods.${env}.zip`))).find(
    (e) => e.name === 'manifest.json',
  );
  return JSON.parse(entry!.data.toString()) as Record<string, unknown>;
}

let dir: string;
beforeEach(() => {
  dir = workspace();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run package', () => {
  it.each(['local', 'dev'])(
    'when built for %s, then it validates offline and the zip holds exactly the manifest and two icons at its root',
    async (env) => {
      if (env === 'dev') provision(dir, PROVISIONED);
      const result = await runPackage(dir, env);
      expect(result).toMatchObject({
        code: 0,
        stdout: `App package: ${join(dir, 'appPackage', 'build', `peerpods.${env}.zip`)}\n`,
      });
      const entries = readZip(readFileSync(join(dir, 'appPackage', 'build', `peerpods.${env}.zip`)));
      expect(entries.map((e) => e.name).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
      expect(entries.find((e) => e.name === 'outline.png')?.data).toEqual(
        readFileSync(join(root, 'appPackage', 'outline.png')),
      );
      const text = entries.find((e) => e.name === 'manifest.json')!.data.toString();
      expect(text).not.toContain('${{');
      expect(
        Number(String((JSON.parse(text) as { manifestVersion: string }).manifestVersion).split('.')[1]),
      ).toBeGreaterThanOrEqual(29);
    },
  );

  it('when built for dev, then tabs, bot, message extension, SSO, consent and domains follow the issue', async () => {
    provision(dir, PROVISIONED);
    expect((await runPackage(dir, 'dev')).code).toBe(0);
    const m = packagedManifest(dir, 'dev') as {
      id: string;
      staticTabs: { scopes: string[]; contentUrl?: string }[];
      configurableTabs: { configurationUrl: string; scopes: string[] }[];
      bots: { botId: string; scopes: string[] }[];
      composeExtensions: {
        botId: string;
        commands: { id: string; type: string; fetchTask?: boolean; parameters: { name: string }[] }[];
      }[];
      webApplicationInfo: { id: string; resource: string };
      authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
      validDomains: string[];
    };
    const host = 'peerpods-dev.azurewebsites.net';
    expect(m.id).toBe(PROVISIONED.TEAMS_APP_ID);
    expect(m.staticTabs.find((t) => t.contentUrl)).toMatchObject({
      scopes: ['personal'],
      contentUrl: expect.stringMatching(`^https://${host}/`),
    });
    expect(m.configurableTabs).toEqual([
      expect.objectContaining({ configurationUrl: `https://${host}/config`, scopes: ['team', 'groupChat'] }),
    ]);
    expect(m.bots).toEqual([
      expect.objectContaining({ botId: PROVISIONED.AAD_APP_CLIENT_ID, scopes: ['team', 'personal'] }),
    ]);
    const commands = m.composeExtensions[0]!.commands;
    // The ids and the search parameter the bot's message extension handlers and their tests use.
    expect(commands.map((c) => [c.id, c.type, c.fetchTask ?? false])).toEqual([
      ['myPods', 'query', false],
      ['checkOut', 'action', true],
    ]);
    expect(commands[0]!.parameters.map((p) => p.name)).toEqual(['search']);
    expect(m.webApplicationInfo).toEqual({
      id: PROVISIONED.AAD_APP_CLIENT_ID,
      resource: `api://${host}/botid-${PROVISIONED.AAD_APP_CLIENT_ID}`,
    });
    // The bot posts only through the Bot Connector where it is installed, and channel summaries go through delegated
    // Graph as the closing member, so no resource-specific consent is asked of team owners.
    expect(m.authorization.permissions.resourceSpecific).toEqual([]);
    expect(m.validDomains).toEqual([host]);
  });

  it('when dev is not provisioned yet, then the build fails naming each missing id', async () => {
    const result = await runPackage(dir, 'dev');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('TEAMS_APP_ID is not set in env/.env.dev');
    expect(result.stderr).toContain('AAD_APP_CLIENT_ID is not set in env/.env.dev');
  });

  it("when a value breaks the schema, then the build fails with the schema's own message and writes no zip", async () => {
    provision(dir, { ...PROVISIONED, TEAMS_APP_ID: 'not-a-guid' });
    const result = await runPackage(dir, 'dev');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/App package not built:\n {2}\/id must match pattern/);
    expect(existsSync(join(dir, 'appPackage', 'build', 'peerpods.dev.zip'))).toBe(false);
  });
});

describe('app icons', () => {
  it('when the committed icons are decoded, then colour is 192×192 and outline 32×32 with only white and transparent pixels', () => {
    const color = decodePng(readFileSync(join(root, 'appPackage', 'color.png')));
    const outline = decodePng(readFileSync(join(root, 'appPackage', 'outline.png')));
    expect([color.width, color.height, outline.width, outline.height]).toEqual([192, 192, 32, 32]);
    expect(nonWhiteOpaquePixels(outline.pixels)).toBe(0);
    const alphas = new Set(Array.from(outline.pixels.filter((_, i) => i % 4 === 3)));
    expect(alphas.has(0) && alphas.has(255)).toBe(true);
  });

  it('when the generator runs again, then it draws the committed icons byte for byte', () => {
    expect(encodePng(drawColorIcon()).equals(readFileSync(join(root, 'appPackage', 'color.png')))).toBe(true);
    expect(encodePng(drawOutlineIcon()).equals(readFileSync(join(root, 'appPackage', 'outline.png')))).toBe(
      true,
    );
  });

  it('when an outline has a coloured pixel or icons have the wrong size, then the icon rules name each problem', () => {
    const outline = drawOutlineIcon();
    outline.pixels.set([255, 0, 0, 255], 0);
    const problems = iconProblems(encodePng(drawOutlineIcon()), encodePng(outline));
    expect(problems).toEqual([
      'color.png is 32×32, must be 192×192',
      'outline.png has 1 pixels that are neither white nor fully transparent',
    ]);
  });
});
