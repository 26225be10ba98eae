import type { Occurrence, ResponseState, StoredEvent } from './event-model';
import { occurrenceDays } from './recurrence';
import { localEpochDay, localToEpoch, toIanaZone } from './time-zones';

const DAY_MS = 86_400_000;

/** Longest gap between two occurrences; exceptions cannot cross a neighbour, so this much padding finds moved ones. */
function padMs(event: StoredEvent): number {
  const p = event.recurrence?.pattern;
  if (!p) return DAY_MS;
  const unit = p.type === 'daily' ? 1 : p.type === 'weekly' ? 7 : p.type.endsWith('Monthly') ? 31 : 366;
  return (unit * (p.interval ?? 1) + 1) * DAY_MS;
}

/** Zone the series repeats in: range.recurrenceTimeZone, else the start's zone. */
export function seriesZone(event: StoredEvent): string {
  return toIanaZone(event.recurrence?.range.recurrenceTimeZone || event.startZone);
}

/** Every original occurrence up to `untilMs`, before exceptions are applied. */
export function originalOccurrences(event: StoredEvent, untilMs: number): Occurrence[] {
  const duration = event.endMs - event.startMs;
  if (!event.recurrence)
    return [{ index: 0, originalStartMs: event.startMs, startMs: event.startMs, endMs: event.endMs }];
  const zone = seriesZone(event);
  const startDay = localEpochDay(zone, event.startMs);
  const minute = Math.round((event.startMs - localToEpoch(zone, startDay, 0)) / 60_000);
  return occurrenceDays(event.recurrence, localEpochDay(zone, untilMs)).map((day, index) => {
    const startMs = localToEpoch(zone, day, minute);
    return { index, originalStartMs: startMs, startMs, endMs: startMs + duration };
  });
}

/** Occurrences with exceptions applied; cancelled ones are dropped unless `withCancelled`. */
export function occurrences(event: StoredEvent, untilMs: number, withCancelled = false): Occurrence[] {
  return originalOccurrences(event, untilMs + padMs(event)).flatMap((o) => {
    const override = event.overrides.get(o.index);
    if (!override) return [o];
    if (override.cancelled && !withCancelled) return [];
    return [{ ...o, startMs: override.startMs ?? o.startMs, endMs: override.endMs ?? o.endMs, override }];
  });
}

/** Occurrences overlapping [fromMs, toMs). */
export function occurrencesBetween(event: StoredEvent, fromMs: number, toMs: number): Occurrence[] {
  return occurrences(event, toMs).filter((o) => o.endMs > fromMs && o.startMs < toMs);
}

/** An override counts as an exception when it changes more than responses. */
export function isException(o: Occurrence): boolean {
  const v = o.override;
  return (
    !!v &&
    (v.subject !== undefined ||
      v.body !== undefined ||
      v.location !== undefined ||
      v.showAs !== undefined ||
      v.startMs !== undefined ||
      v.endMs !== undefined)
  );
}

function compact(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
}

/** Stable occurrence id: the owner's copy id and the original start. */
export function occurrenceId(copyId: string, originalStartMs: number): string {
  return `${copyId}_${compact(originalStartMs)}`;
}

/** Splits an occurrence id into copy id and original start, or undefined for a plain id. */
export function parseOccurrenceId(id: string): { copyId: string; originalStartMs: number } | undefined {
  const match = /^(.+)_(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(id);
  if (!match) return undefined;
  const [, copyId, y, mo, d, h, mi, s] = match;
  return {
    copyId: copyId!,
    originalStartMs: Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)),
  };
}

/** Response of `address` to occurrence `o`: its own, else the series-wide one. */
export function responseFor(event: StoredEvent, address: string, o?: Occurrence): ResponseState {
  const key = address.toLowerCase();
  if (key === event.organizer.address.toLowerCase()) return { response: 'organizer', timeMs: null };
  return o?.override?.responses.get(key) ?? event.responses.get(key) ?? { response: 'none', timeMs: null };
}
