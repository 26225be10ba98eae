import { planFreeBusyRequests } from '../../domain/scheduling';
import { UpstreamError } from '../../errors';
import type { CalendarGateway, FreeBusySchedule } from '../../ports';

/** getSchedule requests in flight at once; the per-mailbox limit is kept by the Graph client. */
const CONCURRENCY = 16;
const DAY_MS = 86_400_000;

/** Free/busy per address (lower-cased), merged over the windows of the plan. */
export type FreeBusyMap = Map<string, FreeBusySchedule>;

/**
 * Free/busy of every address over [from, to) in as few getSchedule calls as Graph allows (20 people, windows under
 * 62 days), app-only. A request that fails marks its addresses unreadable; when every request fails, the first
 * failure is thrown, so a missing consent or an outage surfaces as such.
 */
export async function fetchFreeBusy(
  calendar: CalendarGateway,
  tenantId: string,
  addresses: readonly string[],
  from: number,
  to: number,
): Promise<FreeBusyMap> {
  const merged: FreeBusyMap = new Map();
  if (addresses.length === 0) return merged;
  const requests = planFreeBusyRequests(addresses, from, to);
  const failures: unknown[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++]!;
      const answers = await calendar
        .getSchedules({ as: 'app', tenantId }, request.addresses, request.start, request.end)
        .catch((error: unknown) => {
          failures.push(error);
          const code = error instanceof UpstreamError ? (error.upstream.code ?? error.code) : 'graph_failed';
          return request.addresses.map((address) => ({
            address,
            busy: [],
            workingHours: null,
            error: { code },
          }));
        });
      for (const answer of answers) merge(merged, answer);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, requests.length) }, worker));
  if (failures.length === requests.length) throw failures[0];
  return merged;
}

function merge(into: FreeBusyMap, answer: FreeBusySchedule): void {
  const key = answer.address.toLowerCase();
  const seen = into.get(key);
  if (!seen) {
    into.set(key, { ...answer, busy: [...answer.busy] });
    return;
  }
  seen.busy.push(...answer.busy);
  seen.workingHours ??= answer.workingHours;
  if (answer.error) seen.error ??= answer.error;
}

/** The span of free/busy a series search needs: from the day before its first date to two days after its last possible session. */
export function searchSpan(
  firstDate: string,
  cadence: 'weekly' | 'biweekly',
  count: number,
): { from: number; to: number } {
  const first = Date.parse(`${firstDate}T00:00:00Z`);
  const stride = cadence === 'weekly' ? 7 : 14;
  return { from: first - DAY_MS, to: first + (stride + stride * (count - 1) + 2) * DAY_MS };
}
