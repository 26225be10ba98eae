import { makeStyles } from '@fluentui/react-components';

export const usePartTimerStyles = makeStyles({
  // Announced by screen readers, not shown: the countdown itself is visible.
  announcement: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});
