import { OffsetTableZone, type OffsetSegment } from './offset-table-zone';
import { formatPosixZone } from './posix-tz';
import { shortUtcOffset } from './utc-offset';
import { ruleDay, zoneRulesProblem, type ZoneRules } from './zone-rules';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * A zone given by rules, exactly: each year daylight time starts at `start`'s wall-clock time in standard time and
 * ends at `end`'s in daylight time, as Windows and POSIX read them; both hemispheres follow from the dates' order.
 * If both changes of a year fall on the same instant, standard time follows it.
 */
export class RuleTimeZone extends OffsetTableZone {
  readonly id: string;
  readonly kind = 'rules';
  readonly displayName: string;

  constructor(readonly rules: ZoneRules) {
    super();
    const problem = zoneRulesProblem(rules);
    if (problem) throw new RangeError(`not a time zone: ${problem}`);
    this.id = formatPosixZone(rules);
    this.displayName = rules.name?.trim() || describeZoneRules(rules);
  }

  protected segment(fromMs: number, toMs: number): OffsetSegment {
    const standard = this.rules.standardOffsetMinutes * MINUTE_MS;
    const daylight = this.rules.daylight;
    if (!daylight) return { initialOffset: standard, changes: [] };
    const summer = daylight.offsetMinutes * MINUTE_MS;
    const changes: { at: number; offset: number; order: number }[] = [];
    const firstYear = new Date(fromMs).getUTCFullYear() - 2;
    const lastYear = new Date(toMs).getUTCFullYear() + 1;
    for (let year = firstYear; year <= lastYear; year++) {
      const { start, end } = daylight;
      changes.push({ at: ruleDay(start, year) * DAY_MS + start.timeMs - standard, offset: summer, order: 0 });
      changes.push({ at: ruleDay(end, year) * DAY_MS + end.timeMs - summer, offset: standard, order: 1 });
    }
    changes.sort((a, b) => a.at - b.at || a.order - b.order);
    let initialOffset = standard;
    for (const change of changes) if (change.at <= fromMs) initialOffset = change.offset;
    const inside: OffsetSegment['changes'] = [];
    let current = initialOffset;
    for (const { at, offset } of changes) {
      if (at <= fromMs || at >= toMs) continue;
      if (inside.at(-1)?.at === at) {
        inside.pop(); // two changes at one instant: only the last one's offset holds from there
        current = inside.at(-1)?.offset ?? initialOffset;
      }
      if (offset === current) continue;
      inside.push({ at, offset });
      current = offset;
    }
    return { initialOffset, changes: inside };
  }
}

/** "UTC+10/+11 (custom rules)", or "UTC+05:30 (custom rules)" without daylight time. */
export function describeZoneRules(rules: ZoneRules): string {
  const standard = shortUtcOffset(rules.standardOffsetMinutes);
  const daylight = rules.daylight ? `/${shortUtcOffset(rules.daylight.offsetMinutes)}` : '';
  return `UTC${standard}${daylight} (custom rules)`;
}
