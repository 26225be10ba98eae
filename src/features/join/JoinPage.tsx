import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMyEnrollment } from '../../api-client/enrollments';
import { useCohort, useProgram } from '../../api-client/programs';
import { useRouter } from '../../app/router';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { formatCalendarDate } from '../../components/zoned-format';
import { EnrollForm } from './EnrollForm';

/** `/join/:cohortId`, the link an owner shares: what the cohort is, then the profile form. */
export function JoinPage({ params }: { params: Record<string, string> }) {
  const cohortId = params.cohortId!;
  const { navigate } = useRouter();
  const cohort = useCohort(cohortId);
  const program = useProgram(cohort.data?.programId);
  const mine = useMyEnrollment(cohortId);

  if (cohort.isPending || mine.isPending || (cohort.data && program.isPending))
    return <LoadingState label="Loading the program…" />;
  if (cohort.isError)
    return <ErrorState error={cohort.error} title="This join link does not lead to a cohort" />;
  if (program.isError) return <ErrorState error={program.error} onRetry={() => void program.refetch()} />;
  if (mine.isError) return <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />;

  const c = cohort.data;
  const open = c.status === 'enrolling' || c.status === 'proposed';
  return (
    <>
      <PageHeader
        title={`Join ${program.data?.name ?? 'the program'}`}
        description={
          <>
            {program.data?.goal} <br />
            {c.name}: {c.sessionCount} sessions {c.cadence === 'weekly' ? 'every week' : 'every two weeks'}{' '}
            from {formatCalendarDate(c.startDate)} to {formatCalendarDate(c.endDate)}, in pods of{' '}
            {c.podSizeMin}–{c.podSizeMax}.
          </>
        }
      />
      {mine.data ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>You are enrolled</MessageBarTitle>
            Your pod will appear on your home page once the program owner publishes the pods. Meeting invites
            follow in Outlook.
          </MessageBarBody>
          <Button onClick={() => navigate('/')}>Go to my pods</Button>
        </MessageBar>
      ) : open ? (
        <>
          <Body1>
            Tell your future pod a little about what you want to work on. Only the program owner and your pod
            see it.
          </Body1>
          <EnrollForm cohortId={c.id} />
        </>
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>
            Enrollment for this cohort has closed: its pods are already published.
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
