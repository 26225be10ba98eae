import { makeStyles, tokens } from '@fluentui/react-components';

export const useResultsChartsStyles = makeStyles({
  charts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(20rem, 1fr))',
    gap: tokens.spacingHorizontalXL,
  },
  chart: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  rows: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});
