import { DonutChart, HorizontalBarChart, VerticalBarChart, type ChartProps } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { CohortResultsView } from '../../../api/http/schemas';
import { formatCalendarDate } from '../../components/zoned-format';
import { ChartFigure } from './ChartFigure';
import { SCORES } from './results-csv';
import { useResultsChartsStyles } from './ResultsCharts.styles';

const percent = (value: number) => Math.round(value * 100);
const weekLabel = (date: string) =>
  new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(
    Date.parse(`${date}T12:00:00Z`),
  );
const NOT_ENOUGH = 'Not enough people yet to show this.';

/** Sessions over time, follow-through, participation and feedback; withheld figures are left out and said so. */
export function ResultsCharts({ results }: { results: CohortResultsView }) {
  const styles = useResultsChartsStyles();
  const rates: ChartProps[] = [];
  const rateRows: string[] = [];
  const add = (title: string, value: number | null) => {
    if (value === null) return;
    rates.push({
      chartTitle: title,
      chartData: [{ legend: title, horizontalBarChartdata: { x: percent(value), total: 100 } }],
    });
    rateRows.push(`${title.replace(' (%)', '')}: ${percent(value)}%`);
  };
  add('Attendance (%)', results.attendanceRate.value);
  add('Invites accepted (%)', results.inviteAcceptanceRate.value);
  add('Follow-through (%)', results.followThroughRate.value);

  const weeks = results.sessionsHeldByWeek.value;
  const weekRows = (weeks ?? []).map((w) => `Week of ${formatCalendarDate(w.weekStart)}: ${w.held} held`);
  const ratings = results.feedbackDistribution.value;
  const ratingRows = ratings ? SCORES.map((s) => `Rated ${s} of 5: ${ratings[s]}`) : [];
  const made = results.commitmentsMade.value;
  const followed = results.commitmentsFollowedThrough.value;
  const commitmentsKnown = made !== null && followed !== null && made > 0;

  return (
    <div className={styles.charts}>
      <ChartFigure
        id="sessions-chart"
        title="Sessions held over time"
        summary={`Sessions held per week. ${weekRows.join('. ')}.`}
        rows={weekRows}
        empty={weeks === null ? NOT_ENOUGH : weeks.length === 0 ? 'No session has been held yet.' : undefined}
      >
        <VerticalBarChart
          chartTitle="Sessions held per week"
          data={(weeks ?? []).map((w) => ({
            x: weekLabel(w.weekStart),
            y: w.held,
            legend: 'Sessions held',
            color: tokens.colorBrandBackground,
          }))}
          hideLegend
          yAxisTitle="Sessions"
          height={240}
        />
      </ChartFigure>
      <ChartFigure
        id="rates-chart"
        title="Follow-through and participation"
        summary={`${rateRows.join('. ')}.`}
        rows={rateRows}
        empty={rates.length === 0 ? NOT_ENOUGH : undefined}
      >
        <HorizontalBarChart data={rates} hideTooltip={false} />
      </ChartFigure>
      <ChartFigure
        id="commitments-chart"
        title="Commitments followed through"
        summary={
          commitmentsKnown
            ? `${followed} of ${made} commitments followed through (${percent(followed / made)}%).`
            : ''
        }
        rows={
          commitmentsKnown
            ? [`Followed through: ${followed}`, `Not (yet) followed through: ${made - followed}`]
            : []
        }
        empty={commitmentsKnown ? undefined : 'No commitments to show yet.'}
      >
        {commitmentsKnown && (
          <DonutChart
            data={{
              chartTitle: 'Commitments',
              chartData: [
                { legend: 'Followed through', data: followed, color: tokens.colorPaletteGreenBackground3 },
                {
                  legend: 'Not (yet) followed through',
                  data: made - followed,
                  color: tokens.colorNeutralBackground5,
                },
              ],
            }}
            innerRadius={40}
            hideLabels={false}
            valueInsideDonut={`${percent(followed / made)}%`}
          />
        )}
      </ChartFigure>
      <ChartFigure
        id="feedback-chart"
        title="Feedback ratings"
        summary={`How many ratings gave each score. ${ratingRows.join('. ')}.`}
        rows={ratingRows}
        empty={ratings === null ? NOT_ENOUGH : undefined}
      >
        <VerticalBarChart
          chartTitle="Ratings per score"
          data={SCORES.map((s) => ({
            x: `${s} of 5`,
            y: ratings?.[s] ?? 0,
            legend: 'Ratings',
            color: tokens.colorPaletteBerryBackground3,
          }))}
          hideLegend
          yAxisTitle="Ratings"
          height={240}
        />
      </ChartFigure>
    </div>
  );
}
