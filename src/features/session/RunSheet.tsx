import { Body1, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { SessionAgendaView } from '../../../api/http/schemas';
import { formatTime } from '../../components/zoned-format';
import { useViewerZone } from '../../components/viewer-zone';
import { PartTimer } from './PartTimer';
import { useRunSheetStyles } from './RunSheet.styles';

/** The agenda as a run sheet: each part's start in the viewer's zone, its prompts, and a timer. */
export function RunSheet({ agenda }: { agenda: SessionAgendaView }) {
  const styles = useRunSheetStyles();
  const zone = useViewerZone();
  const [running, setRunning] = useState<number | null>(null);
  const start = Date.parse(agenda.startsAt);
  return (
    <ol className={styles.list} aria-label="Run sheet">
      {agenda.items.map((item, i) => (
        <li key={`${item.kind}-${i}`} className={`${styles.item} ${running === i ? styles.active : ''}`}>
          <Text className={styles.when}>
            {formatTime(start + item.offsetMinutes * 60_000, zone)}
            <br />
            {item.minutes} min
          </Text>
          <div>
            <div className={styles.head}>
              <Text as="h3" weight="semibold" size={400} className={styles.title}>
                {item.title}
              </Text>
              <PartTimer
                label={item.title}
                minutes={item.minutes}
                running={running === i}
                onStart={() => setRunning(i)}
                onStop={() => setRunning(null)}
              />
            </div>
            {item.prompts.length ? (
              <ul className={styles.prompts}>
                {item.prompts.map((prompt) => (
                  <li key={prompt}>{prompt}</li>
                ))}
              </ul>
            ) : null}
            {item.technique ? (
              <Body1>
                <Text weight="semibold">Technique: {item.technique.name}.</Text> {item.technique.prompt}
              </Body1>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
