import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useHomeStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  zone: { color: tokens.colorNeutralForeground2 },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
});
