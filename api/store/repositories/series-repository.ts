import type { Selectable } from 'kysely';
import { SeriesSlot, type Series } from '../../domain/scheduling/series';
import type { BookedSeries, SeriesRepository, SeriesReservation } from '../../ports';
import { toJson } from '../column-types';
import type { SeriesTable } from '../schema';
import type { TenantScope } from '../tenant-scope';

export class SqlSeriesRepository implements SeriesRepository {
  constructor(private readonly scope: TenantScope) {}

  async reserve(series: SeriesReservation): Promise<{ series: Series; created: boolean }> {
    const { db, tenantId } = this.scope;
    const row = await db
      .insertInto('series')
      .values({
        tenant_id: tenantId,
        pod_id: series.podId,
        organizer_id: series.organizerId,
        transaction_id: series.transactionId,
        slot: toJson(series.slot),
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'transaction_id']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (row) return { series: toSeries(row), created: true };
    const existing = await db
      .selectFrom('series')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('transaction_id', '=', series.transactionId)
      .executeTakeFirst();
    if (!existing) throw new Error('series row vanished between insert and read');
    return { series: toSeries(existing), created: false };
  }

  async currentForPod(podId: string): Promise<Series | undefined> {
    return (await this.currentForPods([podId])).get(podId);
  }

  async currentForPods(podIds: readonly string[]): Promise<Map<string, Series>> {
    const byPod = new Map<string, Series>();
    if (podIds.length === 0) return byPod;
    const { db, tenantId } = this.scope;
    const rows = await db
      .selectFrom('series')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('pod_id', 'in', [...podIds])
      .where('state', '<>', 'cancelled')
      .orderBy('created_at', 'asc')
      .execute();
    for (const row of rows) byPod.set(row.pod_id, toSeries(row));
    return byPod;
  }

  async retry(id: string, slot: SeriesSlot): Promise<Series | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .updateTable('series')
      .set({ state: 'booking', slot: toJson(slot) })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('state', '=', 'failed')
      .returningAll()
      .executeTakeFirst();
    return row && toSeries(row);
  }

  async markBooked(id: string, booked: BookedSeries): Promise<Series> {
    const { db, tenantId } = this.scope;
    if (booked.sessions.length > 0) {
      await db
        .insertInto('sessions')
        .values(
          booked.sessions.map((s) => ({
            tenant_id: tenantId,
            series_id: id,
            seq: s.seq,
            starts_at: new Date(s.start),
            ends_at: new Date(s.end),
          })),
        )
        .onConflict((oc) => oc.columns(['tenant_id', 'series_id', 'seq']).doNothing())
        .execute();
    }
    const row = await db
      .updateTable('series')
      .set({ state: 'booked', series_event_id: booked.seriesEventId, slot: toJson(booked.slot) })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSeries(row);
  }

  async markFailed(id: string, slot: SeriesSlot): Promise<void> {
    const { db, tenantId } = this.scope;
    await db
      .updateTable('series')
      .set({ state: 'failed', slot: toJson(slot) })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('state', '=', 'booking')
      .execute();
  }
}

function toSeries(row: Selectable<SeriesTable>): Series {
  return {
    id: row.id,
    podId: row.pod_id,
    organizerId: row.organizer_id,
    transactionId: row.transaction_id,
    seriesEventId: row.series_event_id,
    state: row.state,
    slot: SeriesSlot.parse(row.slot),
    createdAt: row.created_at.getTime(),
  };
}
