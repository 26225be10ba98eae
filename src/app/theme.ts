import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';

/** The three Teams themes. */
export type ThemeName = 'light' | 'dark' | 'contrast';

export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark', 'contrast'];

export const THEME_LABELS: Record<ThemeName, string> = {
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

export function fluentTheme(name: ThemeName): Theme {
  if (name === 'dark') return teamsDarkTheme;
  if (name === 'contrast') return teamsHighContrastTheme;
  return teamsLightTheme;
}

const STORAGE_KEY = 'peerpods.theme';

/** Browser mode: the theme chosen in the switcher, else the system's preference. */
export function initialBrowserTheme(): ThemeName {
  const stored = safeStorage(() => localStorage.getItem(STORAGE_KEY));
  if (stored === 'light' || stored === 'dark' || stored === 'contrast') return stored;
  if (typeof matchMedia !== 'function') return 'light';
  if (matchMedia('(forced-colors: active)').matches) return 'contrast';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function rememberBrowserTheme(name: ThemeName): void {
  safeStorage(() => localStorage.setItem(STORAGE_KEY, name));
}

function safeStorage<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    // Storage can be blocked (third-party iframe, private mode); the theme then lasts for the page.
    return undefined;
  }
}
