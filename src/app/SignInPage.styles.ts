import { makeStyles, tokens } from '@fluentui/react-components';

export const useSignInPageStyles = makeStyles({
  root: {
    maxWidth: '56rem',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
  },
  top: { display: 'flex', justifyContent: 'flex-end', marginBottom: tokens.spacingVerticalM },
  choices: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))',
    gap: tokens.spacingHorizontalL,
    marginTop: tokens.spacingVerticalL,
  },
  card: { height: '100%' },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground2 },
  note: { marginTop: tokens.spacingVerticalL, color: tokens.colorNeutralForeground2 },
});
