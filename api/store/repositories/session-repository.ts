import type { Selectable } from 'kysely';
import { toJson } from '../column-types';
import type { SessionOccurrencesTable, SessionsTable, SessionState, OccurrenceState } from '../schema';
import type { TenantScope } from '../tenant-scope';

/** The weekly slot a series was booked in, with what booking learned about it. */
export interface SessionSlot {
  cohortId: string;
  weekday: string;
  /** 'HH:MM' in `timeZone`. */
  anchorStart: string;
  /** 'YYYY-MM-DD' of the first occurrence in `timeZone`. */
  firstDate: string;
  timeZone: string;
  cadence: 'weekly' | 'biweekly';
  count: number;
  durationMinutes: number;
  joinUrl?: string | null;
  /** Why booking failed, in words safe to show. */
  reason?: string;
}

export interface Session {
  id: string;
  podId: string;
  organizerId: string;
  transactionId: string;
  seriesEventId: string | null;
  state: SessionState;
  slot: SessionSlot;
  createdAt: Date;
}

/** One meeting of a pod's series. */
export interface Occurrence {
  id: string;
  sessionId: string;
  podId: string;
  /** 1-based position in the series. */
  seq: number;
  startsAt: Date;
  endsAt: Date;
  /** Graph id of the occurrence once it became an exception (moved); null while it follows the series. */
  graphEventId: string | null;
  state: OccurrenceState;
  closedBy: string | null;
  closedAt: Date | null;
}

/** @deprecated name kept for scheduling code; same as Occurrence. */
export type SessionOccurrence = Occurrence;

/** A series with its pod's members, for reading invite responses. */
export interface SeriesWithMembers extends Session {
  memberIds: string[];
}

/** An occurrence with its pod and who closed it (the session loop's view). */
export interface PodOccurrence extends SessionOccurrence {
  podId: string;
  closedBy: string | null;
  closedAt: Date | null;
}

export interface NewSession {
  podId: string;
  organizerId: string;
  transactionId: string;
  slot: SessionSlot;
}

/** A pod's booked (or booking) series and their occurrences. */
export class SessionRepository {
  constructor(private readonly scope: TenantScope) {}

