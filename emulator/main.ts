import { startEmulator } from './server';

/** `npm run emulator [-- --port 4010 --seed 1 --size 120 --now 2025-03-03T09:00:00Z --bot-endpoint URL --state-dir DIR]`. */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));

const emulator = await startEmulator({
  port: num(arg('port') ?? process.env.EMULATOR_PORT) ?? 4010,
  host: arg('host') ?? process.env.EMULATOR_HOST ?? '127.0.0.1',
  seed: num(arg('seed') ?? process.env.EMULATOR_SEED),
  size: num(arg('size') ?? process.env.EMULATOR_SIZE),
  now: arg('now') ?? process.env.EMULATOR_NOW,
  botEndpoint: arg('bot-endpoint') ?? process.env.EMULATOR_BOT_ENDPOINT,
  stateDir: arg('state-dir') ?? process.env.EMULATOR_STATE_DIR,
});
const tenants = emulator.orgs.map((org) => `${org.tenantId} (${org.people.length} people)`).join(', ');
console.log(`Emulator listening on ${emulator.url}; tenants ${tenants}`);

const stop = () => void emulator.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
