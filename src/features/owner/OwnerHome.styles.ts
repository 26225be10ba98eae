import { makeStyles, tokens } from '@fluentui/react-components';

export const useOwnerHomeStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(18rem, 1fr))',
    gap: tokens.spacingHorizontalL,
    padding: 0,
    margin: 0,
    listStyleType: 'none',
  },
  goal: { color: tokens.colorNeutralForeground2 },
});
