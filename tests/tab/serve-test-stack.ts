import { startTestStack } from '../fixtures/test-stack';

/**
 * The test stack (emulator, migrated PGlite, API) in its own process for the tab's jsdom tests, which cannot host
 * Node servers. Prints one JSON line with the URLs and the seeded people, then serves until stdin closes.
 */
const stack = await startTestStack({ logLevel: 'warn' });
const people = stack.org.people.map((p) => ({
  id: p.id,
  name: p.displayName,
  upn: p.userPrincipalName,
  level: p.level,
  managerId: p.managerId,
  zone: p.ianaTimeZone,
}));
process.stdout.write(`${JSON.stringify({ apiUrl: stack.apiUrl, emulatorUrl: stack.emulatorUrl, people })}\n`);
const stop = () => void stack.close().finally(() => process.exit(0));
process.stdin.on('end', stop).on('close', stop).resume();
process.on('SIGTERM', stop);
