import { Spinner } from '@fluentui/react-components';
import { useStateBlockStyles } from './StateBlock.styles';

/** Shown while something loads; the label says what. */
export function LoadingState({ label }: { label: string }) {
  const styles = useStateBlockStyles();
  return (
    <div className={`${styles.root} ${styles.centered}`} role="status" aria-live="polite">
      <Spinner size="small" label={label} />
    </div>
  );
}
