import { makeStyles, tokens } from '@fluentui/react-components';

export const useSlotFinderStyles = makeStyles({
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
});
