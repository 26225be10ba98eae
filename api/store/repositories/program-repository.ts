import type { Selectable } from 'kysely';
import { ChannelRef, ProgramSettings, type Program } from '../../domain/programs';
import type { NewProgram, ProgramRepository } from '../../ports';
import { toJson } from '../column-types';
import type { ProgramsTable } from '../schema';
import type { TenantScope } from '../tenant-scope';

export class SqlProgramRepository implements ProgramRepository {
  constructor(private readonly scope: TenantScope) {}

  async add(program: NewProgram): Promise<Program> {
    const { db, tenantId } = this.scope;
    const row = await db
      .insertInto('programs')
      .values({
        tenant_id: tenantId,
        name: program.name,
        goal: program.goal,
        owner_ids: program.ownerIds,
        settings: toJson(program.settings ?? ProgramSettings.parse({})),
        summary_channel: toJson(program.summaryChannel ?? null),
        created_by: program.createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toProgram(row);
  }

  /** Adds co-owners (ids not already owners); returns the program as saved, or undefined when unknown. */
  async addOwners(id: string, ownerIds: readonly string[]): Promise<Program | undefined> {
    const { db, tenantId } = this.scope;
    const current = await this.get(id);
    if (!current) return undefined;
    const owners = [...new Set([...current.ownerIds, ...ownerIds])];
    const row = await db
      .updateTable('programs')
      .set({ owner_ids: owners })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toProgram(row);
  }

  /** Changes name, goal or summary channel (only those given); returns the program as saved, or undefined when unknown. */
  async update(
    id: string,
    changes: { name?: string; goal?: string; summaryChannel?: ChannelRef | null },
  ): Promise<Program | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .updateTable('programs')
      .set({
        ...(changes.name === undefined ? {} : { name: changes.name }),
        ...(changes.goal === undefined ? {} : { goal: changes.goal }),
        ...(changes.summaryChannel === undefined ? {} : { summary_channel: toJson(changes.summaryChannel) }),
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row && toProgram(row);
  }

  async get(id: string): Promise<Program | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('programs')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toProgram(row);
  }

  /** Programs the person owns, newest first. */
  async listOwnedBy(personId: string): Promise<Program[]> {
    const { db, tenantId } = this.scope;
    const rows = await db
      .selectFrom('programs')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where((eb) => eb(eb.val(personId), '=', eb.fn.any('owner_ids')))
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(toProgram);
  }
}

function toProgram(row: Selectable<ProgramsTable>): Program {
  return {
    id: row.id,
    name: row.name,
    goal: row.goal,
    ownerIds: row.owner_ids,
    settings: ProgramSettings.parse(row.settings),
    summaryChannel: ChannelRef.nullable().parse(row.summary_channel),
    createdBy: row.created_by,
    createdAt: row.created_at.getTime(),
  };
}
