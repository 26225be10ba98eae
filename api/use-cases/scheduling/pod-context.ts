import type { WorkingHours } from '../../domain/time';
import { NotFoundError, ForbiddenError, ConflictError } from '../../errors';
import type { Caller } from '../../ports';
import type { Cohort, Pod, Program, TenantStore } from '../../store';
import type { SchedulingDeps } from './scheduling-deps';

/** A pod member as scheduling needs them: the address getSchedule and invites use, and cached hours. */
export interface PodMember {
  id: string;
  name: string;
  /** Mail (or UPN) the calendar answers to; null when the directory has neither. */
  address: string | null;
  timeZone: string | null;
  workingHours: WorkingHours | null;
}

export interface PodContext {
  pod: Pod;
  cohort: Cohort;
  program: Program;
  /** In pod order; the first is the pod's host. */
  members: PodMember[];
}

/** The pod, its cohort and program and its members, for one of its members: 404 when unknown, 403 for anyone else. */
export async function loadPodForMember(
  deps: SchedulingDeps,
  caller: Caller,
  podId: string,
): Promise<PodContext> {
  const store = deps.store(caller.tenantId);
  const pod = await store.pods.get(podId);
  if (!pod) throw new NotFoundError('There is no such pod.', { field: 'id' });
  if (!pod.memberIds.includes(caller.userId))
    throw new ForbiddenError('Only members of this pod can schedule its sessions.');
  if (!pod.publishedAt)
    throw new ConflictError('This pod has not been published yet.', {
      code: 'pod_not_published',
      field: 'id',
    });
  const cohort = await store.cohorts.get(pod.cohortId);
  const program = cohort && (await store.programs.get(cohort.programId));
  if (!cohort || !program) throw new NotFoundError('There is no such pod.', { field: 'id' });
  return { pod, cohort, program, members: await resolveMembers(deps, caller.tenantId, store, pod.memberIds) };
}

/**
 * Members from the people cache; anyone missing is read from the directory app-only and cached. A person the
 * directory does not know either stays in the pod without an address, and scheduling names them as unreadable.
 */
export async function resolveMembers(
  deps: SchedulingDeps,
  tenantId: string,
  store: TenantStore,
  ids: readonly string[],
): Promise<PodMember[]> {
  const cached = new Map((await store.people.listByIds(ids)).map((p) => [p.id, p]));
  return Promise.all(
    ids.map(async (id) => {
      const person = cached.get(id);
      if (person) {
        return {
          id,
          name: person.displayName,
          address: person.mail ?? person.upn,
          timeZone: person.timeZone,
          workingHours: person.workingHours,
        };
      }
      const found = await deps.directory.getPerson({ as: 'app', tenantId }, id).catch(() => undefined);
      if (!found) return { id, name: id, address: null, timeZone: null, workingHours: null };
      return {
        id,
        name: found.displayName,
        address: found.mail ?? found.upn,
        timeZone: null,
        workingHours: null,
      };
    }),
  );
}

/** Members keyed by id. */
export function membersById(members: readonly PodMember[]): Map<string, PodMember> {
  return new Map(members.map((m) => [m.id, m]));
}
