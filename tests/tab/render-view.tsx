import { configure, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createApiClient } from '../../src/api-client/http';
import { AppProviders } from '../../src/app/AppProviders';
import { createQueryClient } from '../../src/app/query-client';
import type { ThemeName } from '../../src/app/theme';
import { ViewerZoneProvider } from '../../src/components/viewer-zone';

// findBy* and waitFor wait for what the view shows, answered over real HTTP by a stack in another process; on a busy
// machine that can take far longer than Testing Library's default second.
configure({ asyncUtilTimeout: 30_000 });

// The views fetch over real HTTP, so their updates land outside act() by design; React's act warnings would only be noise.
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('not wrapped in act(')) return;
  consoleError(...args);
};

/** Renders a view as the tab would, at `path`, signed in with `token` against the API at `apiUrl`. */
export function renderView(
  view: ReactNode,
  options: { apiUrl: string; token: string | null; path?: string; zone?: string; theme?: ThemeName },
) {
  history.replaceState(null, '', options.path ?? '/');
  const api = createApiClient({ baseUrl: options.apiUrl, getToken: async () => options.token });
  const queryClient = createQueryClient();
  return render(
    <AppProviders theme={options.theme ?? 'light'} api={api} queryClient={queryClient}>
      <ViewerZoneProvider zone={options.zone}>{view}</ViewerZoneProvider>
    </AppProviders>,
  );
}
