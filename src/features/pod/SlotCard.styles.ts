import { makeStyles, tokens } from '@fluentui/react-components';

export const useSlotCardStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  locals: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  conflict: { color: tokens.colorPaletteRedForeground1 },
  tentative: { color: tokens.colorPaletteDarkOrangeForeground1 },
  why: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});
