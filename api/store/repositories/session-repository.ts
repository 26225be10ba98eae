import type { Session } from '../../domain/sessions/session';
import type { SessionRepository } from '../../ports';
import type { TenantScope } from '../tenant-scope';

export class SqlSessionRepository implements SessionRepository {
  constructor(private readonly scope: TenantScope) {}

  async get(id: string): Promise<Session | undefined> {
    const row = await this.query().where('s.id', '=', id).executeTakeFirst();
    return row && toSession(row);
  }

  async listBySeries(seriesId: string): Promise<Session[]> {
    const rows = await this.query().where('s.series_id', '=', seriesId).orderBy('s.seq').execute();
    return rows.map(toSession);
  }

  async listForPods(podIds: readonly string[]): Promise<Session[]> {
    if (podIds.length === 0) return [];
    const rows = await this.query()
      .where('series.pod_id', 'in', [...podIds])
      .orderBy('s.starts_at')
      .execute();
    return rows.map(toSession);
  }

  async listStarting(from: number, to: number): Promise<Session[]> {
    const rows = await this.query()
      .where('s.starts_at', '>=', new Date(from))
      .where('s.starts_at', '<', new Date(to))
      .where('s.state', '<>', 'cancelled')
      .orderBy('s.starts_at')
      .execute();
    return rows.map(toSession);
  }

  async countInSeries(seriesId: string): Promise<number> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('sessions')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('series_id', '=', seriesId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async move(
    seriesId: string,
    seq: number,
    move: { start: number; end: number; graphEventId: string },
  ): Promise<Session> {
    const { db, tenantId } = this.scope;
    await db
      .updateTable('sessions')
      .set({
        starts_at: new Date(move.start),
        ends_at: new Date(move.end),
        graph_event_id: move.graphEventId,
        state: 'moved',
      })
      .where('tenant_id', '=', tenantId)
      .where('series_id', '=', seriesId)
      .where('seq', '=', seq)
      .execute();
    const row = await this.query()
      .where('s.series_id', '=', seriesId)
      .where('s.seq', '=', seq)
      .executeTakeFirstOrThrow();
    return toSession(row);
  }

  async close(id: string, by: string, at: number): Promise<{ closedBy: string; closedAt: number }> {
    const { db, tenantId } = this.scope;
    await db
      .updateTable('sessions')
      .set({ state: 'closed', closed_by: by, closed_at: new Date(at) })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('closed_at', 'is', null)
      .execute();
    const row = await db
      .selectFrom('sessions')
      .select(['closed_by', 'closed_at'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return { closedBy: row.closed_by ?? by, closedAt: row.closed_at?.getTime() ?? at };
  }

  /** Sessions with their series' pod: the one join every read goes through. */
  private query() {
    const { db, tenantId } = this.scope;
    return db
      .selectFrom('sessions as s')
      .innerJoin('series', (join) =>
        join.onRef('series.tenant_id', '=', 's.tenant_id').onRef('series.id', '=', 's.series_id'),
      )
      .selectAll('s')
      .select('series.pod_id')
      .where('s.tenant_id', '=', tenantId);
  }
}

function toSession(row: {
  id: string;
  series_id: string;
  pod_id: string;
  seq: number;
  starts_at: Date;
  ends_at: Date;
  graph_event_id: string | null;
  state: Session['state'];
  closed_by: string | null;
  closed_at: Date | null;
}): Session {
  return {
    id: row.id,
    seriesId: row.series_id,
    podId: row.pod_id,
    seq: row.seq,
    startsAt: row.starts_at.getTime(),
    endsAt: row.ends_at.getTime(),
    graphEventId: row.graph_event_id,
    state: row.state,
    closedBy: row.closed_by,
    closedAt: row.closed_at?.getTime() ?? null,
  };
}
