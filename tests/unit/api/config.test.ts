import { ConfigError, loadConfig } from '../../../api/config';

const TENANT = '7d3f0a56-5c1e-4b8a-9d2e-2f5c6a7b8c90';
const CLIENT = '0b8f6c1e-3d4a-4e5f-8a9b-1c2d3e4f5a6b';

/** A complete, valid environment; override only what the test is about. */
function givenEnv(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    AAD_APP_CLIENT_ID: CLIENT,
    AAD_APP_CLIENT_SECRET: 'secret',
    AAD_APP_TENANT_ID: TENANT,
    ALLOWED_TENANT_IDS: TENANT,
    ...overrides,
  };
}

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('when only the required variables are set, then production defaults fill the rest', () => {
    const config = loadConfig(givenEnv());
    expect(config).toMatchObject({
      port: 3978,
      authorityHost: 'https://login.microsoftonline.com',
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      botId: CLIENT,
      botOpenIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
      botTokenIssuer: 'https://api.botframework.com',
      databaseUrl: undefined,
      dataDir: '.data/pglite',
      allowedTenantIds: [TENANT],
    });
  });

  it.each([
    ['PORT', 'eighty'],
    ['AAD_APP_CLIENT_ID', 'not-a-guid'],
    ['ALLOWED_TENANT_IDS', `${TENANT},nope`],
    ['GRAPH_BASE_URL', 'ftp://graph.example'],
    ['ENTRA_AUTHORITY_HOST', 'login'],
    ['DATABASE_URL', 'mysql://db'],
    ['LOG_LEVEL', 'loud'],
  ])('when %s is %p, then the error names that variable', (name, value) => {
    const error = configError(givenEnv({ [name]: value }));
    expect(error.variables).toEqual([name]);
    expect(error.message).toContain(`${name}:`);
  });

  it('when several variables are missing, then each is named as required', () => {
    const error = configError({ ALLOWED_TENANT_IDS: TENANT });
    expect(error.variables).toEqual(
      expect.arrayContaining(['AAD_APP_CLIENT_ID', 'AAD_APP_CLIENT_SECRET', 'AAD_APP_TENANT_ID']),
    );
    expect(error.message).toContain('AAD_APP_CLIENT_SECRET: is required');
  });

  it('when ALLOWED_TENANT_IDS is empty, then the config is refused', () => {
    expect(configError(givenEnv({ ALLOWED_TENANT_IDS: ' , ' })).variables).toEqual(['ALLOWED_TENANT_IDS']);
  });

  it('when values carry trailing slashes, spaces and upper case, then they are normalised', () => {
    const config = loadConfig(
      givenEnv({
        ALLOWED_TENANT_IDS: ` ${TENANT.toUpperCase()} , ${CLIENT} `,
        GRAPH_BASE_URL: 'http://127.0.0.1:4010/v1.0/',
        ENTRA_AUTHORITY_HOST: 'http://127.0.0.1:4010/',
        DATABASE_URL: '',
      }),
    );
    expect(config.allowedTenantIds).toEqual([TENANT, CLIENT]);
    expect(config.graphBaseUrl).toBe('http://127.0.0.1:4010/v1.0');
    expect(config.authorityHost).toBe('http://127.0.0.1:4010');
    expect(config.databaseUrl).toBeUndefined();
  });

  it('when the committed offline env file is loaded, then it is a valid config', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL('../../../env/.env.local', import.meta.url), 'utf8');
    const env = Object.fromEntries(
      text
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(loadConfig(env).graphBaseUrl).toBe('http://127.0.0.1:4010/v1.0');
  });
});
