import type { Selectable } from 'kysely';
import type { CheckoutsTable } from '../schema';
import { failOnConflict } from '../store-errors';
import type { TenantScope } from '../tenant-scope';

export interface NewCheckout {
  occurrenceId: string;
  personId: string;
  insight: string;
  commitment: string;
  insightShareable?: boolean;
  showName?: boolean;
}

export interface Checkout extends Required<NewCheckout> {
  createdAt: Date;
  updatedAt: Date;
}

export class CheckoutRepository {
  constructor(private readonly scope: TenantScope) {}

  /** Records a member's check-out; throws DuplicateError when they already have one for the occurrence. */
  async add(checkout: NewCheckout): Promise<Checkout> {
    const { db, tenantId } = this.scope;
    const row = await failOnConflict('A check-out already exists for this session and person.', () =>
      db
        .insertInto('checkouts')
        .values({
          tenant_id: tenantId,
          occurrence_id: checkout.occurrenceId,
          person_id: checkout.personId,
          insight: checkout.insight,
          commitment: checkout.commitment,
          insight_shareable: checkout.insightShareable ?? false,
          show_name: checkout.showName ?? false,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    return toCheckout(row);
  }

  async listByOccurrence(occurrenceId: string): Promise<Checkout[]> {
    const { db, tenantId } = this.scope;
    const rows = await db
      .selectFrom('checkouts')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('occurrence_id', '=', occurrenceId)
      .orderBy('created_at')
      .execute();
    return rows.map(toCheckout);
  }
}

function toCheckout(row: Selectable<CheckoutsTable>): Checkout {
  return {
    occurrenceId: row.occurrence_id,
    personId: row.person_id,
    insight: row.insight,
    commitment: row.commitment,
    insightShareable: row.insight_shareable,
    showName: row.show_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
