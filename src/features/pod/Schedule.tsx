import {
  Body1,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { PodSessionsView } from '../../../api/http/schemas';
import { useSessionConflicts } from '../../api-client/scheduling';
import { RouteLink } from '../../app/router';
import { ErrorState } from '../../components/ErrorState';
import { ZonedTime } from '../../components/ZonedTime';

const STATE: Record<string, string> = {
  scheduled: 'Scheduled',
  moved: 'Moved',
  cancelled: 'Cancelled',
  held: 'Held',
  closed: 'Closed',
};
const KIND: Record<string, string> = {
  declined: 'declined',
  busy: 'now busy',
  tentative: 'tentatively busy',
  oof: 'out of office',
};

/** The booked sessions in the viewer's zone, each linking to its session page, what stands in the way of each, and a move for any one of them. */
export function Schedule({
  schedule,
  onMove,
}: {
  schedule: PodSessionsView;
  onMove: (o: { date: string; seq: number }) => void;
}) {
  const [checking, setChecking] = useState(false);
  const conflicts = useSessionConflicts(schedule.podId, checking);
  const byDate = new Map((conflicts.data?.sessions ?? []).map((s) => [s.date, s.conflicts]));
  const now = Date.now();
  return (
    <>
      <div>
        <Button
          onClick={() => (checking ? void conflicts.refetch() : setChecking(true))}
          disabled={conflicts.isFetching}
        >
          {conflicts.isFetching ? 'Checking calendars…' : checking ? 'Check again' : 'Check for conflicts'}
        </Button>
      </div>
      {conflicts.isError ? (
        <ErrorState error={conflicts.error} title="Conflicts could not be checked" />
      ) : null}
      <Table size="small" aria-label="Sessions">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Session</TableHeaderCell>
            <TableHeaderCell>When (your time)</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Conflicts</TableHeaderCell>
            <TableHeaderCell>
              <span aria-hidden>Action</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {schedule.sessions.map((session) => {
            const found = byDate.get(session.date);
            const upcoming =
              Date.parse(session.start) > now && session.state !== 'cancelled' && session.state !== 'closed';
            return (
              <TableRow key={session.id}>
                <TableCell>
                  <RouteLink to={`/sessions/${session.id}`}>Session {session.seq}</RouteLink>
                </TableCell>
                <TableCell>
                  <ZonedTime at={session.start} end={session.end} />
                </TableCell>
                <TableCell>{STATE[session.state] ?? session.state}</TableCell>
                <TableCell>
                  {!checking
                    ? '—'
                    : !found
                      ? conflicts.isFetching
                        ? '…'
                        : 'None'
                      : found.length === 0
                        ? 'None'
                        : found.map((c) => `${c.name} ${KIND[c.kind] ?? c.kind}`).join('; ')}
                </TableCell>
                <TableCell>
                  {upcoming ? (
                    <Button
                      size="small"
                      onClick={() => onMove({ date: session.date, seq: session.seq })}
                      aria-label={`Move session ${session.seq}`}
                    >
                      Move
                    </Button>
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {schedule.sessions.length === 0 ? <Body1>No sessions yet.</Body1> : null}
    </>
  );
}
