import { Badge, Body1, Button, Tab, TabList } from '@fluentui/react-components';
import { useState } from 'react';
import { useCohort, useProgram } from '../../api-client/programs';
import { RouteLink } from '../../app/router';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { formatCalendarDate } from '../../components/zoned-format';
import { useCohortPageStyles } from './CohortPage.styles';
import { statusLabel } from './cohort-status';
import { EnrollmentPanel } from './EnrollmentPanel';
import { PodsPanel } from './PodsPanel';
import { ResultsPanel } from './ResultsPanel';
import { SchedulePanel } from './SchedulePanel';

type Panel = 'enrollment' | 'pods' | 'schedule' | 'results';

const PANELS: { value: Panel; label: string }[] = [
  { value: 'enrollment', label: '1. Enrollment' },
  { value: 'pods', label: '2. Pods' },
  { value: 'schedule', label: '3. Schedule' },
  { value: 'results', label: '4. Results' },
];

/** `/owner/cohorts/:cohortId`: enroll people, form pods, publish. */
export function CohortPage({ params }: { params: Record<string, string> }) {
  const styles = useCohortPageStyles();
  const cohortId = params.cohortId!;
  const cohort = useCohort(cohortId);
  const program = useProgram(cohort.data?.programId);
  const [panel, setPanel] = useState<Panel | null>(null);
  const [copied, setCopied] = useState(false);

  if (cohort.isPending) return <LoadingState label="Loading the cohort…" />;
  if (cohort.isError) return <ErrorState error={cohort.error} onRetry={() => void cohort.refetch()} />;
  const c = cohort.data;
  // Open on the step the cohort is at, until the owner picks another.
  const atStep: Panel =
    c.status === 'enrolling'
      ? 'enrollment'
      : c.status === 'proposed'
        ? 'pods'
        : c.status === 'published' || c.status === 'scheduling'
          ? 'schedule'
          : 'results';
  const shownPanel = panel ?? atStep;
  const joinUrl = `${location.origin}/join/${c.id}`;
  const copy = async () => {
    await navigator.clipboard?.writeText(joinUrl).catch(() => undefined);
    setCopied(true);
  };

  return (
    <div className={styles.stack}>
      <PageHeader
        title={c.name}
        description={
          <>
            {program.data ? (
              <RouteLink to={`/owner/programs/${program.data.id}`}>{program.data.name}</RouteLink>
            ) : null}
            <span className={styles.facts}>
              <span>
                {formatCalendarDate(c.startDate)} – {formatCalendarDate(c.endDate)}
              </span>
              <span>
                {c.sessionCount} sessions, {c.cadence === 'weekly' ? 'every week' : 'every two weeks'}
              </span>
              <span>
                Pods of {c.podSizeMin}–{c.podSizeMax},{' '}
                {c.sessionMinutesSet ? `${c.sessionMinutes} min` : `up to ${c.sessionMinutes} min`}
              </span>
              <span>{c.enrolled} enrolled</span>
            </span>
          </>
        }
        actions={
          <Badge appearance="filled" size="large">
            {statusLabel(c.status)}
          </Badge>
        }
      />
      <div className={styles.join}>
        <Body1>Invite people with this link:</Body1>
        <span className={styles.joinUrl}>{joinUrl}</span>
        <Button size="small" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy link'}
        </Button>
      </div>
      <TabList
        selectedValue={shownPanel}
        onTabSelect={(_e, d) => setPanel(d.value as Panel)}
        aria-label="Cohort steps"
      >
        {PANELS.map((p) => (
          <Tab key={p.value} value={p.value} id={`tab-${p.value}`}>
            {p.label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-labelledby={`tab-${shownPanel}`} className={styles.stack}>
        {shownPanel === 'enrollment' ? <EnrollmentPanel cohort={c} /> : null}
        {shownPanel === 'pods' ? <PodsPanel cohort={c} /> : null}
        {shownPanel === 'schedule' ? <SchedulePanel cohort={c} /> : null}
        {shownPanel === 'results' ? <ResultsPanel cohort={c} /> : null}
      </div>
    </div>
  );
}
