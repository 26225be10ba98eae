import { ForbiddenError, NotFoundError } from '../../errors';
import type { Pod } from '../../domain/pods';
import type { Session } from '../../domain/sessions/session';
import type { TenantStore } from '../../ports';
import type { Asker } from './program-access';

/** A session (one meeting of a pod) as its member sees it. */
export interface MemberSession {
  session: Session;
  pod: Pod;
  /** Sessions in the pod's series (the N of "session n of N"). */
  count: number;
}

/**
 * A session for one of its pod's members. Anyone else, program owners included, gets 403: what is said in a pod
 * stays in the pod.
 */
export async function loadSessionForMember(
  store: TenantStore,
  asker: Asker,
  sessionId: string,
): Promise<MemberSession> {
  const session = await store.sessions.get(sessionId);
  const pod = session && (await store.pods.get(session.podId));
  if (!session || !pod) throw new NotFoundError(`No session ${sessionId}.`, { field: 'id' });
  if (!pod.memberIds.includes(asker.userId))
    throw new ForbiddenError('Only members of this pod can see or change this session.');
  const count = await store.sessions.countInSeries(session.seriesId);
  return { session, pod, count };
}
