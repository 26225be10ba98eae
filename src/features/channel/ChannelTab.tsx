import {
  Badge,
  Body1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useProgram } from '../../api-client/programs';
import { useRouter } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { formatCalendarDate } from '../../components/zoned-format';
import { statusLabel } from '../owner/cohort-status';

/** `/channel?programId=…`: the program's summary in the channel it is bound to. */
export function ChannelTab() {
  const { search } = useRouter();
  const programId = search.get('programId') ?? undefined;
  const program = useProgram(programId);
  if (!programId)
    return (
      <EmptyState
        title="No program is bound to this tab"
        description="Remove the tab and add it again to choose a program."
      />
    );
  if (program.isPending) return <LoadingState label="Loading the program…" />;
  if (program.isError) return <ErrorState error={program.error} onRetry={() => void program.refetch()} />;
  const p = program.data;
  return (
    <>
      <PageHeader title={p.name} description={p.goal} />
      {p.cohorts.length === 0 ? (
        <Body1>No cohort yet.</Body1>
      ) : (
        <Table aria-label="Cohorts" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Cohort</TableHeaderCell>
              <TableHeaderCell>Runs</TableHeaderCell>
              <TableHeaderCell>Enrolled</TableHeaderCell>
              <TableHeaderCell>Stage</TableHeaderCell>
              <TableHeaderCell>Join</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {p.cohorts.map((c) => {
              const open = c.status === 'enrolling' || c.status === 'proposed';
              return (
                <TableRow key={c.id}>
                  <TableCell>{c.name}</TableCell>
                  <TableCell>
                    {formatCalendarDate(c.startDate)} – {formatCalendarDate(c.endDate)}
                  </TableCell>
                  <TableCell>{c.enrolled}</TableCell>
                  <TableCell>
                    <Badge appearance="tint">{statusLabel(c.status)}</Badge>
                  </TableCell>
                  <TableCell>
                    {open ? (
                      <a href={`/join/${c.id}`} target="_blank" rel="noreferrer">
                        Join {c.name}
                      </a>
                    ) : (
                      'Closed'
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </>
  );
}
