import { Temporal } from 'temporal-polyfill';
import { buildAgenda, renderAgendaHtml } from '../../domain/sessions/agenda';
import { cadenceWeeks } from '../../domain/sessions/session-plan';
import { seriesOccurrences } from '../../domain/sessions/series-occurrences';
import { minutesOfDay, seriesZoneFor, zonedEpoch } from '../../domain/time';
import { UnprocessableError, UpstreamError } from '../../errors';
import type { Series, SeriesSlot } from '../../domain/scheduling';
import type { PodContext, PodMember } from './pod-context';
import type { SchedulingDeps } from './scheduling-deps';
import { seriesTransactionId } from './transaction-id';

const MINUTE_MS = 60_000;

export interface BookingResult {
  series: Series;
  /** False when the pod already had this series booked. */
  created: boolean;
}

/**
 * Books the pod's series idempotently: the `series` row is claimed first (unique transaction id), then the series
 * is created in Graph with that transaction id, then its sessions are recorded. Any retry, concurrent request or
 * restarted job converges on the same row and the same Graph event.
 */
export async function bookSeries(
  deps: SchedulingDeps,
  tenantId: string,
  ctx: PodContext,
  organizer: PodMember,
  slot: SeriesSlot,
): Promise<BookingResult> {
  const store = deps.store(tenantId);
  const transactionId = seriesTransactionId(tenantId, ctx.cohort.id, ctx.pod.id);
  const reserved = await store.series.reserve({
    podId: ctx.pod.id,
    organizerId: organizer.id,
    transactionId,
    slot,
  });
  let series = reserved.series;
  if (series.state === 'booked') return { series, created: false };
  if (series.state === 'failed') series = (await store.series.retry(series.id, slot)) ?? series;
  return { series: await driveBooking(deps, tenantId, ctx, series), created: true };
}

/** Creates (or finds, by transaction id) the Graph series of a `booking` row and records it as booked. */
export async function driveBooking(
  deps: SchedulingDeps,
  tenantId: string,
  ctx: PodContext,
  series: Series,
): Promise<Series> {
  const store = deps.store(tenantId);
  const { slot } = series;
  const start = slotStart(slot);
  const durationMs = slot.durationMinutes * MINUTE_MS;
  const intervalWeeks = cadenceWeeks(slot.cadence) as 1 | 2;
  const agenda = buildAgenda({
    podName: ctx.pod.name,
    members: ctx.members.map((m) => ({ id: m.id, name: m.name })),
    seq: 1,
    count: slot.count,
    durationMinutes: slot.durationMinutes,
  });
  const timeZone = bookingZone(ctx, series, start, durationMs, intervalWeeks);
  if (!timeZone) {
    const reason = `no IANA or Windows time zone keeps every session of this series at the times found in ${slot.timeZone}`;
    await store.series.markFailed(series.id, { ...slot, reason });
    throw new UnprocessableError('zone_not_bookable', `The series cannot be booked: ${reason}.`);
  }
  try {
    const event = await deps.calendar.createSeries({ as: 'app', tenantId }, series.organizerId, {
      subject: `${ctx.pod.name}: peer coaching (${ctx.program.name})`,
      bodyHtml: renderAgendaHtml(agenda),
      start,
      end: start + durationMs,
      timeZone,
      recurrence: { intervalWeeks, count: slot.count },
      attendees: ctx.members
        .filter((m) => m.id !== series.organizerId && m.address)
        .map((m) => ({ address: m.address!, name: m.name })),
      transactionId: series.transactionId,
    });
    // A retried create returns the first event, so the sessions follow what Graph holds, not this request.
    const sessions = seriesOccurrences(
      event.start,
      event.end - event.start,
      slot.timeZone,
      event.recurrence?.intervalWeeks ?? intervalWeeks,
      event.recurrence?.count ?? slot.count,
    );
    return await store.series.markBooked(series.id, {
      seriesEventId: event.id,
      slot: { ...slot, joinUrl: event.joinUrl },
      sessions,
    });
  } catch (error) {
    // Throttling and outages leave the row in `booking`: the next attempt re-sends the same transaction id.
    if (error instanceof UpstreamError && isPermanent(error.upstream.status)) {
      await store.series.markFailed(series.id, { ...slot, reason: error.message });
    }
    throw error;
  }
}

/**
 * The zone the series is booked in: the slot's own zone when it is an IANA zone; for a zone given by rules (an
 * organizer's customTimeZone), a zone Outlook knows whose clock lands every session on the same instants, members'
 * zones first (docs/adr/0010-exact-time-zones.md).
 */
function bookingZone(
  ctx: PodContext,
  series: Series,
  start: number,
  durationMs: number,
  intervalWeeks: number,
): string | undefined {
  const { slot } = series;
  const starts = seriesOccurrences(start, durationMs, slot.timeZone, intervalWeeks, slot.count).map(
    (o) => o.start,
  );
  const organizerFirst = [...ctx.members].sort(
    (a, b) => Number(b.id === series.organizerId) - Number(a.id === series.organizerId),
  );
  const preferred = organizerFirst.flatMap((m) => [m.timeZone, m.workingHours?.timeZone]).filter((z) => !!z);
  return seriesZoneFor(slot.timeZone, starts, preferred as string[]);
}

/** Epoch ms of a slot's first session: its wall-clock start on its first date in its zone. */
export function slotStart(slot: Pick<SeriesSlot, 'firstDate' | 'anchorStart' | 'timeZone'>): number {
  return zonedEpoch(Temporal.PlainDate.from(slot.firstDate), minutesOfDay(slot.anchorStart), slot.timeZone);
}

function isPermanent(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status < 500 && status !== 429 && status !== 408;
}
