import { Tab, TabList, Text } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useMe } from '../api-client/me';
import { ViewerZoneProvider } from '../components/viewer-zone';
import { useAppShellStyles } from './AppShell.styles';
import { PersonMenu } from './PersonMenu';
import { useRouter } from './router';
import { RouteView, sectionOf } from './routes';
import type { ThemeName } from './theme';
import { ThemeSwitcher } from './ThemeSwitcher';

const SECTIONS = [
  { value: 'member', label: 'My pods', to: '/' },
  { value: 'owner', label: 'Programs I run', to: '/owner' },
] as const;

/** Navigation and the page area. Inside Teams the host draws the chrome, so only the section tabs remain. */
export function AppShell({
  mode,
  frameContext,
  theme,
  onTheme,
  onSwitchPerson,
}: {
  mode: 'teams' | 'browser';
  frameContext: string;
  theme: ThemeName;
  onTheme: (theme: ThemeName) => void;
  onSwitchPerson: () => void;
}) {
  const styles = useAppShellStyles();
  const { path, navigate } = useRouter();
  const me = useMe();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(path);

  // Moving focus to the new page on navigation tells screen reader and keyboard users that the page changed.
  useEffect(() => {
    if (path !== firstPath.current) main.current?.focus();
  }, [path]);

  const section = sectionOf(path);
  const standalone = frameContext === 'settings' || section === 'channel';
  return (
    <ViewerZoneProvider zone={me.data?.timeZone}>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      {standalone ? null : (
        <div className={styles.bar}>
          {mode === 'browser' ? (
            <Text className={styles.brand} as="span">
              PeerPods
            </Text>
          ) : null}
          <nav aria-label="Sections" className={styles.nav}>
            <TabList
              selectedValue={section}
              onTabSelect={(_event, data) =>
                navigate(SECTIONS.find((s) => s.value === data.value)?.to ?? '/')
              }
              size="small"
            >
              {SECTIONS.map((s) => (
                <Tab key={s.value} value={s.value}>
                  {s.label}
                </Tab>
              ))}
            </TabList>
          </nav>
          {mode === 'browser' ? (
            <div className={styles.tools}>
              <ThemeSwitcher theme={theme} onTheme={onTheme} />
              <PersonMenu onSwitchPerson={onSwitchPerson} />
            </div>
          ) : null}
        </div>
      )}
      <main id="main" ref={main} tabIndex={-1} className={styles.main}>
        <RouteView inTeams={mode === 'teams'} />
      </main>
    </ViewerZoneProvider>
  );
}
