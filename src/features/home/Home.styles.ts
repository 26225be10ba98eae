import { makeStyles, tokens } from '@fluentui/react-components';

export const useHomeStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  zone: { color: tokens.colorNeutralForeground2 },
});
