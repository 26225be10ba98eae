import { Body1, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useResultsChartsStyles } from './ResultsCharts.styles';

/**
 * A titled chart with its text alternative: screen readers get `summary` in place of the drawing, and everyone can
 * open the same figures as a list.
 */
export function ChartFigure(props: {
  id: string;
  title: string;
  summary: string;
  rows: string[];
  empty?: string | undefined;
  children: ReactNode;
}) {
  const styles = useResultsChartsStyles();
  return (
    <section className={styles.chart} aria-labelledby={props.id}>
      <Subtitle2 as="h3" id={props.id}>
        {props.title}
      </Subtitle2>
      {props.empty !== undefined ? (
        <Body1>{props.empty}</Body1>
      ) : (
        <>
          <div role="img" aria-label={props.summary}>
            {props.children}
          </div>
          <details>
            <summary>{props.title} as text</summary>
            <ul className={styles.rows}>
              {props.rows.map((row) => (
                <li key={row}>{row}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
