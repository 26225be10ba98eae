import { DAY_MS, formatEpochDay, parseEpochDay } from '../scheduling/epoch-day';
import { guardFigure, type GuardedFigure } from './privacy-threshold';

/** Sessions held in one week of the cohort; `weekStart` is 'YYYY-MM-DD', counted in 7-day steps from the cohort's start. */
export interface WeekCount {
  weekStart: string;
  held: number;
}

/** How many ratings gave each score 1–5. */
export type FeedbackDistribution = Record<'1' | '2' | '3' | '4' | '5', number>;

/**
 * Held sessions per cohort week, from the start date through the week of the last held session, empty weeks as 0.
 * Sessions are counted by the day they started (UTC); one held before the start date counts in the first week.
 */
export function countHeldByWeek(startDate: string, heldStarts: readonly number[]): WeekCount[] {
  const first = parseEpochDay(startDate);
  if (first === undefined) throw new RangeError(`startDate ${startDate} is not a date`);
  const weekOf = (startsAt: number) => Math.max(0, Math.floor((Math.floor(startsAt / DAY_MS) - first) / 7));
  const weeks = heldStarts.map(weekOf);
  const last = weeks.length === 0 ? -1 : Math.max(...weeks);
  const counts = Array.from({ length: last + 1 }, (_, i) => ({
    weekStart: formatEpochDay(first + i * 7),
    held: 0,
  }));
  for (const week of weeks) counts[week]!.held += 1;
  return counts;
}

/**
 * Ratings per score, shown or withheld as a whole: a per-score count over fewer than 5 raters could point at one person.
 * Ratings outside 1–5 are ignored.
 */
export function distributeFeedback(
  feedback: readonly { personId: string; rating: number }[],
): GuardedFigure<FeedbackDistribution> {
  const counts: FeedbackDistribution = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  const raters = new Set<string>();
  for (const { personId, rating } of feedback) {
    const key = String(rating);
    if (!(key in counts)) continue;
    counts[key as keyof FeedbackDistribution] += 1;
    raters.add(personId);
  }
  return guardFigure(counts, raters.size);
}

/**
 * Share of reviewed commitments (reported on at a later check-in) that were done or partly done, 0–1, over the
 * people whose commitments were reviewed. Commitments still open are not yet a follow-through either way.
 */
export function followThroughRate(
  commitments: readonly { personId: string; status: 'open' | 'done' | 'partly' | 'not_done' }[],
): GuardedFigure<number> {
  const reviewed = commitments.filter((c) => c.status !== 'open');
  const followed = reviewed.filter((c) => c.status === 'done' || c.status === 'partly').length;
  const rate = reviewed.length === 0 ? 0 : Math.round((followed / reviewed.length) * 100) / 100;
  return guardFigure(rate, new Set(reviewed.map((c) => c.personId)).size);
}
