import { makeStyles, tokens } from '@fluentui/react-components';

export const useStateBlockStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke2}`,
  },
  centered: { alignItems: 'center', textAlign: 'center', border: 'none' },
  muted: { color: tokens.colorNeutralForeground2 },
});
