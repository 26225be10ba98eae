import { Body1, Button, Card, Caption1, Text } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { CohortView } from '../../../api/http/schemas';
import { useCohortResults } from '../../api-client/programs';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { FIGURES, resultsCsv } from './results-csv';
import { useResultsPanelStyles } from './ResultsPanel.styles';

// The charts library is large: it loads only when an owner opens results.
const ResultsCharts = lazy(() => import('./ResultsCharts').then((m) => ({ default: m.ResultsCharts })));

const shown = (value: number, kind: string) =>
  kind === 'rate' ? `${Math.round(value * 100)}%` : kind === 'rating' ? value.toFixed(1) : String(value);

/** Aggregates for the owner, never anyone's words; each figure is withheld when it covers fewer than 5 people. */
export function ResultsPanel({ cohort }: { cohort: CohortView }) {
  const styles = useResultsPanelStyles();
  const results = useCohortResults(cohort.id);
  if (results.isPending) return <LoadingState label="Loading results…" />;
  if (results.isError) return <ErrorState error={results.error} onRetry={() => void results.refetch()} />;
  const r = results.data;
  const download = () => {
    const url = URL.createObjectURL(new Blob([resultsCsv(r)], { type: 'text/csv' }));
    const link = Object.assign(document.createElement('a'), {
      href: url,
      download: `${cohort.name.replace(/[^\w-]+/g, '-')}-results.csv`,
    });
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <>
      <Body1 className={styles.muted}>
        {r.members} members. Only aggregates are shown; a figure covering fewer than 5 people is withheld so
        nobody can be singled out.
      </Body1>
      <ul className={styles.grid} aria-label="Results">
        {FIGURES.map(({ key, label, kind }) => {
          const figure = r[key];
          return (
            <li key={key}>
              <Card>
                <Caption1>{label}</Caption1>
                {figure.value === null ? (
                  <Text className={styles.muted}>Withheld ({figure.withheld})</Text>
                ) : (
                  <Text className={styles.value}>{shown(figure.value, kind)}</Text>
                )}
              </Card>
            </li>
          );
        })}
      </ul>
      <div>
        <Button onClick={download}>Download the figures (CSV)</Button>
      </div>
      <Suspense fallback={<LoadingState label="Loading charts…" />}>
        <ResultsCharts results={r} />
      </Suspense>
    </>
  );
}
