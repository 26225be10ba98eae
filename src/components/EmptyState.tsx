import { Body1, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useStateBlockStyles } from './StateBlock.styles';

/** Nothing to show yet: says why and what to do about it. */
export function EmptyState({
  title,
  description,
  action,
}: {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
}) {
  const styles = useStateBlockStyles();
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      {description ? <Body1 className={styles.muted}>{description}</Body1> : null}
      {action}
    </div>
  );
}
