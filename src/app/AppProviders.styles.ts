import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppProvidersStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
});
