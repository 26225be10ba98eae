import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Adds version-only entries to package-lock.json for optional dependencies the lock lacks. A registry that serves
 * only this platform's builds (as ours does) answers 404 for other platforms' binary packages, so npm leaves them
 * out of the lock and `npm ci` then refuses it as out of sync. An optional entry without a tarball is skipped by
 * `npm ci`, exactly as a package for another platform is. Run after `npm install`: `npm run lockfile`.
 */
interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
}

/** The optional dependencies no entry of the lock satisfies, as entries to add (path → entry). */
export function missingOptionalEntries(packages: Record<string, LockEntry>): Record<string, LockEntry> {
  const added: Record<string, LockEntry> = {};
  for (const [path, entry] of Object.entries(packages)) {
    for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
      const hoisted = `node_modules/${name}`;
      if (packages[nested] || packages[hoisted] || added[hoisted]) continue;
      added[hoisted] = {
        version: range.replace(/^[\^~=]/, ''),
        optional: true,
        ...(entry.dev ? { dev: true } : {}),
      };
    }
  }
  return added;
}

if (process.argv[1]?.endsWith('complete-lockfile.ts')) {
  const file = process.argv[2] ?? 'package-lock.json';
  const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockEntry> };
  const added = missingOptionalEntries(lock.packages);
  const entries = Object.entries({ ...lock.packages, ...added }).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
  );
  lock.packages = Object.fromEntries(entries);
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`${file}: added ${Object.keys(added).length} optional entries for other platforms`);
}
