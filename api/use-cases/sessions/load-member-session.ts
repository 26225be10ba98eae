import { NotFoundError, ForbiddenError } from '../../errors';
import type { Pod, TenantStore } from '../../store';
import type { PodOccurrence } from '../../store/repositories/session-repository';

/** A session (one meeting of a pod) as its member sees it. */
export interface MemberSession {
  occurrence: PodOccurrence;
  pod: Pod;
  /** Sessions in the pod's series (the N of "session n of N"). */
  count: number;
}

/**
 * Loads a session for one of its pod's members. Anyone else, program owners included, gets 403: what is said
 * in a pod stays in the pod.
 */
export async function loadMemberSession(
  store: TenantStore,
  occurrenceId: string,
  personId: string,
): Promise<MemberSession> {
  const occurrence = await store.sessions.getOccurrence(occurrenceId);
  const pod = occurrence && (await store.pods.get(occurrence.podId));
  if (!occurrence || !pod) throw new NotFoundError(`No session ${occurrenceId}.`, { field: 'id' });
  if (!pod.memberIds.includes(personId))
    throw new ForbiddenError('Only members of this pod can see or change this session.');
  const count = await store.sessions.countOccurrences(occurrence.sessionId);
  return { occurrence, pod, count };
}
