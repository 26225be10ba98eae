import { Caption1 } from '@fluentui/react-components';
import { ErrorCircle12Filled } from '@fluentui/react-icons';
import { useFieldErrorStyles } from './FieldError.styles';

/** A field's error where no Fluent `Field` wraps the input (a group, a list row). */
export function FieldError({ id, message }: { id?: string; message: string | undefined }) {
  const styles = useFieldErrorStyles();
  if (!message) return null;
  return (
    <Caption1 id={id} role="alert" className={styles.root}>
      <ErrorCircle12Filled aria-hidden />
      {message}
    </Caption1>
  );
}
