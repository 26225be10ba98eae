import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useMe } from '../../api-client/me';
import { useMyPods } from '../../api-client/my-pods';
import { useRouter } from '../../app/router';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { zoneName } from '../../components/zoned-format';
import { Welcome } from '../welcome/Welcome';
import { hasSeenWelcome, markWelcomeSeen } from '../welcome/welcome-seen';
import { useHomeStyles } from './Home.styles';
import { nextStep } from './next-step';
import { PodSummary } from './PodSummary';

/** The member's home: what to do now, their pods and next sessions, the welcome the first time. */
export function Home() {
  const styles = useHomeStyles();
  const me = useMe();
  const pods = useMyPods();
  const { navigate } = useRouter();
  const [welcomed, setWelcomed] = useState<boolean | null>(null);

  if (me.isPending) return <LoadingState label="Loading your profile…" />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;

  const seen = welcomed ?? hasSeenWelcome(me.data.id);
  const firstName = me.data.displayName.split(' ')[0] ?? me.data.displayName;
  const step = pods.data ? nextStep(pods.data, Date.now()) : null;
  return (
    <div className={styles.stack}>
      <PageHeader
        title={`Hello, ${firstName}`}
        description={
          <span className={styles.zone}>
            Times are shown in your time zone, {zoneName(me.data.timeZone)} ({me.data.timeZone}), from your
            Outlook settings.
          </span>
        }
      />
      {seen ? null : (
        <Welcome
          onDone={() => {
            markWelcomeSeen(me.data.id);
            setWelcomed(true);
          }}
        />
      )}
      {step ? (
        <MessageBar intent="info" layout="multiline" aria-label="What to do now">
          <MessageBarBody>
            <MessageBarTitle>What to do now</MessageBarTitle>
            {step.text}
          </MessageBarBody>
          {step.to ? (
            <MessageBarActions>
              <Button appearance="primary" onClick={() => navigate(step.to!)}>
                {step.action}
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      <section aria-labelledby="my-pods-title" className={styles.stack}>
        <h2 id="my-pods-title" className={styles.heading}>
          My pods
        </h2>
        {pods.isPending ? (
          <LoadingState label="Loading your pods…" />
        ) : pods.isError ? (
          <ErrorState error={pods.error} onRetry={() => void pods.refetch()} />
        ) : pods.data.length === 0 ? (
          <Body1>None yet.</Body1>
        ) : (
          pods.data.map((pod) => <PodSummary key={pod.podId} pod={pod} meId={me.data.id} />)
        )}
      </section>
    </div>
  );
}
