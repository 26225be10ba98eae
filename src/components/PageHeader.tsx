import { Body1, Title2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { usePageHeaderStyles } from './PageHeader.styles';

/** The page's one h1, a line saying what the page is for, and its main actions. */
export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  const styles = usePageHeaderStyles();
  return (
    <header className={styles.root}>
      <div className={styles.text}>
        <Title2 as="h1">{title}</Title2>
        {description ? <Body1 className={styles.description}>{description}</Body1> : null}
      </div>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </header>
  );
}
