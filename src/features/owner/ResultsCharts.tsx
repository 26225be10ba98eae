import { DonutChart, HorizontalBarChart, type ChartProps } from '@fluentui/react-charts';
import { Body1, Subtitle2, tokens } from '@fluentui/react-components';
import type { CohortResultsView } from '../../../api/http/schemas';
import { useResultsChartsStyles } from './ResultsCharts.styles';

const percent = (value: number) => Math.round(value * 100);

/** Rates as bars and commitments as a donut; withheld figures are left out and said so. */
export function ResultsCharts({ results }: { results: CohortResultsView }) {
  const styles = useResultsChartsStyles();
  const rates: ChartProps[] = [];
  const add = (title: string, value: number | null) => {
    if (value !== null) rates.push({ chartTitle: title, chartData: [{ legend: title, horizontalBarChartdata: { x: percent(value), total: 100 } }] });
  };
  add('Attendance (%)', results.attendanceRate.value);
  add('Invites accepted (%)', results.inviteAcceptanceRate.value);
  const made = results.commitmentsMade.value;
  const followed = results.commitmentsFollowedThrough.value;
  if (made !== null && followed !== null && made > 0) add('Commitments followed through (%)', followed / made);
  if (results.feedbackAverage.value !== null) rates.push({ chartTitle: 'Average feedback (of 5)', chartData: [{ legend: 'Feedback', horizontalBarChartdata: { x: results.feedbackAverage.value, total: 5 } }] });

  return (
    <div className={styles.charts}>
      <section className={styles.chart} aria-labelledby="rates-chart">
        <Subtitle2 as="h3" id="rates-chart">
          Follow-through and participation
        </Subtitle2>
        {rates.length ? <HorizontalBarChart data={rates} hideTooltip={false} /> : <Body1>Not enough people yet to show these.</Body1>}
      </section>
      <section className={styles.chart} aria-labelledby="commitments-chart">
        <Subtitle2 as="h3" id="commitments-chart">
          Commitments
        </Subtitle2>
        {made !== null && followed !== null && made > 0 ? (
          <DonutChart
            data={{
              chartTitle: 'Commitments',
              chartData: [
                { legend: 'Followed through', data: followed, color: tokens.colorPaletteGreenBackground3 },
                { legend: 'Not (yet) followed through', data: made - followed, color: tokens.colorNeutralBackground5 },
              ],
            }}
            innerRadius={40}
            hideLabels={false}
            valueInsideDonut={`${percent(followed / made)}%`}
          />
        ) : (
          <Body1>No commitments to show yet.</Body1>
        )}
      </section>
    </div>
  );
}
