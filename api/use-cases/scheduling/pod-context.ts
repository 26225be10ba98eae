import type { Pod } from '../../domain/pods';
import type { Cohort, Program } from '../../domain/programs';
import type { WorkingHours } from '../../domain/time';
import type { Caller, TenantStore } from '../../ports';
import { loadPodForMember } from '../access';
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

/** The pod, its cohort and program and its members, for one of its members (see loadPodForMember). */
export async function loadPodContext(
  deps: Pick<SchedulingDeps, 'store' | 'directory'>,
  caller: Caller,
  podId: string,
): Promise<PodContext> {
  const store = deps.store(caller.tenantId);
  const found = await loadPodForMember(store, caller, podId, 'schedule its sessions');
  return { ...found, members: await resolveMembers(deps, caller.tenantId, store, found.pod.memberIds) };
}

/**
 * Members from the people cache; anyone missing is read from the directory app-only and cached. A person the
 * directory does not know either stays in the pod without an address, and scheduling names them as unreadable.
 */
export async function resolveMembers(
  deps: Pick<SchedulingDeps, 'directory'>,
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
