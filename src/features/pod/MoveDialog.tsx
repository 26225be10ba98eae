import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useMoveSession } from '../../api-client/scheduling';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useViewerZone } from '../../components/viewer-zone';
import { formatRange, zoneName } from '../../components/zoned-format';

/** Proposes new times for one session near the original, and moves that session alone. */
export function MoveDialog({
  podId,
  date,
  seq,
  onClose,
}: {
  podId: string;
  date: string;
  seq: number;
  onClose: () => void;
}) {
  const zone = useViewerZone();
  const proposals = useMoveSession(podId, date);
  const move = useMoveSession(podId, date);
  const [choice, setChoice] = useState('');
  const { mutate } = proposals;
  useEffect(() => mutate({ apply: false }), [mutate]);
  const options = proposals.data?.proposals ?? [];

  return (
    <Dialog open onOpenChange={(_e, d) => (d.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Move session {seq}</DialogTitle>
          <DialogContent>
            {proposals.isPending ? <LoadingState label="Looking for times near the original…" /> : null}
            {proposals.isError ? <ErrorState error={proposals.error} /> : null}
            {proposals.data && options.length === 0 ? (
              <Body1>{proposals.data.reason ?? 'No nearby time is free for everyone.'}</Body1>
            ) : null}
            {options.length ? (
              <RadioGroup value={choice} onChange={(_e, d) => setChoice(d.value)} aria-label="New time">
                {options.map((p) => (
                  <Radio
                    key={p.start}
                    value={p.start}
                    label={`${formatRange(Date.parse(p.start), Date.parse(p.end), zone)} ${zoneName(zone, Date.parse(p.start))}${p.why.length ? ` — ${p.why.join('; ')}` : ''}`}
                  />
                ))}
              </RadioGroup>
            ) : null}
            {move.data?.applied ? (
              <Body1 role="status">Moved. Everyone gets an updated invite for this session only.</Body1>
            ) : null}
            {move.isError ? <ErrorState error={move.error} title="The session was not moved" /> : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{move.data?.applied ? 'Done' : 'Cancel'}</Button>
            {move.data?.applied ? null : (
              <Button
                appearance="primary"
                disabled={!choice || move.isPending}
                onClick={() => move.mutate({ apply: true, start: choice })}
              >
                {move.isPending ? 'Moving…' : 'Move this session'}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
