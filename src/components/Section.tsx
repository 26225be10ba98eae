import { Card, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useSectionStyles } from './Section.styles';

/** A titled card; `id` links the heading so screen readers announce the region by name. */
export function Section({
  id,
  title,
  actions,
  children,
}: {
  id: string;
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const styles = useSectionStyles();
  return (
    <Card className={styles.card} role="region" aria-labelledby={id}>
      <div className={styles.head}>
        <Subtitle2 as="h2" id={id}>
          {title}
        </Subtitle2>
        {actions}
      </div>
      {children}
    </Card>
  );
}
