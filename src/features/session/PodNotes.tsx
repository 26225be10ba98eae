import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { SessionNotes } from '../../../api/http/schemas';
import { useCloseSession } from '../../api-client/sessions';
import { ErrorState } from '../../components/ErrorState';

const SUMMARY: Record<string, string> = {
  posted: 'The session is closed and its summary, shareable insights only, is posted to the program channel.',
  already: 'The session was already closed; its summary was posted then.',
  'no-channel': 'The session is closed. The program has no channel, so no summary was posted.',
  'in-progress': 'The session is closed; another member’s close is posting the summary right now.',
};

/** The pod's check-outs for this session (visible to the pod only), and closing the session. */
export function PodNotes({
  sessionId,
  notes,
  names,
  meId,
}: {
  sessionId: string;
  notes: SessionNotes;
  names: ReadonlyMap<string, string>;
  meId: string;
}) {
  const close = useCloseSession(sessionId);
  const who = (id: string) => (id === meId ? 'You' : (names.get(id) ?? 'A pod member'));
  return (
    <>
      {notes.checkOuts.length === 0 ? (
        <Body1>Nobody has checked out yet.</Body1>
      ) : (
        <Table size="small" aria-label="Check-outs of this session">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Who</TableHeaderCell>
              <TableHeaderCell>Insight</TableHeaderCell>
              <TableHeaderCell>Commitment</TableHeaderCell>
              <TableHeaderCell>Shared</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {notes.checkOuts.map((c) => (
              <TableRow key={c.personId}>
                <TableCell>{who(c.personId)}</TableCell>
                <TableCell>{c.insight}</TableCell>
                <TableCell>{c.commitment}</TableCell>
                <TableCell>
                  {c.shareable ? (c.showName ? 'Yes, with name' : 'Yes, anonymously') : 'Pod only'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {close.data ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{SUMMARY[close.data.summary]}</MessageBarBody>
        </MessageBar>
      ) : notes.closed ? (
        <MessageBar intent="info">
          <MessageBarBody>This session is closed.</MessageBarBody>
        </MessageBar>
      ) : (
        <Dialog>
          <DialogTrigger disableButtonEnhancement>
            <Button appearance="primary">Close the session</Button>
          </DialogTrigger>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>Close this session?</DialogTitle>
              <DialogContent>
                {notes.checkOuts.length} of the pod checked out. Closing posts one card to the program channel
                with the insights marked shareable, and nothing else. Check-outs can no longer change.
              </DialogContent>
              <DialogActions>
                <DialogTrigger disableButtonEnhancement>
                  <Button>Not yet</Button>
                </DialogTrigger>
                <DialogTrigger disableButtonEnhancement>
                  <Button appearance="primary" onClick={() => close.mutate()}>
                    Close and post summary
                  </Button>
                </DialogTrigger>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
      {close.isPending ? <Body1 role="status">Closing…</Body1> : null}
      {close.isError ? <ErrorState error={close.error} title="The session could not be closed" /> : null}
    </>
  );
}
