import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { CohortView } from '../../../api/http/schemas';
import { useJobProgress, useScheduleCohort } from '../../api-client/scheduling';
import { ErrorState } from '../../components/ErrorState';

const jobKey = (cohortId: string) => `peerpods.schedule-job.${cohortId}`;
const OUTCOME: Record<string, string> = {
  booked: 'Booked',
  'no-slot': 'No time fits',
  failed: 'Booking failed',
  pending: 'Waiting',
};
const cap = (day: string) => day[0]!.toUpperCase() + day.slice(1);

/** Books every pod's recurring meeting in one background job, with live progress and the pods that need attention. */
export function SchedulePanel({ cohort }: { cohort: CohortView }) {
  const [jobId, setJobId] = useState<string | undefined>(
    () => sessionStorage.getItem(jobKey(cohort.id)) ?? undefined,
  );
  const start = useScheduleCohort(cohort.id);
  const job = useJobProgress(jobId);
  const canStart =
    cohort.status === 'published' || cohort.status === 'scheduling' || cohort.status === 'running';
  const run = () =>
    start.mutate(undefined, {
      onSuccess: ({ jobId: id }) => {
        sessionStorage.setItem(jobKey(cohort.id), id);
        setJobId(id);
      },
    });
  const p = job.data;
  const finished = p && (p.state === 'completed' || p.state === 'failed');
  const attention = p?.pods.filter((pod) => pod.outcome === 'no-slot' || pod.outcome === 'failed') ?? [];

  return (
    <>
      <Body1>
        For each pod PeerPods reads every member&apos;s free/busy for the whole cohort, picks the weekly time
        free for every session inside everyone&apos;s working hours, and books one recurring Teams meeting.
        Members get Outlook invites with the agenda. Pods can also find a time themselves.
      </Body1>
      {canStart ? (
        <div>
          <Button
            appearance={p ? 'secondary' : 'primary'}
            onClick={run}
            disabled={start.isPending || (p !== undefined && !finished)}
          >
            {start.isPending
              ? 'Starting…'
              : p
                ? 'Schedule again (booked pods are kept)'
                : 'Schedule all pods'}
          </Button>
        </div>
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>Publish the pods first; then every pod can be scheduled at once.</MessageBarBody>
        </MessageBar>
      )}
      {start.isError ? <ErrorState error={start.error} title="Scheduling could not start" /> : null}
      {job.isError ? (
        <ErrorState error={job.error} title="Progress could not be read" onRetry={() => void job.refetch()} />
      ) : null}
      {p ? (
        <>
          <Field
            label={
              finished ? 'Scheduling finished' : p.state === 'queued' ? 'Waiting to start…' : 'Scheduling…'
            }
            hint={`${p.done} of ${p.total} pods done: ${p.done - p.failed - p.noSlot} booked, ${p.noSlot} with no time that fits, ${p.failed} failed.`}
            validationState={finished ? (attention.length ? 'warning' : 'success') : 'none'}
          >
            <ProgressBar
              value={p.total ? p.done / p.total : 0}
              max={1}
              thickness="large"
              color={p.failed ? 'error' : attention.length ? 'warning' : 'brand'}
              aria-valuetext={`${p.done} of ${p.total} pods`}
            />
          </Field>
          {attention.length ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Pods that need attention</MessageBarTitle>
                <ul>
                  {attention.map((pod) => (
                    <li key={pod.podId}>
                      {pod.name}: {OUTCOME[pod.outcome]}
                      {pod.reason ? ` — ${pod.reason}` : ''}
                    </li>
                  ))}
                </ul>
                Their members can search with a shorter session on their pod page, or you can change the pods
                in a new cohort.
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <Table size="small" aria-label="Pods and their meeting times">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Pod</TableHeaderCell>
                <TableHeaderCell>Outcome</TableHeaderCell>
                <TableHeaderCell>Weekly time (organizer&apos;s zone)</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {p.pods.map((pod) => (
                <TableRow key={pod.podId}>
                  <TableCell>{pod.name}</TableCell>
                  <TableCell>{OUTCOME[pod.outcome] ?? pod.outcome}</TableCell>
                  <TableCell>
                    {pod.slot
                      ? `${cap(pod.slot.weekday)}s ${pod.slot.anchorStart} (${pod.slot.timeZone}) from ${pod.slot.firstDate}`
                      : '—'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : null}
    </>
  );
}
