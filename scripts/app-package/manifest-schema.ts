import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// CommonJS that requires an ES module (strip-bom 5): Node 20.19+ loads it, jest's module loader cannot, so tests
// build packages through the CLI in a child process.
import { AppManifestUtils } from '@microsoft/app-manifest';

const require = createRequire(import.meta.url);

/** The official Teams manifest JSON schema for a manifest version, from the copy @microsoft/app-manifest ships. */
export function officialSchema(manifestVersion: string): object {
  if (!/^(\d+\.\d+|devPreview)$/.test(manifestVersion))
    throw new Error(`manifestVersion "${manifestVersion}" is not a schema version`);
  const packageDir = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = join(
    packageDir,
    'build',
    'json-schemas',
    'teams',
    `v${manifestVersion}`,
    'MicrosoftTeams.schema.json',
  );
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as object;
  } catch {
    throw new Error(
      `no offline schema for manifest version ${manifestVersion} in @microsoft/app-manifest (${file})`,
    );
  }
}

/**
 * Validates a manifest against its version's official schema, offline: the schema is handed in, so the library
 * never fetches `$schema`. Resolves to the schema's messages, empty when valid.
 */
export async function validateManifest(manifest: { manifestVersion?: unknown }): Promise<string[]> {
  const schema = officialSchema(String(manifest.manifestVersion ?? ''));
  type Args = Parameters<typeof AppManifestUtils.validateAgainstSchema>;
  return AppManifestUtils.validateAgainstSchema(manifest as Args[0], schema as Args[1]);
}
