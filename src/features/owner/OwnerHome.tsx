import { Body1, Button, Card, CardHeader } from '@fluentui/react-components';
import { useMyPrograms } from '../../api-client/programs';
import { RouteLink, useRouter } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useOwnerHomeStyles } from './OwnerHome.styles';

/** `/owner`: the programs the signed-in person runs. */
export function OwnerHome() {
  const styles = useOwnerHomeStyles();
  const programs = useMyPrograms();
  const { navigate } = useRouter();
  const create = (
    <Button appearance="primary" onClick={() => navigate('/owner/programs/new')}>
      Create a program
    </Button>
  );
  return (
    <>
      <PageHeader
        title="Programs I run"
        description="A program is a peer coaching initiative, such as “New managers”. Each round of it is a cohort: people enroll, PeerPods proposes pods, you publish them and every pod gets its meetings booked."
        actions={programs.data?.length ? create : undefined}
      />
      {programs.isPending ? (
        <LoadingState label="Loading your programs…" />
      ) : programs.isError ? (
        <ErrorState error={programs.error} onRetry={() => void programs.refetch()} />
      ) : programs.data.length === 0 ? (
        <EmptyState
          title="You do not run any program yet"
          description="Create one to invite colleagues into peer coaching pods. You become its owner; you can add co-owners later."
          action={create}
        />
      ) : (
        <ul className={styles.list} aria-label="Your programs">
          {programs.data.map((program) => (
            <li key={program.id}>
              <Card>
                <CardHeader
                  header={<RouteLink to={`/owner/programs/${program.id}`}>{program.name}</RouteLink>}
                />
                <Body1 className={styles.goal}>{program.goal}</Body1>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
