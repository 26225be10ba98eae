import { z } from 'zod';

const url = () => z.url({ protocol: /^https?$/ }).transform((value) => value.replace(/\/+$/, ''));
const guid = () => z.guid();

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Public origin of this app, e.g. the dev tunnel; used for links and the manifest. */
  PUBLIC_URL: url().default('http://localhost:3978'),
  ENTRA_AUTHORITY_HOST: url().default('https://login.microsoftonline.com'),
  AAD_APP_CLIENT_ID: guid(),
  AAD_APP_CLIENT_SECRET: z.string().min(1),
  AAD_APP_TENANT_ID: guid(),
  ALLOWED_TENANT_IDS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((id) => id.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(guid()).min(1, 'name at least one tenant id')),
  GRAPH_BASE_URL: url().default('https://graph.microsoft.com/v1.0'),
  BOT_ID: guid().optional(),
  BOT_OPENID_METADATA_URL: url().default('https://login.botframework.com/v1/.well-known/openidconfiguration'),
  BOT_TOKEN_ISSUER: url().default('https://api.botframework.com'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data/pglite'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TAB_DIST_DIR: z.string().min(1).optional(),
  /** Pod bookings a cohort scheduling job runs at once, across organizers. */
  SCHEDULING_BOOKING_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(32),
});

/** Settings of one running app; offline and production differ only in these values. */
export interface Config {
  port: number;
  publicUrl: string;
  authorityHost: string;
  clientId: string;
  clientSecret: string;
  appTenantId: string;
  allowedTenantIds: readonly string[];
  graphBaseUrl: string;
  botId: string;
  botOpenIdMetadataUrl: string;
  botTokenIssuer: string;
  databaseUrl: string | undefined;
  /** PGlite directory, or `memory` for a throwaway database; unused when databaseUrl is set. */
  dataDir: string;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  tabDistDir: string | undefined;
  schedulingBookingConcurrency: number;
}

/** Thrown once at start when the environment is unusable; names every bad variable. */
export class ConfigError extends Error {
  constructor(
    readonly variables: string[],
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings from `.env` files mean "not set", so defaults apply.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    const lines = new Set(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '?');
        return `  ${name}: ${name in present ? issue.message : 'is required'}`;
      }),
    );
    const variables = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '?')))];
    throw new ConfigError(variables, `Invalid configuration:\n${[...lines].join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    publicUrl: e.PUBLIC_URL,
    authorityHost: e.ENTRA_AUTHORITY_HOST,
    clientId: e.AAD_APP_CLIENT_ID.toLowerCase(),
    clientSecret: e.AAD_APP_CLIENT_SECRET,
    appTenantId: e.AAD_APP_TENANT_ID.toLowerCase(),
    allowedTenantIds: e.ALLOWED_TENANT_IDS,
    graphBaseUrl: e.GRAPH_BASE_URL,
    botId: (e.BOT_ID ?? e.AAD_APP_CLIENT_ID).toLowerCase(),
    botOpenIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
    botTokenIssuer: e.BOT_TOKEN_ISSUER,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    tabDistDir: e.TAB_DIST_DIR,
    schedulingBookingConcurrency: e.SCHEDULING_BOOKING_CONCURRENCY,
  };
}
