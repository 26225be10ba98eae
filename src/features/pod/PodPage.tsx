import { Body1, Button, MessageBar, MessageBarBody, Persona } from '@fluentui/react-components';
import { useState } from 'react';
import { useMyPods } from '../../api-client/my-pods';
import { usePod } from '../../api-client/pods';
import { usePodSessions } from '../../api-client/scheduling';
import { RouteLink } from '../../app/router';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { MoveDialog } from './MoveDialog';
import { Schedule } from './Schedule';
import { SlotFinder } from './SlotFinder';

const cadenceText = (cadence: string) => (cadence === 'weekly' ? 'every week' : 'every two weeks');

/** `/pods/:podId`: the pod's members, its schedule, finding or moving a time. */
export function PodPage({ params }: { params: Record<string, string> }) {
  const podId = params.podId!;
  const sessions = usePodSessions(podId);
  const pods = useMyPods();
  const mine = pods.data?.find((p) => p.podId === podId);
  const pod = usePod(podId);
  const [moving, setMoving] = useState<{ date: string; seq: number } | null>(null);

  if (sessions.isPending) return <LoadingState label="Loading the pod…" />;
  if (sessions.isError) return <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />;
  const series = sessions.data.series;
  const booked = series && (series.state === 'booked' || series.state === 'booking');
  const members = pod.data?.members ?? [];

  return (
    <>
      <PageHeader
        title={pod.data?.name ?? mine?.podName ?? 'Your pod'}
        description={
          booked
            ? `Meets ${cadenceText(series.cadence)} for ${series.durationMinutes} minutes, ${series.count} sessions.`
            : 'No meeting times yet.'
        }
        actions={
          booked && series.joinUrl ? (
            <Button as="a" appearance="primary" href={series.joinUrl} target="_blank" rel="noreferrer">
              Join the meeting in Teams
            </Button>
          ) : undefined
        }
      />
      {pod.isError ? (
        <ErrorState
          error={pod.error}
          title="Members could not be loaded"
          onRetry={() => void pod.refetch()}
        />
      ) : null}
      {members.length ? (
        <Section id="members-title" title="Members">
          {members.map((m) => (
            <Persona
              key={m.id}
              name={m.displayName}
              secondaryText={[m.jobTitle, m.department].filter(Boolean).join(', ') || undefined}
              tertiaryText={m.timeZone ?? undefined}
            />
          ))}
        </Section>
      ) : null}
      {series?.state === 'failed' ? (
        <MessageBar intent="error">
          <MessageBarBody>
            Booking failed{series.reason ? `: ${series.reason}` : ''}. Find a time again.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {booked ? (
        <Section id="schedule-title" title="Schedule">
          {mine?.next ? (
            <Body1>
              Next:{' '}
              <RouteLink to={`/sessions/${mine.next.sessionId}`}>
                session {mine.next.seq} run sheet, check-in and check-out
              </RouteLink>
            </Body1>
          ) : null}
          <Schedule schedule={sessions.data} onMove={setMoving} />
        </Section>
      ) : (
        <Section id="find-title" title="Find a time">
          <SlotFinder podId={podId} rebook={series?.state === 'failed'} />
        </Section>
      )}
      {moving ? (
        <MoveDialog podId={podId} date={moving.date} seq={moving.seq} onClose={() => setMoving(null)} />
      ) : null}
    </>
  );
}
