import type { ChannelRef, Program, ProgramSettings } from '../../domain/programs';
import type { Caller } from '../../ports';
import { resolvePeople } from '../people/resolve-people';
import type { ProgramsDeps } from './programs-deps';

export interface NewProgramInput {
  name: string;
  goal: string;
  /** Further owners besides the creator, by id, UPN or mail. */
  coOwnerIds: string[];
  summaryChannel: ChannelRef | null;
  weights: ProgramSettings['weights'];
}

/** Any signed-in person may create a program and becomes its owner, with the co-owners they name. */
export async function createProgram(
  deps: ProgramsDeps,
  caller: Caller,
  input: NewProgramInput,
): Promise<Program> {
  const coOwners = await resolvePeople(deps.directory, caller.tenantId, input.coOwnerIds, 'coOwnerIds');
  return deps.transact(caller.tenantId, async (store) => {
    await store.tenant.ensure();
    return store.programs.add({
      name: input.name,
      goal: input.goal,
      ownerIds: [...new Set([caller.userId, ...coOwners])],
      settings: { weights: input.weights },
      summaryChannel: input.summaryChannel,
      createdBy: caller.userId,
    });
  });
}
