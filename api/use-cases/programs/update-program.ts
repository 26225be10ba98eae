import { NotFoundError, UnprocessableError } from '../../errors';
import type { ChannelRef, Program } from '../../domain/programs';
import type { Caller } from '../../ports';
import { loadOwnedProgram } from '../access';
import type { ProgramsDeps } from './programs-deps';

export interface ProgramChanges {
  name?: string | undefined;
  goal?: string | undefined;
  /** null unbinds the channel. */
  summaryChannel?: ChannelRef | null | undefined;
}

/** An owner renames the program, restates its goal, or binds (or unbinds) the channel its session summaries go to. */
export async function updateProgram(
  deps: ProgramsDeps,
  caller: Caller,
  programId: string,
  changes: ProgramChanges,
): Promise<Program> {
  await loadOwnedProgram(deps.store(caller.tenantId), caller, programId);
  if (changes.summaryChannel) {
    // As the owner: they must be able to see the channel they bind, and summaries are posted as members anyway.
    const channel = await deps.channelDirectory.getChannel({ as: 'user', caller }, changes.summaryChannel);
    if (!channel)
      throw new UnprocessableError(
        'channel_not_found',
        'There is no such channel in that team, or you cannot see it.',
        { field: 'summaryChannel' },
      );
  }
  const saved = await deps.transact(caller.tenantId, async (store) => {
    await loadOwnedProgram(store, caller, programId);
    return store.programs.update(programId, definedOnly(changes));
  });
  if (!saved) throw new NotFoundError('There is no such program.', { field: 'id' });
  return saved;
}

function definedOnly(changes: ProgramChanges) {
  return {
    ...(changes.name === undefined ? {} : { name: changes.name }),
    ...(changes.goal === undefined ? {} : { goal: changes.goal }),
    ...(changes.summaryChannel === undefined ? {} : { summaryChannel: changes.summaryChannel }),
  };
}
