import { DAY_MS, MINUTE_MS } from './epoch-day';
import { SchedulingInputError } from './scheduling-input-error';

/** One getSchedule call: these addresses over [start, end) in UTC epoch ms. */
export interface FreeBusyRequest {
  addresses: string[];
  start: number;
  end: number;
}

export interface FreeBusyPlanOptions {
  /** Schedules per request; Graph allows at most 20. */
  maxSchedules: number;
  /** Days per window; Graph needs the window under 62 days. */
  maxWindowDays: number;
}

const GRAPH_MAX_SCHEDULES = 20;
const GRAPH_WINDOW_LIMIT_DAYS = 62;

/**
 * The fewest getSchedule requests that cover every address over [fromMs, toMs): addresses deduplicated
 * (case-insensitively, first spelling kept, in first-seen order so a pod's people share requests) and
 * packed by maxSchedules, times the span cut into equal minute-aligned windows of at most maxWindowDays.
 */
export function planFreeBusyRequests(
  addresses: readonly string[],
  fromMs: number,
  toMs: number,
  opts: FreeBusyPlanOptions = { maxSchedules: GRAPH_MAX_SCHEDULES, maxWindowDays: 61 },
): FreeBusyRequest[] {
  const { maxSchedules, maxWindowDays } = opts;
  if (!Number.isInteger(maxSchedules) || maxSchedules < 1 || maxSchedules > GRAPH_MAX_SCHEDULES) {
    throw new SchedulingInputError(
      'maxSchedules',
      `maxSchedules must be a whole number from 1 to ${GRAPH_MAX_SCHEDULES}`,
    );
  }
  if (!Number.isInteger(maxWindowDays) || maxWindowDays < 1 || maxWindowDays >= GRAPH_WINDOW_LIMIT_DAYS) {
    throw new SchedulingInputError(
      'maxWindowDays',
      `maxWindowDays must be a whole number from 1 to ${GRAPH_WINDOW_LIMIT_DAYS - 1}`,
    );
  }
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs) || toMs <= fromMs) {
    throw new SchedulingInputError('toMs', 'the span must end after it starts');
  }
  const unique = dedupe(addresses);
  const windows = splitSpan(fromMs, toMs, maxWindowDays * DAY_MS);
  const requests: FreeBusyRequest[] = [];
  for (let i = 0; i < unique.length; i += maxSchedules) {
    const group = unique.slice(i, i + maxSchedules);
    for (const w of windows) requests.push({ addresses: group, start: w.start, end: w.end });
  }
  return requests;
}

function dedupe(addresses: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of addresses) {
    const address = raw.trim();
    const key = address.toLowerCase();
    if (address === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(address);
  }
  return out;
}

function splitSpan(fromMs: number, toMs: number, maxMs: number): { start: number; end: number }[] {
  const count = Math.ceil((toMs - fromMs) / maxMs);
  // Near-equal windows rounded up to whole minutes stay at or under maxMs, itself a whole number of minutes.
  const size = Math.min(maxMs, Math.ceil((toMs - fromMs) / count / MINUTE_MS) * MINUTE_MS);
  return Array.from({ length: count }, (_, i) => ({
    start: fromMs + i * size,
    end: i === count - 1 ? toMs : Math.min(toMs, fromMs + (i + 1) * size),
  }));
}
