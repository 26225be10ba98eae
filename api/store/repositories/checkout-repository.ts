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
        .values(this.values(checkout, tenantId))
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    return toCheckout(row);
  }

  /** Creates or replaces the member's check-out for the occurrence; `created` is false on an edit. */
  async save(checkout: NewCheckout, at: Date): Promise<{ checkout: Checkout; created: boolean }> {
    const { db, tenantId } = this.scope;
    const values = this.values(checkout, tenantId);
    const row = await db
      .insertInto('checkouts')
      .values({ ...values, created_at: at, updated_at: at })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'occurrence_id', 'person_id']).doUpdateSet({
          insight: values.insight,
          commitment: values.commitment,
          insight_shareable: values.insight_shareable,
          show_name: values.show_name,
          updated_at: at,
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    return { checkout: toCheckout(row), created: row.created_at.getTime() === row.updated_at.getTime() };
  }

  async get(occurrenceId: string, personId: string): Promise<Checkout | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('checkouts')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('occurrence_id', '=', occurrenceId)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    return row && toCheckout(row);
  }

  async listByOccurrence(occurrenceId: string): Promise<Checkout[]> {
    return this.listByOccurrences([occurrenceId]);
  }

  async listByOccurrences(occurrenceIds: readonly string[]): Promise<Checkout[]> {
    if (occurrenceIds.length === 0) return [];
    const { db, tenantId } = this.scope;
    const rows = await db
      .selectFrom('checkouts')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('occurrence_id', 'in', [...occurrenceIds])
      .orderBy('created_at')
      .orderBy('person_id')
      .execute();
    return rows.map(toCheckout);
  }

  private values(checkout: NewCheckout, tenantId: string) {
    return {
      tenant_id: tenantId,
      occurrence_id: checkout.occurrenceId,
      person_id: checkout.personId,
      insight: checkout.insight,
      commitment: checkout.commitment,
      insight_shareable: checkout.insightShareable ?? false,
      show_name: checkout.showName ?? false,
    };
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
