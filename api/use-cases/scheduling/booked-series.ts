import { NotFoundError } from '../../errors';
import type { Series } from '../../domain/scheduling';
import type { Session } from '../../domain/sessions/session';
import type { TenantStore } from '../../ports';

/** The pod's booked series and its sessions, or 404. */
export async function loadBookedSeries(
  store: TenantStore,
  podId: string,
): Promise<{ series: Series & { seriesEventId: string }; sessions: Session[] }> {
  const series = await store.series.currentForPod(podId);
  if (!series || series.state !== 'booked' || !series.seriesEventId) {
    throw new NotFoundError('This pod has no booked series yet.', { field: 'id' });
  }
  return {
    series: { ...series, seriesEventId: series.seriesEventId },
    sessions: await store.sessions.listBySeries(series.id),
  };
}
