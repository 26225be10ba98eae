import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle12Filled } from '@fluentui/react-icons';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteRedForeground1 },
});

/** A field's error where no Fluent `Field` wraps the input (a group, a list row). */
export function FieldError({ id, message }: { id?: string; message: string | undefined }) {
  const styles = useStyles();
  if (!message) return null;
  return (
    <Caption1 id={id} role="alert" className={styles.root}>
      <ErrorCircle12Filled aria-hidden />
      {message}
    </Caption1>
  );
}
