import { Body1, Button, Card, Subtitle2, Text } from '@fluentui/react-components';
import type { MyPodsView } from '../../../api/http/schemas';
import { useSessionAgenda } from '../../api-client/sessions';
import { RouteLink } from '../../app/router';
import { ZonedTime } from '../../components/ZonedTime';
import { usePodSummaryStyles } from './PodSummary.styles';

type Pod = MyPodsView['value'][number];

/** One of the member's pods: next session with its join link, sessions open for check-out, their open commitment. */
export function PodSummary({ pod, meId }: { pod: Pod; meId: string }) {
  const styles = usePodSummaryStyles();
  const agenda = useSessionAgenda(pod.next?.sessionId);
  const mine = agenda.data?.openCommitments.find((c) => c.memberId === meId);
  const end = agenda.data
    ? Date.parse(agenda.data.startsAt) + agenda.data.durationMinutes * 60_000
    : undefined;
  return (
    <Card className={styles.card} aria-labelledby={`pod-${pod.podId}`}>
      <Subtitle2 as="h3" id={`pod-${pod.podId}`}>
        <RouteLink to={`/pods/${pod.podId}`}>{pod.podName}</RouteLink>
      </Subtitle2>
      <div className={styles.row}>
        <Text className={styles.label}>Next session</Text>
        {pod.next ? (
          <>
            <Text weight="semibold">
              {pod.next.seq} of {pod.next.count}: <ZonedTime at={pod.next.startsAt} end={end} />
            </Text>
            {pod.next.joinUrl ? (
              <Button
                as="a"
                href={pod.next.joinUrl}
                target="_blank"
                rel="noreferrer"
                appearance="primary"
                size="small"
              >
                Join in Teams
              </Button>
            ) : null}
            <RouteLink to={`/sessions/${pod.next.sessionId}`}>Run sheet</RouteLink>
          </>
        ) : (
          <Body1>
            No time booked yet. <RouteLink to={`/pods/${pod.podId}`}>Find a time</RouteLink>
          </Body1>
        )}
      </div>
      {pod.open.map((s) => (
        <div key={s.sessionId} className={styles.row}>
          <Text className={styles.label}>Waiting for you</Text>
          <RouteLink to={`/sessions/${s.sessionId}`}>
            Check out of session {s.seq} (<ZonedTime at={s.startsAt} show="date" hideZone />)
          </RouteLink>
        </div>
      ))}
      <div className={styles.row}>
        <Text className={styles.label}>My commitment</Text>
        <Body1 className={mine ? styles.commitment : undefined}>
          {mine ? `“${mine.text}”` : 'None open. You make one at each check-out.'}
        </Body1>
      </div>
    </Card>
  );
}
