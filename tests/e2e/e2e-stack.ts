import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tabBuildIsStale } from '../../scripts/tab-build';
import { startTestStack, type RunningApi, type TestStack } from '../fixtures/test-stack';

export interface E2eStack {
  stack: TestStack;
  /** The API serving the built tab, as `npm start` runs it. */
  app: RunningApi;
  close(): Promise<void>;
}

/** Builds the tab if stale, then the emulator, PGlite, the job workers and an API that serves the build, on loopback ports. */
export async function startE2eStack(): Promise<E2eStack> {
  const root = process.cwd();
  // Vite's native bundler cannot run inside Jest's module sandbox, so a stale build is redone in a child process.
  // Jest sets NODE_ENV=test, which would make Vite bundle React's development build; test what users get.
  if (tabBuildIsStale(root)) {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
  }
  const dist = join(root, 'dist/tab');
  const stack = await startTestStack({ logLevel: 'warn' });
  const app = await stack.startApi({ TAB_DIST_DIR: dist }, { jobs: true });
  return { stack, app, close: () => stack.close() };
}
