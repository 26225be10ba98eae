import { makeStyles, tokens } from '@fluentui/react-components';

export const useFieldErrorStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteRedForeground1,
  },
});