  /**
   * Claims the booking of a series before Graph is called. The transaction id is unique, so concurrent or retried
   * bookings of the same pod converge on one row; `created` is false when it already existed.
   */
  async reserve(session: NewSession): Promise<{ session: Session; created: boolean }> {
    const { db, tenantId } = this.scope;
    const row = await db
      .insertInto('sessions')
      .values({
        tenant_id: tenantId,
        pod_id: session.podId,
        organizer_id: session.organizerId,
        transaction_id: session.transactionId,
        slot: toJson(session.slot as unknown as Record<string, unknown>),
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'transaction_id']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (row) return { session: toSession(row), created: true };
    const existing = await this.getByTransaction(session.transactionId);
    if (!existing) throw new Error('session row vanished between insert and read');
    return { session: existing, created: false };
  }

  async getByTransaction(transactionId: string): Promise<Session | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('sessions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('transaction_id', '=', transactionId)
      .executeTakeFirst();
    return row && toSession(row);
  }

  /** The pod's current series: the newest that is not cancelled. */
  async currentForPod(podId: string): Promise<Session | undefined> {
    return (await this.currentForPods([podId])).get(podId);
  }

  /** Current series per pod, for many pods in one query. */
  async currentForPods(podIds: readonly string[]): Promise<Map<string, Session>> {
    const byPod = new Map<string, Session>();
    if (podIds.length === 0) return byPod;
    const { db, tenantId } = this.scope;
    const rows = await db
      .selectFrom('sessions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('pod_id', 'in', [...podIds])
      .where('state', '<>', 'cancelled')
      .orderBy('created_at', 'asc')
      .execute();
    for (const row of rows) byPod.set(row.pod_id, toSession(row));
    return byPod;
  }

  /** Sets a failed booking back to `booking` with a new slot; the transaction id and organizer stay. */
  async retry(id: string, slot: SessionSlot): Promise<Session | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .updateTable('sessions')
      .set({ state: 'booking', slot: toJson(slot as unknown as Record<string, unknown>) })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('state', '=', 'failed')
      .returningAll()
      .executeTakeFirst();
    return row && toSession(row);
  }

  /**
   * Records the created series: occurrences first (idempotent), then the state, so a crash in between
   * leaves the row in `booking` and a retry completes it.
   */
  async markBooked(
    id: string,
    booked: {
      seriesEventId: string;
      slot: SessionSlot;
      occurrences: { seq: number; start: number; end: number }[];
    },
  ): Promise<Session> {
    const { db, tenantId } = this.scope;
    if (booked.occurrences.length > 0) {
      await db
        .insertInto('session_occurrences')
        .values(
          booked.occurrences.map((o) => ({
            tenant_id: tenantId,
            session_id: id,
            seq: o.seq,
            starts_at: new Date(o.start),
            ends_at: new Date(o.end),
          })),
        )
        .onConflict((oc) => oc.columns(['tenant_id', 'session_id', 'seq']).doNothing())
        .execute();
    }
    const row = await db
      .updateTable('sessions')
      .set({
        state: 'booked',
        series_event_id: booked.seriesEventId,
        slot: toJson(booked.slot as unknown as Record<string, unknown>),
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSession(row);
  }

  async markFailed(id: string, slot: SessionSlot): Promise<void> {
    const { db, tenantId } = this.scope;
    await db
      .updateTable('sessions')
      .set({ state: 'failed', slot: toJson(slot as unknown as Record<string, unknown>) })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('state', '=', 'booking')
      .execute();
  }

  async occurrences(sessionId: string): Promise<Occurrence[]> {
    const rows = await this.occurrenceQuery()
      .where('o.session_id', '=', sessionId)
      .orderBy('o.seq')
      .execute();
    return rows.map(toOccurrence);
  }

  /** The pods' current series, each with its pod's member ids. */
  async listSeriesForPods(podIds: readonly string[]): Promise<SeriesWithMembers[]> {
    const current = await this.currentForPods(podIds);
    if (current.size === 0) return [];
    const { db, tenantId } = this.scope;
    const members = await db
      .selectFrom('pod_members')
      .select(['pod_id', 'person_id'])
      .where('tenant_id', '=', tenantId)
      .where('pod_id', 'in', [...current.keys()])
      .orderBy('position')
      .execute();
    return [...current.values()].map((session) => ({
      ...session,
      memberIds: members.filter((m) => m.pod_id === session.podId).map((m) => m.person_id),
    }));
  }

  private occurrenceQuery() {
    const { db, tenantId } = this.scope;
    return db
      .selectFrom('session_occurrences as o')
      .innerJoin('sessions as s', (join) =>
        join.onRef('s.tenant_id', '=', 'o.tenant_id').onRef('s.id', '=', 'o.session_id'),
      )
      .selectAll('o')
      .select('s.pod_id')
      .where('o.tenant_id', '=', tenantId);
  }

  /** Records that one occurrence now happens at another time. */
  async moveOccurrence(
    sessionId: string,
    seq: number,
    move: { start: number; end: number; graphEventId: string },
  ): Promise<Occurrence> {
    const { db, tenantId } = this.scope;
    await db
      .updateTable('session_occurrences')
      .set({
        starts_at: new Date(move.start),
        ends_at: new Date(move.end),
        graph_event_id: move.graphEventId,
        state: 'moved',
      })
      .where('tenant_id', '=', tenantId)
      .where('session_id', '=', sessionId)
      .where('seq', '=', seq)
      .execute();
    const row = await this.occurrenceQuery()
      .where('o.session_id', '=', sessionId)
      .where('o.seq', '=', seq)
      .executeTakeFirstOrThrow();
    return toOccurrence(row);
  }
  /** One occurrence with its pod and closing, or undefined (the session loop reads sessions by occurrence id). */
  async getOccurrence(id: string): Promise<PodOccurrence | undefined> {
    return (await this.podOccurrences().where('o.id', '=', id).executeTakeFirst()) as
      PodOccurrence | undefined;
  }

  /** Occurrences of the pods' series, earliest first. */
  async listOccurrencesForPods(podIds: readonly string[]): Promise<PodOccurrence[]> {
    if (podIds.length === 0) return [];
    return (await this.podOccurrences()
      .where('s.pod_id', 'in', [...podIds])
      .orderBy('o.starts_at')
      .execute()) as PodOccurrence[];
  }

  /** Occurrences (not cancelled) starting in [from, to), for reminders. */
  async listOccurrencesStarting(from: Date, to: Date): Promise<PodOccurrence[]> {
    return (await this.podOccurrences()
      .where('o.starts_at', '>=', from)
      .where('o.starts_at', '<', to)
      .where('o.state', '<>', 'cancelled')
      .orderBy('o.starts_at')
      .execute()) as PodOccurrence[];
  }

  async countOccurrences(sessionId: string): Promise<number> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('session_occurrences')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('session_id', '=', sessionId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Closes an occurrence once: a second close keeps the first closer and time. */
  async closeOccurrence(id: string, by: string, at: Date): Promise<{ closedBy: string; closedAt: Date }> {
    const { db, tenantId } = this.scope;
    await db
      .updateTable('session_occurrences')
      .set({ state: 'closed', closed_by: by, closed_at: at })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('closed_at', 'is', null)
      .execute();
    const row = await db
      .selectFrom('session_occurrences')
      .select(['closed_by', 'closed_at'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return { closedBy: row.closed_by ?? by, closedAt: row.closed_at ?? at };
  }

  private podOccurrences() {
    const { db, tenantId } = this.scope;
    return db
      .selectFrom('session_occurrences as o')
      .innerJoin('sessions as s', (join) =>
        join.onRef('s.tenant_id', '=', 'o.tenant_id').onRef('s.id', '=', 'o.session_id'),
      )
      .select([
        'o.id as id',
        'o.session_id as sessionId',
        's.pod_id as podId',
        'o.seq as seq',
        'o.starts_at as startsAt',
        'o.ends_at as endsAt',
        'o.graph_event_id as graphEventId',
        'o.state as state',
        'o.closed_by as closedBy',
        'o.closed_at as closedAt',
      ])
      .where('o.tenant_id', '=', tenantId);
  }
}

function toSession(row: Selectable<SessionsTable>): Session {
  return {
    id: row.id,
    podId: row.pod_id,
    organizerId: row.organizer_id,
    transactionId: row.transaction_id,
    seriesEventId: row.series_event_id,
    state: row.state,
    slot: row.slot as unknown as SessionSlot,
    createdAt: row.created_at,
  };
}

function toOccurrence(row: Selectable<SessionOccurrencesTable> & { pod_id: string }): Occurrence {
  return {
    id: row.id,
    sessionId: row.session_id,
    podId: row.pod_id,
    seq: row.seq,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    graphEventId: row.graph_event_id,
    state: row.state,
    closedBy: row.closed_by,
    closedAt: row.closed_at,
  };
}
