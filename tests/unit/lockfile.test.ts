import { readFileSync } from 'node:fs';
import { missingOptionalEntries } from '../../scripts/complete-lockfile';

describe('package-lock.json', () => {
  it('when npm ci reads the lock, then every optional dependency has an entry (run `npm run lockfile` after installs)', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, object>;
    };
    expect(Object.keys(missingOptionalEntries(lock.packages))).toEqual([]);
  });

  it('when a package names an optional binary the lock lacks, then a version-only optional entry is proposed', () => {
    const packages = {
      '': {},
      'node_modules/@swc/core': {
        version: '1.0.0',
        dev: true,
        optionalDependencies: { '@swc/core-darwin-arm64': '1.0.0', '@swc/core-linux-x64-gnu': '1.0.0' },
      },
      'node_modules/@swc/core-linux-x64-gnu': { version: '1.0.0' },
    };
    expect(missingOptionalEntries(packages)).toEqual({
      'node_modules/@swc/core-darwin-arm64': { version: '1.0.0', optional: true, dev: true },
    });
  });
});
