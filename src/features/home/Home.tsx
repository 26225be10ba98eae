import { Body1 } from '@fluentui/react-components';
import { useState } from 'react';
import { useMe } from '../../api-client/me';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { zoneName } from '../../components/zoned-format';
import { Welcome } from '../welcome/Welcome';
import { hasSeenWelcome, markWelcomeSeen } from '../welcome/welcome-seen';
import { useHomeStyles } from './Home.styles';

/** The member's home: who they are, their zone, the welcome the first time. */
export function Home() {
  const styles = useHomeStyles();
  const me = useMe();
  const [welcomed, setWelcomed] = useState<boolean | null>(null);

  if (me.isPending) return <LoadingState label="Loading your profile…" />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;

  const seen = welcomed ?? hasSeenWelcome(me.data.id);
  const firstName = me.data.displayName.split(' ')[0] ?? me.data.displayName;
  return (
    <div className={styles.stack}>
      <PageHeader
        title={`Hello, ${firstName}`}
        description={
          <span className={styles.zone}>
            Times are shown in your time zone, {zoneName(me.data.timeZone)} ({me.data.timeZone}), from your Outlook settings.
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
      <Body1>Your pods and next sessions appear here once you join a program.</Body1>
    </div>
  );
}
