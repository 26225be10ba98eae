import { useMemo } from 'react';
import { useMe } from '../../api-client/me';
import { useSessionAgenda, useSessionFeedback, useSessionNotes } from '../../api-client/sessions';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { ZonedTime } from '../../components/ZonedTime';
import { CheckInForm } from './CheckInForm';
import { CheckOutForm } from './CheckOutForm';
import { FeedbackForm } from './FeedbackForm';
import { PodNotes } from './PodNotes';
import { RunSheet } from './RunSheet';

/** `/sessions/:sessionId`: one meeting of a pod, from run sheet to check-out, close and feedback. */
export function SessionPage({ params }: { params: Record<string, string> }) {
  const id = params.sessionId!;
  const me = useMe();
  const agenda = useSessionAgenda(id);
  const notes = useSessionNotes(id);
  const feedback = useSessionFeedback(id);
  // Hot-seat parts name each member: the pod's names for the notes table.
  const names = useMemo(
    () =>
      new Map(
        (agenda.data?.items ?? [])
          .filter((i) => i.memberId)
          .map((i) => [i.memberId!, i.title.replace(/^Hot seat: /, '')]),
      ),
    [agenda.data],
  );

  if (agenda.isPending || me.isPending) return <LoadingState label="Loading the session…" />;
  if (agenda.isError) return <ErrorState error={agenda.error} onRetry={() => void agenda.refetch()} />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  const a = agenda.data;
  const meId = me.data.id;
  const start = Date.parse(a.startsAt);
  const myCommitment = a.openCommitments.find((c) => c.memberId === meId)?.text;

  return (
    <>
      <PageHeader
        title={`${a.podName}: session ${a.seq} of ${a.count}`}
        description={<ZonedTime at={start} end={start + a.durationMinutes * 60_000} />}
      />
      <Section id="run-sheet-title" title="Run sheet">
        <RunSheet agenda={a} />
      </Section>
      <Section id="check-in-title" title="Check-in">
        {notes.isPending ? (
          <LoadingState label="Loading your check-in…" />
        ) : notes.isError ? (
          <ErrorState error={notes.error} />
        ) : (
          <CheckInForm
            sessionId={id}
            commitment={myCommitment}
            existing={notes.data.checkIns.find((c) => c.personId === meId)}
          />
        )}
      </Section>
      <Section id="check-out-title" title="Check-out">
        {notes.isPending ? (
          <LoadingState label="Loading your check-out…" />
        ) : notes.isError ? (
          <ErrorState error={notes.error} />
        ) : (
          <CheckOutForm
            sessionId={id}
            existing={notes.data.checkOuts.find((c) => c.personId === meId)}
            closed={notes.data.closed}
          />
        )}
      </Section>
      <Section id="pod-notes-title" title="The pod's check-outs (pod only)">
        {notes.isPending ? (
          <LoadingState label="Loading the pod's check-outs…" />
        ) : notes.isError ? (
          <ErrorState error={notes.error} onRetry={() => void notes.refetch()} />
        ) : (
          <PodNotes sessionId={id} notes={notes.data} names={names} meId={meId} />
        )}
      </Section>
      <Section id="feedback-title" title="Feedback">
        {feedback.isPending ? (
          <LoadingState label="Loading feedback…" />
        ) : feedback.isError ? (
          <ErrorState error={feedback.error} onRetry={() => void feedback.refetch()} />
        ) : (
          <FeedbackForm sessionId={id} feedback={feedback.data} />
        )}
      </Section>
    </>
  );
}
