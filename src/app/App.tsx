import { useEffect, useMemo, useState } from 'react';
import { createApiClient } from '../api-client/http';
import { LoadingState } from '../components/LoadingState';
import { AppProviders } from './AppProviders';
import { AppShell } from './AppShell';
import { forgetToken, storedToken, takeTokenFromFragment } from './browser-session';
import { createQueryClient } from './query-client';
import { SignInPage } from './SignInPage';
import { connectToTeams, type TeamsHost } from './teams-host';
import { initialBrowserTheme, rememberBrowserTheme, type ThemeName } from './theme';

type Boot = { stage: 'starting' } | { stage: 'teams'; host: TeamsHost } | { stage: 'browser' };

/**
 * The tab. Inside Teams it takes the SSO token and theme from the host; anywhere else (the offline demo) it knows
 * within about 2 s and signs in through the emulator's sign-in page instead.
 */
export function App() {
  const [boot, setBoot] = useState<Boot>({ stage: 'starting' });
  const [theme, setTheme] = useState<ThemeName>(initialBrowserTheme);
  const [token, setToken] = useState(() => {
    takeTokenFromFragment();
    return storedToken();
  });
  const [expired, setExpired] = useState(false);
  const [queryClient] = useState(createQueryClient);

  useEffect(() => {
    let cancelled = false;
    void connectToTeams().then((host) => {
      if (cancelled) return;
      if (!host) return setBoot({ stage: 'browser' });
      setTheme(host.theme);
      host.onThemeChange(setTheme);
      setBoot({ stage: 'teams', host });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const api = useMemo(
    () =>
      createApiClient({
        getToken: async () => (boot.stage === 'teams' ? boot.host.getToken() : storedToken()),
        onUnauthenticated: () => {
          if (boot.stage !== 'browser') return;
          forgetToken();
          queryClient.clear();
          setExpired(true);
          setToken(null);
        },
      }),
    [boot, queryClient],
  );

  const chooseTheme = (next: ThemeName) => {
    rememberBrowserTheme(next);
    setTheme(next);
  };
  const switchPerson = () => {
    forgetToken();
    queryClient.clear();
    setExpired(false);
    setToken(null);
  };

  return (
    <AppProviders theme={theme} api={api} queryClient={queryClient}>
      {boot.stage === 'starting' ? (
        <LoadingState label="Starting PeerPods…" />
      ) : boot.stage === 'browser' && !token ? (
        <SignInPage expired={expired} theme={theme} onTheme={chooseTheme} />
      ) : (
        <AppShell
          mode={boot.stage}
          frameContext={boot.stage === 'teams' ? boot.host.frameContext : 'content'}
          theme={theme}
          onTheme={chooseTheme}
          onSwitchPerson={switchPerson}
        />
      )}
    </AppProviders>
  );
}
