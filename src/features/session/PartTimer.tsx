import { Button, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { usePartTimerStyles } from './PartTimer.styles';

const clock = (seconds: number) =>
  `${seconds < 0 ? '−' : ''}${Math.floor(Math.abs(seconds) / 60)}:${String(Math.abs(seconds) % 60).padStart(2, '0')}`;

/** A countdown for one part of the run sheet; says so once when the time is up. */
export function PartTimer({
  label,
  minutes,
  running,
  onStart,
  onStop,
}: {
  label: string;
  minutes: number;
  running: boolean;
  onStart: () => void;
  onStop: () => void;
}) {
  const styles = usePartTimerStyles();
  const [left, setLeft] = useState(minutes * 60);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setLeft((s) => s - 1), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const over = left <= 0;
  // The accessible name starts with the visible words, so voice control ("click Start timer") finds the button.
  const action = running ? 'Pause timer' : left === minutes * 60 ? 'Start timer' : 'Resume timer';
  return (
    <span>
      <Text font="monospace" weight="semibold" aria-hidden>
        {clock(left)}
      </Text>{' '}
      <span role="status" aria-live="polite" className={styles.announcement}>
        {over && running ? `Time is up for ${label}.` : ''}
      </span>
      <Button
        size="small"
        onClick={running ? onStop : onStart}
        aria-label={`${action} for ${label} (${minutes} min)`}
      >
        {action}
      </Button>{' '}
      {left !== minutes * 60 ? (
        <Button
          size="small"
          appearance="subtle"
          onClick={() => {
            onStop();
            setLeft(minutes * 60);
          }}
          aria-label={`Reset timer for ${label}`}
        >
          Reset timer
        </Button>
      ) : null}
    </span>
  );
}
