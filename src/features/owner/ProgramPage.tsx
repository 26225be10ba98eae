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
import { RouteLink } from '../../app/router';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { formatCalendarDate } from '../../components/zoned-format';
import { CreateCohortForm } from './CreateCohortForm';
import { statusLabel } from './cohort-status';

/** `/owner/programs/:programId`: the program's cohorts and a form for the next one. */
export function ProgramPage({ params }: { params: Record<string, string> }) {
  const program = useProgram(params.programId);
  if (program.isPending) return <LoadingState label="Loading the program…" />;
  if (program.isError) return <ErrorState error={program.error} onRetry={() => void program.refetch()} />;
  const { cohorts } = program.data;
  return (
    <>
      <PageHeader title={program.data.name} description={program.data.goal} />
      <Section id="cohorts-title" title="Cohorts">
        {cohorts.length === 0 ? (
          <Body1>No cohort yet. Create the first one below; people can enroll as soon as it exists.</Body1>
        ) : (
          <Table aria-labelledby="cohorts-title" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Cohort</TableHeaderCell>
                <TableHeaderCell>Runs</TableHeaderCell>
                <TableHeaderCell>Enrolled</TableHeaderCell>
                <TableHeaderCell>Stage</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {cohorts.map((cohort) => (
                <TableRow key={cohort.id}>
                  <TableCell>
                    <RouteLink to={`/owner/cohorts/${cohort.id}`}>{cohort.name}</RouteLink>
                  </TableCell>
                  <TableCell>
                    {formatCalendarDate(cohort.startDate)} – {formatCalendarDate(cohort.endDate)}
                  </TableCell>
                  <TableCell>{cohort.enrolled}</TableCell>
                  <TableCell>
                    <Badge appearance="tint">{statusLabel(cohort.status)}</Badge>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      <Section id="new-cohort-title" title="New cohort">
        <CreateCohortForm programId={program.data.id} />
      </Section>
    </>
  );
}
