import { makeStyles, tokens } from '@fluentui/react-components';

export const usePodSummaryStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  label: { color: tokens.colorNeutralForeground2, minWidth: '9rem' },
  commitment: { fontStyle: 'italic' },
});
