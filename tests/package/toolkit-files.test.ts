import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseEnv } from '../../scripts/app-package/env-file';
import { placeholdersIn } from '../../scripts/app-package/placeholders';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** Names api/config.ts reads: the keys of its ConfigSchema object. */
function configNames(): string[] {
  const source = read('api/config.ts');
  const body = source.slice(
    source.indexOf('const ConfigSchema = z.object({'),
    source.indexOf('});', source.indexOf('const ConfigSchema')),
  );
  return [...body.matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1]!);
}

/** SECRET_* names the admin guide tells people to put in the ignored env/.env.{env}.user. */
function documentedSecrets(): Set<string> {
  return new Set([...read('docs/admin-deployment.md').matchAll(/`(SECRET_[A-Z0-9_]+)`/g)].map((m) => m[1]!));
}

/** Bicep source with comments removed and string text blanked, keeping `${...}` interpolations, for structural checks. */
function bicepCode(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      out += '\n';
    } else if (ch === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2) + 1;
    } else if (ch === "'") {
      out += "'";
      let j = i + 1;
      while (j < source.length && source[j] !== "'") {
        if (source[j] === '$' && source[j + 1] === '{') {
          const end = source.indexOf('}', j);
          out += source.slice(j, end + 1);
          j = end + 1;
        } else {
          out += ' ';
          j += source[j] === '\\' ? 2 : 1;
        }
      }
      out += "'";
      i = j;
    } else {
      out += ch;
    }
  }
  return out;
}

function unbalanced(code: string): string | null {
  const pairs: Record<string, string> = { '}': '{', ']': '[', ')': '(' };
  const stack: string[] = [];
  for (const [i, ch] of [...code].entries()) {
    if ('{[('.includes(ch)) stack.push(ch);
    else if (ch in pairs && stack.pop() !== pairs[ch]) return `unexpected ${ch} at offset ${i}`;
  }
  return stack.length ? `unclosed ${stack.join('')}` : null;
}

interface ToolkitAction {
  uses: string;
  with?: Record<string, unknown>;
}

describe('Teams Toolkit project files', () => {
  it.each([
    ['teamsapp.yml', './env'],
    ['teamsapp.local.yml', './env/teams'],
  ])('when %s is parsed, then it has a version, its env folder and its lifecycle stages', (file, folder) => {
    const text = read(file);
    expect(text.split('\n').find((line) => line && !line.startsWith('#'))).toMatch(/^version: v1\.\d+$/);
    const project = parse(text) as Record<string, unknown>;
    expect(project.environmentFolderPath).toBe(folder);
    const stages = file === 'teamsapp.yml' ? ['provision', 'deploy', 'publish'] : ['provision', 'deploy'];
    for (const stage of stages)
      expect(Array.isArray(project[stage]) && (project[stage] as unknown[]).length > 0).toBe(true);
  });

  it('when teamsapp.yml provisions and deploys, then it creates the Entra app, deploys the Bicep, updates the app and zip-deploys', () => {
    const project = parse(read('teamsapp.yml')) as Record<string, ToolkitAction[]>;
    expect(project.provision!.map((a) => a.uses)).toEqual([
      'aadApp/create',
      'teamsApp/create',
      'arm/deploy',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    const arm = project.provision!.find((a) => a.uses === 'arm/deploy')!.with as {
      templates: { path: string; parameters: string }[];
    };
    expect(arm.templates).toEqual([
      expect.objectContaining({ path: './infra/azure.bicep', parameters: './infra/azure.parameters.json' }),
    ]);
    expect(project.provision!.find((a) => a.uses === 'aadApp/update')!.with).toMatchObject({
      manifestPath: './aad.manifest.json',
    });
    expect(project.deploy!.map((a) => a.uses).at(-1)).toBe('azureAppService/zipDeploy');
  });

  it.each([
    ['teamsapp.yml', 'env/.env.dev'],
    ['infra/azure.parameters.json', 'env/.env.dev'],
    ['aad.manifest.json', 'env/.env.dev'],
    ['appPackage/manifest.json', 'env/.env.dev'],
    ['teamsapp.local.yml', 'env/teams/.env.local'],
  ])('when %s uses ${{VAR}}, then each is defined in %s or is a documented SECRET_', (file, envFile) => {
    const defined = new Set(Object.keys(parseEnv(read(envFile))));
    const secrets = documentedSecrets();
    const undefinedNames = placeholdersIn(read(file)).filter((name) =>
      name.startsWith('SECRET_') ? !secrets.has(name) : !defined.has(name),
    );
    expect(undefinedNames).toEqual([]);
  });
});

describe('Bicep', () => {
  const source = read('infra/azure.bicep');
  const code = bicepCode(source);
  const params = [...source.matchAll(/^param (\w+) (\w+)( = .*)?$/gm)].map((m) => ({
    name: m[1]!,
    type: m[2]!,
    hasDefault: Boolean(m[3]),
  }));

  it('when azure.bicep is read, then braces, brackets and parentheses balance outside strings and comments', () => {
    expect(unbalanced(code)).toBeNull();
    expect(params.length).toBeGreaterThan(5);
  });

  it('when a param is declared, then the template uses it', () => {
    const unused = params.filter(
      (p) => !new RegExp(`\\b${p.name}\\b`).test(code.replace(new RegExp(`^param ${p.name}\\b.*$`, 'm'), '')),
    );
    expect(unused.map((p) => p.name)).toEqual([]);
  });

  it('when azure.parameters.json sets values, then each names a param and every param without a default is set', () => {
    const file = JSON.parse(read('infra/azure.parameters.json')) as {
      parameters: Record<string, { value: unknown }>;
    };
    const names = Object.keys(file.parameters);
    expect(names.filter((n) => !params.some((p) => p.name === n))).toEqual([]);
    expect(params.filter((p) => !p.hasDefault && !names.includes(p.name)).map((p) => p.name)).toEqual([]);
    // Toolkit parameter files carry strings; ARM does not turn a string into an int param.
    expect(names.filter((n) => params.find((p) => p.name === n)?.type !== 'string')).toEqual([]);
  });

  it('when the App Service gets its settings, then each is a name api/config.ts reads (or App Service’s own) and production needs are all set', () => {
    const settings = [...source.matchAll(/name: '([A-Z][A-Z0-9_]*)'/g)].map((m) => m[1]!);
    const config = configNames();
    expect(config).toEqual(expect.arrayContaining(['AAD_APP_CLIENT_ID', 'DATABASE_URL', 'TAB_DIST_DIR']));
    expect(settings.filter((s) => !config.includes(s) && !/^(WEBSITE|SCM)_/.test(s))).toEqual([]);
    const required = [
      'PUBLIC_URL',
      'AAD_APP_CLIENT_ID',
      'AAD_APP_CLIENT_SECRET',
      'AAD_APP_TENANT_ID',
      'ALLOWED_TENANT_IDS',
      'DATABASE_URL',
      'TAB_DIST_DIR',
    ];
    expect(required.filter((name) => !settings.includes(name))).toEqual([]);
  });

  it('when the web app and database are declared, then they are Node 22 LTS on Linux and a PostgreSQL flexible server', () => {
    expect(source).toContain("linuxFxVersion: 'NODE|22-lts'");
    expect(source).toMatch(/resource \w+ 'Microsoft\.DBforPostgreSQL\/flexibleServers@[\d-]+'/);
    expect(source).toMatch(
      /resource \w+ 'Microsoft\.BotService\/botServices\/channels@[\d-]+'[\s\S]*?name: 'MsTeamsChannel'/,
    );
  });
});
