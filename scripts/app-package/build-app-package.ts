import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEnvFile } from './env-file';
import { iconProblems } from './icon-rules';
import { validateManifest } from './manifest-schema';
import { fillPlaceholders } from './placeholders';
import { writeZip } from './zip-archive';

/** Why a package was not built; `problems` are the schema's (or the icon rules') own messages. */
export class AppPackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`App package not built:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'AppPackageError';
  }
}

export interface BuildAppPackageOptions {
  /** Repository root holding appPackage/ and env/. */
  root: string;
  /** Environment name: reads env/.env.{env}. */
  env: string;
}

export interface BuiltAppPackage {
  zipPath: string;
  manifest: Record<string, unknown>;
}

/** Fills appPackage/manifest.json from env/.env.{env}, validates it offline, checks the icons, writes appPackage/build/peerpods.{env}.zip. */
export async function buildAppPackage({ root, env }: BuildAppPackageOptions): Promise<BuiltAppPackage> {
  if (!/^[a-z0-9-]+$/i.test(env))
    throw new AppPackageError([`environment name "${env}" must be letters, digits or dashes`]);
  const dir = join(root, 'appPackage');
  const filled = fillPlaceholders(
    readFileSync(join(dir, 'manifest.json'), 'utf8'),
    readEnvFile(join(root, 'env', `.env.${env}`)),
  );
  if (filled.missing.length > 0) {
    throw new AppPackageError(
      filled.missing.map(
        (name) => `${name} is not set in env/.env.${env} (teamsapp provision writes the ids)`,
      ),
    );
  }
  const manifest = JSON.parse(filled.text) as Record<string, unknown>;
  const schemaProblems = await validateManifest(manifest);
  const icons = manifest.icons as { color?: string; outline?: string } | undefined;
  const color = readFileSync(join(dir, icons?.color ?? 'color.png'));
  const outline = readFileSync(join(dir, icons?.outline ?? 'outline.png'));
  const problems = [...schemaProblems, ...iconProblems(color, outline)];
  if (problems.length > 0) throw new AppPackageError(problems);

  const zip = writeZip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: icons?.color ?? 'color.png', data: color },
    { name: icons?.outline ?? 'outline.png', data: outline },
  ]);
  mkdirSync(join(dir, 'build'), { recursive: true });
  const zipPath = join(dir, 'build', `peerpods.${env}.zip`);
  writeFileSync(zipPath, zip);
  return { zipPath, manifest };
}
