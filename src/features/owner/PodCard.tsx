import { Badge, Button, Card, Persona, Subtitle2, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { z } from 'zod';
import type { ProposedPodView } from '../../../api/http/schemas';
import { ChangeMemberDialog } from './ChangeMemberDialog';
import { withNames } from './people-names';
import { usePodCardStyles } from './PodCard.styles';

type Pod = z.infer<typeof ProposedPodView>;

const hours = (minutes: number) =>
  minutes % 60 === 0 ? `${minutes / 60} h` : `${(minutes / 60).toFixed(1)} h`;

/** One pod: members, how well it fits and why, and a way to change who is in it. */
export function PodCard({
  cohortId,
  pod,
  pods,
  names,
  editable,
}: {
  cohortId: string;
  pod: Pod;
  pods: Pod[];
  names: ReadonlyMap<string, string>;
  editable: boolean;
}) {
  const styles = usePodCardStyles();
  const [changing, setChanging] = useState<Pod['members'][number] | null>(null);
  const fit = pod.fit;
  const breaks = fit.notes.filter((note) => note.startsWith('breaks '));
  // The overlap note repeats the figures shown in the line above it.
  const notes = fit.notes.filter(
    (note) => !note.startsWith('breaks ') && !note.startsWith('working hours overlap'),
  );
  return (
    <Card className={styles.card} aria-labelledby={`pod-${pod.id}`}>
      <div className={styles.head}>
        <Subtitle2 as="h3" id={`pod-${pod.id}`}>
          {pod.name}
        </Subtitle2>
        <Badge appearance="tint" color={breaks.length ? 'danger' : 'success'}>
          Fit {Math.round(fit.score * 100) / 100}
        </Badge>
      </div>
      <ul className={styles.members} aria-label={`Members of ${pod.name}`}>
        {pod.members.map((m) => (
          <li key={m.id} className={styles.member}>
            <Persona name={m.displayName} secondaryText={m.department ?? undefined} size="small" />
            {editable ? (
              <Button
                size="small"
                appearance="subtle"
                onClick={() => setChanging(m)}
                aria-label={`Move or swap ${m.displayName}`}
              >
                Move or swap
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <Text weight="semibold">
        Shared working time: {hours(fit.weeklyOverlapMinutes)} a week, longest window{' '}
        {hours(fit.longestCommonWindowMinutes)}
      </Text>
      <ul className={styles.notes} aria-label={`Why ${pod.name} fits`}>
        {notes.map((note) => (
          <li key={note}>{withNames(note, names)}</li>
        ))}
        {breaks.map((note) => (
          <li key={note} className={styles.warn}>
            {withNames(note, names)}
          </li>
        ))}
      </ul>
      {changing ? (
        <ChangeMemberDialog
          cohortId={cohortId}
          member={changing}
          from={pod}
          pods={pods}
          onClose={() => setChanging(null)}
        />
      ) : null}
    </Card>
  );
}
