import { NotFoundError } from '../../errors';
import type { Occurrence, Session, TenantStore } from '../../store';

/** The pod's booked series and its occurrences, or 404. */
export async function loadBookedSeries(
  store: TenantStore,
  podId: string,
): Promise<{ session: Session & { seriesEventId: string }; occurrences: Occurrence[] }> {
  const session = await store.sessions.currentForPod(podId);
  if (!session || session.state !== 'booked' || !session.seriesEventId) {
    throw new NotFoundError('This pod has no booked series yet.', { field: 'id' });
  }
  return {
    session: { ...session, seriesEventId: session.seriesEventId },
    occurrences: await store.sessions.occurrences(session.id),
  };
}
