import {
  Body1,
  Button,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { ClientConfigResponse } from '../../api/http/schemas';
import { useApiClient } from '../api-client/api-context';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { PageHeader } from '../components/PageHeader';
import { signInHref } from './browser-session';
import { useSignInPageStyles } from './SignInPage.styles';
import type { ThemeName } from './theme';
import { ThemeSwitcher } from './ThemeSwitcher';

const isOwnerPath = (path: string) => path === '/owner' || path.startsWith('/owner/');

const CHOICES = [
  {
    title: 'Try it as a member',
    // A shared join link (or any member page) opened signed out comes back to that page after sign-in.
    returnTo: (here: string) => (isOwnerPath(here) ? '/' : here),
    does: [
      'Join a program and say what you want to work on',
      'Meet your pod and find a time that suits everyone',
      'Run a session: check in, hot seats, check out',
    ],
  },
  {
    title: 'Try it as a program owner',
    returnTo: (here: string) => (isOwnerPath(here) ? here : '/owner'),
    does: [
      'Create a program and a cohort',
      'Enroll people and review the proposed pods',
      'Schedule every pod and watch the results',
    ],
  },
];

/** Browser mode, signed out: pick a demo person from the local emulator's organization. */
export function SignInPage({
  expired,
  theme,
  onTheme,
}: {
  expired: boolean;
  theme: ThemeName;
  onTheme: (theme: ThemeName) => void;
}) {
  const styles = useSignInPageStyles();
  const api = useApiClient();
  const config = useQuery({
    queryKey: ['client-config'],
    queryFn: () => api.get('/api/client-config', ClientConfigResponse),
  });

  return (
    <main className={styles.root}>
      <div className={styles.top}>
        <ThemeSwitcher theme={theme} onTheme={onTheme} />
      </div>
      <PageHeader
        title="Welcome to PeerPods"
        description="Peer coaching in small groups: three or four colleagues at a similar level meet every week or two to help each other with real work problems. PeerPods forms the pods, finds times that suit everyone's calendar, and keeps each session on track."
      />
      {expired ? (
        <MessageBar intent="warning">
          <MessageBarBody>Your sign-in has expired. Choose a person again to carry on.</MessageBarBody>
        </MessageBar>
      ) : null}
      {config.isPending ? (
        <LoadingState label="Loading sign-in options…" />
      ) : config.isError ? (
        <ErrorState error={config.error} onRetry={() => void config.refetch()} />
      ) : config.data.signInUrl ? (
        <>
          <Body1>
            You are outside Microsoft Teams, in the offline demo. Sign in as one of the demo
            organization&apos;s people: first choose how you want to try PeerPods, then pick a person.
          </Body1>
          <div className={styles.choices}>
            {CHOICES.map((choice) => (
              <Card key={choice.title} className={styles.card}>
                <CardHeader header={<Subtitle2 as="h2">{choice.title}</Subtitle2>} />
                <ul className={styles.steps}>
                  {choice.does.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                <Button
                  appearance="primary"
                  as="a"
                  href={signInHref(
                    config.data.signInUrl!,
                    choice.returnTo(location.pathname + location.search),
                  )}
                >
                  Choose a demo person
                </Button>
              </Card>
            ))}
          </div>
          <Text as="p" className={styles.note}>
            Anyone can be both: owners are simply the people who created a program.
          </Text>
        </>
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>Open PeerPods from Microsoft Teams to sign in.</MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
