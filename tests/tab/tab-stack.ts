import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface StackPerson {
  id: string;
  name: string;
  upn: string;
  level: number;
  managerId: string | null;
  zone: string;
}

/** The test stack in a child process, reached over HTTP from jsdom. One per test file. */
export interface TabStack {
  apiUrl: string;
  emulatorUrl: string;
  people: StackPerson[];
  signIn(upn: string): Promise<string>;
  /** JSON call to the API as a signed-in person; throws on a non-2xx answer. */
  call<T = unknown>(token: string, method: string, path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

const script = fileURLToPath(new URL('./serve-test-stack.ts', import.meta.url));

export async function startTabStack(): Promise<TabStack> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const first = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the test stack exited (${code}) before it was ready`)));
  });
  const { apiUrl, emulatorUrl, people } = JSON.parse(first) as {
    apiUrl: string;
    emulatorUrl: string;
    people: StackPerson[];
  };
  return {
    apiUrl,
    emulatorUrl,
    people,
    signIn: async (upn) => {
      const res = await fetch(`${emulatorUrl}/_emulator/sso-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userPrincipalName: upn }),
      });
      return ((await res.json()) as { access_token: string }).access_token;
    },
    call: async (token, method, path, body) => {
      const res = await fetch(`${apiUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as never;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin!.end();
      }),
  };
}
