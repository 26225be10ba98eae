import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AppPackageError, buildAppPackage } from './app-package/build-app-package';

/** `npm run package [-- --env local]`: the Teams app package a Teams admin uploads. `--root` builds another checkout. */
const { values } = parseArgs({
  options: {
    env: { type: 'string', default: 'dev' },
    root: { type: 'string', default: join(import.meta.dirname, '..') },
  },
});
try {
  const { zipPath } = await buildAppPackage({ root: values.root, env: values.env });
  console.log(`App package: ${zipPath}`);
} catch (error) {
  console.error(error instanceof AppPackageError ? error.message : error);
  process.exitCode = 1;
}
