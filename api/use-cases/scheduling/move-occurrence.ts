import { proposeOccurrenceMove, type MoveProposal } from '../../domain/scheduling';
import { localDate } from '../../domain/time';
import { NotFoundError, ConflictError, UpstreamError } from '../../errors';
import type { MoveOccurrenceInput, MoveOccurrenceView } from '../../http/schemas/scheduling';
import type { Caller } from '../../ports';
import { loadBookedSeries } from './booked-series';
import { fetchFreeBusy } from './free-busy';
import { loadPodForMember } from './pod-context';
import { searchMembers } from './pod-search';
import type { SchedulingDeps } from './scheduling-deps';
import { asValidationError } from './scheduling-settings';
import { occurrenceView } from './scheduling-views';

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Proposes new times for one session of the pod's series near its date, inside everyone's hours and never on a
 * neighbouring session's day; with `apply`, moves that one session in the organizer's calendar (app-only, ADR 4).
 */
export async function moveOccurrence(
  deps: SchedulingDeps,
  caller: Caller,
  podId: string,
  date: string,
  input: MoveOccurrenceInput,
): Promise<MoveOccurrenceView> {
  const ctx = await loadPodForMember(deps, caller, podId);
  const store = deps.store(caller.tenantId);
  const { session, occurrences } = await loadBookedSeries(store, podId);
  const { timeZone } = session.slot;
  const target = occurrences.find((o) => localDate(o.startsAt.getTime(), timeZone).toString() === date);
  if (!target)
    throw new NotFoundError(`The series has no session on ${date} (${timeZone}).`, { field: 'date' });
  const now = deps.clock.now();
  if (target.startsAt.getTime() <= now)
    throw new ConflictError('This session has already started; only coming sessions can move.', {
      field: 'date',
    });
  const original = { start: target.startsAt.getTime(), end: target.endsAt.getTime() };
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
      otherOccurrenceStarts: occurrences.filter((o) => o.id !== target.id).map((o) => o.startsAt.getTime()),
      now,
      limit: input.apply ? 50 : 5,
    });
  } catch (error) {
    return asValidationError(error);
  }
  const base = {
    podId,
    occurrence: occurrenceView(target, timeZone),
    ...(found.reason ? { reason: found.reason } : {}),
  };
  if (!input.apply) return { ...base, applied: false, proposals: found.proposals.map(proposalView) };

  const start = Date.parse(input.start!);
  const chosen = found.proposals.find((p) => p.start === start);
  if (!chosen)
    throw new ConflictError(
      'That time is not free for every member inside their hours; ask for proposals again.',
      { code: 'slot_unavailable', field: 'start' },
    );
  const app = { as: 'app', tenantId: caller.tenantId } as const;
  const occurrenceId =
    target.graphEventId ??
    (await findInstanceId(deps, app, session.organizerId, session.seriesEventId, original));
  try {
    const moved = await deps.calendar.updateOccurrence(app, session.organizerId, occurrenceId, {
      start: chosen.start,
      end: chosen.end,
      timeZone,
    });
    const saved = await store.sessions.moveOccurrence(session.id, target.seq, {
      start: moved.start,
      end: moved.end,
      graphEventId: moved.id,
    });
    return {
      ...base,
      occurrence: occurrenceView(saved, timeZone),
      applied: true,
      proposals: [proposalView(chosen)],
    };
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

function proposalView(p: MoveProposal) {
  return {
    start: iso(p.start),
    end: iso(p.end),
    date: p.date,
    weekday: p.weekday,
    anchorStart: p.anchorStart,
    dayShift: p.dayShift,
    memberLocal: p.memberLocal,
    why: p.why,
  };
}
