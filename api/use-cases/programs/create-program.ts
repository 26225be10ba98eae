import type { CreateProgram, ProgramView } from '../../http/schemas';
import type { Caller } from '../../ports';
import type { ProgramsDeps } from './programs-deps';
import { toProgramView } from './program-views';
import { resolvePeople } from '../people/resolve-people';

/** Any signed-in person may create a program and becomes its owner, with the co-owners they name. */
export async function createProgram(
  deps: ProgramsDeps,
  caller: Caller,
  body: CreateProgram,
): Promise<ProgramView> {
  const coOwners = await resolvePeople(deps.directory, caller.tenantId, body.coOwnerIds, 'coOwnerIds');
  const program = await deps.transact(caller.tenantId, async (store) => {
    await store.tenant.ensure();
    return store.programs.add({
      name: body.name,
      goal: body.goal,
      ownerIds: [...new Set([caller.userId, ...coOwners])],
      settings: { weights: body.weights },
      summaryChannel: body.summaryChannel,
      createdBy: caller.userId,
    });
  });
  return toProgramView(program);
}
