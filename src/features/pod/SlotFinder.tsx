import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ApiProblem } from '../../api-client/api-problem';
import { useBookSeries, useSlotSearch } from '../../api-client/scheduling';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { SlotCard } from './SlotCard';
import { useSlotFinderStyles } from './SlotFinder.styles';

/** Finds the weekly times free for every member across every session, and books the chosen one. */
export function SlotFinder({ podId, rebook }: { podId: string; rebook: boolean }) {
  const search = useSlotSearch(podId);
  const styles = useSlotFinderStyles();
  const book = useBookSeries(podId);
  const [chosen, setChosen] = useState<number | null>(null);
  const result = search.data;
  const [minutes, setMinutes] = useState('');
  // The API checks the length against the program's bounds and names the field; show it there.
  const problem = search.error instanceof ApiProblem ? search.error.fieldErrors.durationMinutes : undefined;
  const lengthError = problem ? { validationMessage: problem, validationState: 'error' as const } : {};
  const run = () => search.mutate(minutes ? { durationMinutes: Number(minutes) } : {});
  return (
    <>
      <Body1>
        PeerPods reads everyone&apos;s free/busy (never what the meetings are) for the whole cohort, and ranks
        weekly times inside everyone&apos;s working hours, in each member&apos;s own time zone, checking every
        session — not just the first.
      </Body1>
      <div className={styles.controls}>
        <Field
          label="Session length in minutes"
          {...lengthError}
          hint={
            result
              ? `Now ${result.settings.durationMinutes}. Shorter sessions fit more calendars.`
              : "Leave empty for the program's length."
          }
        >
          <Input type="number" min={15} max={480} value={minutes} onChange={(_e, d) => setMinutes(d.value)} />
        </Field>
        <Button appearance={result ? 'secondary' : 'primary'} onClick={run} disabled={search.isPending}>
          {search.isPending
            ? 'Searching calendars…'
            : result
              ? 'Search again'
              : rebook
                ? 'Find a new time'
                : 'Find a time'}
        </Button>
      </div>
      {search.isPending ? <LoadingState label="Reading calendars and ranking times…" /> : null}
      {search.isError ? <ErrorState error={search.error} title="The search failed" onRetry={run} /> : null}
      {result && !search.isPending ? (
        <>
          {result.unreadable.length ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Some calendars could not be read</MessageBarTitle>
                {result.unreadable.map((u) => `${u.name}: ${u.reason}`).join('; ')}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {!result.feasible || result.slots.length === 0 ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>No time works for everyone</MessageBarTitle>
                {result.reason ?? 'Try again later, or ask the program owner to change the pod.'}
                {result.slots.length
                  ? ' The closest options are below, with each conflict, so the pod can decide what to change.'
                  : ''}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {result.slots.map((slot, i) => (
            <SlotCard
              key={`${slot.weekday}-${slot.anchorStart}-${slot.firstDate}`}
              slot={slot}
              rank={i + 1}
              bookable={slot.score.conflictedOccurrences <= result.settings.maxConflicted}
              booking={book.isPending && chosen === i}
              onBook={(acceptConflicts) => {
                setChosen(i);
                const length = result.settings.durationMinutes;
                book.mutate({
                  weekday: slot.weekday,
                  anchorStart: slot.anchorStart,
                  firstDate: slot.firstDate,
                  durationMinutes: length,
                  ...(acceptConflicts ? { acceptConflicts } : {}),
                });
              }}
            />
          ))}
        </>
      ) : null}
      {book.isError ? <ErrorState error={book.error} title="The meetings could not be booked" /> : null}
    </>
  );
}
