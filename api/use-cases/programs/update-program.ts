import { NotFoundError, UnprocessableError } from '../../errors';
import type { ProgramView, UpdateProgram } from '../../http/schemas';
import type { Caller } from '../../ports';
import type { ProgramsDeps } from './programs-deps';
import { loadOwnedProgram } from './program-access';
import { toProgramView } from './program-views';

/** An owner renames the program, restates its goal, or binds (or unbinds) the channel its session summaries go to. */
export async function updateProgram(
  deps: ProgramsDeps,
  caller: Caller,
  programId: string,
  body: UpdateProgram,
): Promise<ProgramView> {
  await loadOwnedProgram(deps.store(caller.tenantId), caller, programId);
  if (body.summaryChannel) {
    // As the owner: they must be able to see the channel they bind, and summaries are posted as members anyway.
    const channel = await deps.channelDirectory.getChannel({ as: 'user', caller }, body.summaryChannel);
    if (!channel)
      throw new UnprocessableError(
        'channel_not_found',
        'There is no such channel in that team, or you cannot see it.',
        { field: 'summaryChannel' },
      );
  }
  const saved = await deps.transact(caller.tenantId, async (store) => {
    await loadOwnedProgram(store, caller, programId);
    return store.programs.update(programId, body);
  });
  if (!saved) throw new NotFoundError('There is no such program.', { field: 'id' });
  return toProgramView(saved);
}
