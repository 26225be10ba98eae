import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { CohortView } from '../../../api/http/schemas';
import { useEnrollments } from '../../api-client/enrollments';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Section } from '../../components/Section';
import { BulkEnrollForm } from './BulkEnrollForm';

/** Who is enrolled, and the owner's bulk add. */
export function EnrollmentPanel({ cohort }: { cohort: CohortView }) {
  const enrollments = useEnrollments(cohort.id);
  const open = cohort.status === 'enrolling' || cohort.status === 'proposed';
  return (
    <>
      {open ? (
        <Section id="bulk-title" title="Enroll people">
          <BulkEnrollForm cohortId={cohort.id} />
        </Section>
      ) : null}
      <Section
        id="enrolled-title"
        title={`Enrolled (${enrollments.data?.filter((e) => e.status === 'active').length ?? cohort.enrolled})`}
      >
        {enrollments.isPending ? (
          <LoadingState label="Loading enrollments…" />
        ) : enrollments.isError ? (
          <ErrorState error={enrollments.error} onRetry={() => void enrollments.refetch()} />
        ) : enrollments.data.length === 0 ? (
          <EmptyState
            title="Nobody has enrolled yet"
            description="Share the join link, or enroll people above by email address."
          />
        ) : (
          <Table aria-labelledby="enrolled-title" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Name</TableHeaderCell>
                <TableHeaderCell>Department</TableHeaderCell>
                <TableHeaderCell>Level</TableHeaderCell>
                <TableHeaderCell>Time zone</TableHeaderCell>
                <TableHeaderCell>Goals</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {enrollments.data.map((e) => (
                <TableRow key={e.personId}>
                  <TableCell>
                    {e.displayName}{' '}
                    {e.status === 'withdrawn' ? <Badge appearance="outline">withdrawn</Badge> : null}
                  </TableCell>
                  <TableCell>{e.department ?? '—'}</TableCell>
                  <TableCell>{e.level ?? '—'}</TableCell>
                  <TableCell>{e.timeZone ?? '—'}</TableCell>
                  <TableCell>{e.goals.join(', ') || '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
    </>
  );
}
