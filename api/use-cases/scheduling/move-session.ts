import { ConflictError, NotFoundError, UpstreamError } from '../../errors';
import { proposeOccurrenceMove, type MoveProposal } from '../../domain/scheduling';
import type { Session } from '../../domain/sessions/session';
import { localDate } from '../../domain/time';
import type { Caller } from '../../ports';
import { loadBookedSeries } from './booked-series';
import { fetchFreeBusy } from './free-busy';
import { loadPodContext } from './pod-context';
import { searchMembers } from './pod-search';
import type { SchedulingDeps } from './scheduling-deps';
import { asValidationError } from './scheduling-settings';

const DAY_MS = 86_400_000;

/** Proposals by default; `apply` with a proposed `start` (epoch ms) moves the session. */
export interface MoveSessionInput {
  apply: boolean;
  start?: number | undefined;
}

/** Proposed times for one session, or the move that was made. */
export interface SessionMove {
  podId: string;
  timeZone: string;
  session: Session;
  applied: boolean;
  reason?: string;
  proposals: MoveProposal[];
}

/**
 * Proposes new times for one session of the pod's series near its date, inside everyone's hours and never on a
 * neighbouring session's day; with `apply`, moves that one session in the organizer's calendar (app-only, ADR 4).
 */
export async function moveSession(
  deps: SchedulingDeps,
  caller: Caller,
  podId: string,
  date: string,
  input: MoveSessionInput,
): Promise<SessionMove> {
  const ctx = await loadPodContext(deps, caller, podId);
  const store = deps.store(caller.tenantId);
  const { series, sessions } = await loadBookedSeries(store, podId);
  const { timeZone } = series.slot;
  const target = sessions.find((s) => localDate(s.startsAt, timeZone).toString() === date);
  if (!target)
    throw new NotFoundError(`The series has no session on ${date} (${timeZone}).`, { field: 'date' });
  const now = deps.clock.now();
  if (target.startsAt <= now)
    throw new ConflictError('This session has already started; only coming sessions can move.', {
      field: 'date',
    });
  const original = { start: target.startsAt, end: target.endsAt };
  const addresses = ctx.members.flatMap((m) => (m.address ? [m.address] : []));
  const freeBusy = await fetchFreeBusy(
    deps.calendar,
    caller.tenantId,
    addresses,
    original.start - 5 * DAY_MS,
    original.end + 5 * DAY_MS,
  );
  let found: ReturnType<typeof proposeOccurrenceMove>;
  try {
    found = proposeOccurrenceMove({
      members: searchMembers(ctx.members, freeBusy).members,
      anchorTimeZone: timeZone,
      original,
      otherOccurrenceStarts: sessions.filter((s) => s.id !== target.id).map((s) => s.startsAt),
      now,
      limit: input.apply ? 50 : 5,
    });
  } catch (error) {
    return asValidationError(error);
  }
  const base = { podId, timeZone, session: target, ...(found.reason ? { reason: found.reason } : {}) };
  if (!input.apply) return { ...base, applied: false, proposals: found.proposals };

  const chosen = found.proposals.find((p) => p.start === input.start);
  if (!chosen)
    throw new ConflictError(
      'That time is not free for every member inside their hours; ask for proposals again.',
      { code: 'slot_unavailable', field: 'start' },
    );
  const app = { as: 'app', tenantId: caller.tenantId } as const;
  // Graph moves one occurrence of the series; once moved it is an exception with its own id.
  const occurrenceId =
    target.graphEventId ??
    (await findInstanceId(deps, app, series.organizerId, series.seriesEventId, original));
  try {
    const moved = await deps.calendar.updateOccurrence(app, series.organizerId, occurrenceId, {
      start: chosen.start,
      end: chosen.end,
      timeZone,
    });
    const saved = await store.sessions.move(series.id, target.seq, {
      start: moved.start,
      end: moved.end,
      graphEventId: moved.id,
    });
    return { ...base, session: saved, applied: true, proposals: [chosen] };
  } catch (error) {
    if (error instanceof UpstreamError && error.upstream.code === 'ErrorOccurrenceCrossingBoundary') {
      throw new ConflictError('A session cannot move onto or past the day of its neighbouring session.', {
        code: 'occurrence_crossing_boundary',
        field: 'start',
        cause: error,
      });
    }
    throw error;
  }
}

async function findInstanceId(
  deps: SchedulingDeps,
  app: { as: 'app'; tenantId: string },
  organizerId: string,
  seriesId: string,
  original: { start: number; end: number },
): Promise<string> {
  const instances = await deps.calendar.listInstances(
    app,
    organizerId,
    seriesId,
    original.start - DAY_MS,
    original.end + DAY_MS,
  );
  const instance = instances.find((i) => i.start === original.start);
  if (!instance)
    throw new ConflictError(
      "The organizer's calendar no longer holds this session; it may have been cancelled in Outlook.",
    );
  return instance.id;
}
