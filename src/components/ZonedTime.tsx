import { useViewerZone } from './viewer-zone';
import { formatDate, formatRange, formatTime, toEpoch, zoneName } from './zoned-format';

type At = string | number | Date;

/**
 * An instant (or a range) in the viewer's own zone, with the zone named: "Tue 4 Mar 2025, 14:30–16:15 India
 * Standard Time". `zone` overrides the viewer's zone, e.g. to show a pod member's local time.
 */
export function ZonedTime({
  at,
  end,
  zone,
  show = 'datetime',
  hideZone = false,
}: {
  at: At;
  end?: At;
  zone?: string;
  show?: 'datetime' | 'date' | 'time';
  hideZone?: boolean;
}) {
  const viewerZone = useViewerZone();
  const shownZone = zone ?? viewerZone;
  const start = toEpoch(at);
  const text =
    end !== undefined
      ? formatRange(start, toEpoch(end), shownZone)
      : show === 'date'
        ? formatDate(start, shownZone)
        : show === 'time'
          ? formatTime(start, shownZone)
          : `${formatDate(start, shownZone)}, ${formatTime(start, shownZone)}`;
  const name = zoneName(shownZone, start);
  return (
    <time dateTime={new Date(start).toISOString()}>
      {text}
      {hideZone ? null : ` ${name}`}
    </time>
  );
}
