import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Inputs of the tab build: its sources, the API schemas it shares, and the build config. */
const INPUTS = ['src', 'api/http/schemas', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when dist/tab is missing or older than anything it is built from. */
export function tabBuildIsStale(root: string, outDir = 'dist/tab'): boolean {
  const built = join(root, outDir, 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return INPUTS.some((input) => newestMtime(join(root, input)) > builtAt);
}

/** Builds the tab with Vite unless the build is current; returns the dist directory. */
export async function ensureTabBuild(root: string, outDir = 'dist/tab'): Promise<string> {
  if (tabBuildIsStale(root, outDir)) {
    const started = performance.now();
    const { build } = await import('vite');
    // Vite takes the React build from NODE_ENV; a shell or test runner that set it to development or test
    // would otherwise leave a development bundle in dist/tab for `npm start` to serve.
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        root,
        configFile: join(root, 'vite.config.ts'),
        logLevel: 'warn',
        mode: 'production',
        build: { outDir },
      });
    } finally {
      if (previous === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = previous;
    }
    console.log(`Built the tab in ${((performance.now() - started) / 1000).toFixed(1)} s (${outDir}).`);
  }
  return join(root, outDir);
}
