import {
  Badge,
  Button,
  Card,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { SlotView } from '../../../api/http/schemas';
import { useViewerZone } from '../../components/viewer-zone';
import { formatDate, formatTime, zoneName } from '../../components/zoned-format';
import { useSlotCardStyles } from './SlotCard.styles';

const STATUS: Record<string, string> = { busy: 'busy', tentative: 'tentatively busy', oof: 'out of office' };
const cap = (day: string) => day[0]!.toUpperCase() + day.slice(1);

/** "UTC+11:00", or "UTC+11:00, UTC+10:00 from session 4" when a member's offset changes during the series. */
function offsetsText(offsets: readonly string[]): string {
  return offsets
    .map((offset, i) => ({ offset, seq: i + 1 }))
    .filter(({ offset }, i) => i === 0 || offset !== offsets[i - 1])
    .map(({ offset, seq }) => (seq === 1 ? `UTC${offset}` : `UTC${offset} from session ${seq}`))
    .join(', ');
}

/** One ranked weekly slot: its time for the viewer and for each member, and every session's conflicts. */
export function SlotCard({
  slot,
  rank,
  onBook,
  booking,
  bookable,
}: {
  slot: SlotView;
  rank: number;
  onBook: (acceptConflicts: boolean) => void;
  booking: boolean;
  bookable: boolean;
}) {
  const styles = useSlotCardStyles();
  const zone = useViewerZone();
  const first = slot.occurrences[0];
  const conflicted = slot.score.conflictedOccurrences;
  const title = first
    ? `${new Intl.DateTimeFormat(undefined, { timeZone: zone, weekday: 'long' }).format(Date.parse(first.start))}s, ${formatTime(Date.parse(first.start), zone)}–${formatTime(Date.parse(first.end), zone)} ${zoneName(zone, Date.parse(first.start))}`
    : `${cap(slot.weekday)}s at ${slot.anchorStart}`;
  return (
    <Card className={styles.card} aria-labelledby={`slot-${rank}`}>
      <div className={styles.head}>
        <Subtitle2 as="h3" id={`slot-${rank}`}>
          {rank}. {title}
        </Subtitle2>
        <Badge appearance="tint" color={conflicted ? 'warning' : 'success'}>
          {conflicted
            ? `${conflicted} of ${slot.occurrences.length} sessions have a conflict`
            : `Free for all ${slot.occurrences.length} sessions`}
        </Badge>
      </div>
      <Text>Each member&apos;s own time:</Text>
      <ul className={styles.locals}>
        {slot.memberLocal.map((m) => (
          <li key={m.memberId}>
            {m.name}: {cap(m.weekday)} {m.start}, {m.zoneName} ({offsetsText(m.utcOffsets)})
            {m.variesAcrossDst ? ', shifting when daylight saving changes' : ''}
          </li>
        ))}
      </ul>
      <Table size="extra-small" aria-label={`Sessions of option ${rank}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Session</TableHeaderCell>
            <TableHeaderCell>When (your time)</TableHeaderCell>
            <TableHeaderCell>Conflicts</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {slot.occurrences.map((o) => (
            <TableRow key={o.seq}>
              <TableCell>{o.seq}</TableCell>
              <TableCell>
                {formatDate(Date.parse(o.start), zone)}, {formatTime(Date.parse(o.start), zone)}
              </TableCell>
              <TableCell>
                {o.conflicts.length === 0
                  ? 'Everyone free'
                  : o.conflicts.map((c) => (
                      <span
                        key={c.memberId}
                        className={c.status === 'tentative' ? styles.tentative : styles.conflict}
                      >
                        {c.name} {STATUS[c.status] ?? c.status}.{' '}
                      </span>
                    ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {slot.why.length ? (
        <ul className={styles.why} aria-label={`Why option ${rank} ranks here`}>
          {slot.why.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {bookable ? (
        <div>
          <Button
            appearance={rank === 1 ? 'primary' : 'secondary'}
            onClick={() => onBook(false)}
            disabled={booking}
          >
            {booking ? 'Booking…' : 'Book this time'}
          </Button>
        </div>
      ) : (
        <div>
          <Text>
            More sessions conflict than the program allows. If the pod agrees, book it anyway and move the
            conflicting sessions afterwards.
          </Text>{' '}
          <Button onClick={() => onBook(true)} disabled={booking}>
            {booking ? 'Booking…' : `Book anyway (${conflicted} to move)`}
          </Button>
        </div>
      )}
    </Card>
  );
}
