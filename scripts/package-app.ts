import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AppPackageError, buildAppPackage } from './app-package/build-app-package';

/** `npm run package [-- --env local]`: the Teams app package a Teams admin uploads. */
const { values } = parseArgs({ options: { env: { type: 'string', default: 'dev' } } });
try {
  const { zipPath } = await buildAppPackage({ root: join(import.meta.dirname, '..'), env: values.env });
  console.log(`App package: ${zipPath}`);
} catch (error) {
  console.error(error instanceof AppPackageError ? error.message : error);
  process.exitCode = 1;
}
