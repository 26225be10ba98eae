import { makeStyles, tokens } from '@fluentui/react-components';

export const useCohortPageStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
  join: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  joinUrl: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});
