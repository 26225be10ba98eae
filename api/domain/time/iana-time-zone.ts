import { Temporal } from 'temporal-polyfill';
import { OffsetTableZone, type OffsetSegment } from './offset-table-zone';

/** An IANA zone, its offsets read from Temporal's tzdb transitions; named by its canonical IANA name. */
export class IanaTimeZone extends OffsetTableZone {
  readonly kind = 'iana';
  readonly displayName: string;

  /** `id` must be a name Temporal knows; timeZoneOf checks and canonicalizes it. */
  constructor(readonly id: string) {
    super();
    this.displayName = id;
  }

  protected segment(fromMs: number, toMs: number): OffsetSegment {
    let zdt = Temporal.Instant.fromEpochMilliseconds(fromMs).toZonedDateTimeISO(this.id);
    const initialOffset = zdt.offsetNanoseconds / 1e6;
    const changes: OffsetSegment['changes'] = [];
    for (;;) {
      const next = zdt.getTimeZoneTransition('next');
      if (!next || next.epochMilliseconds >= toMs) break;
      changes.push({ at: next.epochMilliseconds, offset: next.offsetNanoseconds / 1e6 });
      zdt = next;
    }
    return { initialOffset, changes };
  }
}
