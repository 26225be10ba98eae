import { app, authentication } from '@microsoft/teams-js';
import type { ThemeName } from './theme';

/** How long to wait for a Teams host. Outside Teams a top-level page fails fast, but a foreign iframe hangs 60 s. */
export const TEAMS_DETECT_TIMEOUT_MS = 2000;

/** The tab running inside Teams (or Outlook, Microsoft 365): SSO tokens and theme come from the host. */
export interface TeamsHost {
  kind: 'teams';
  theme: ThemeName;
  /** The page Teams opened: `content` for a tab, `settings` for a channel tab's configuration. */
  frameContext: string;
  getToken(): Promise<string>;
  onThemeChange(listener: (theme: ThemeName) => void): void;
}

/** Maps the Teams theme name ("default", "dark", "contrast", ...) onto ours. */
export function themeFromTeams(name: string | undefined): ThemeName {
  if (name === 'dark') return 'dark';
  if (name === 'contrast') return 'contrast';
  return 'light';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no Teams host within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Connects to the Teams host, or resolves null when the page is not running inside one. */
export async function connectToTeams(timeoutMs = TEAMS_DETECT_TIMEOUT_MS): Promise<TeamsHost | null> {
  try {
    await withTimeout(app.initialize(), timeoutMs);
  } catch {
    return null;
  }
  const context = await app.getContext();
  app.notifySuccess();
  return {
    kind: 'teams',
    theme: themeFromTeams(context.app.theme),
    frameContext: String(context.page.frameContext ?? 'content'),
    // teams-js caches the token and refreshes it before it expires, so asking per request is cheap.
    getToken: () => authentication.getAuthToken(),
    onThemeChange: (listener) => app.registerOnThemeChangeHandler((name) => listener(themeFromTeams(name))),
  };
}
