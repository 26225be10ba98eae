import type { Selectable } from 'kysely';
import type { Checkout } from '../../domain/sessions/session-records';
import type { CheckoutRepository, NewCheckout } from '../../ports';
import type { CheckoutsTable } from '../schema';
import { failOnConflict } from '../store-errors';
import type { TenantScope } from '../tenant-scope';

export class SqlCheckoutRepository implements CheckoutRepository {
  constructor(private readonly scope: TenantScope) {}

  /** Records a member's first check-out (private unless flagged); throws DuplicateError when they already have one. */
  async add(
    checkout: Omit<NewCheckout, 'insightShareable' | 'showName'> & Partial<NewCheckout>,
  ): Promise<Checkout> {
    const { db } = this.scope;
    const values = this.values({ insightShareable: false, showName: false, ...checkout });
    const row = await failOnConflict('A check-out already exists for this session and person.', () =>
      db.insertInto('checkouts').values(values).returningAll().executeTakeFirstOrThrow(),
    );
    return toCheckout(row);
  }

  async save(checkout: NewCheckout, at: number): Promise<Checkout> {
    const { db } = this.scope;
    const values = this.values(checkout);
    const stamp = new Date(at);
    const row = await db
      .insertInto('checkouts')
      .values({ ...values, created_at: stamp, updated_at: stamp })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'session_id', 'person_id']).doUpdateSet({
          insight: values.insight,
          commitment: values.commitment,
          insight_shareable: values.insight_shareable,
          show_name: values.show_name,
          updated_at: stamp,
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    return toCheckout(row);
  }

  async get(sessionId: string, personId: string): Promise<Checkout | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('checkouts')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('session_id', '=', sessionId)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    return row && toCheckout(row);
  }

  async listBySessions(sessionIds: readonly string[]): Promise<Checkout[]> {
    if (sessionIds.length === 0) return [];
    const { db, tenantId } = this.scope;
    const rows = await db
      .selectFrom('checkouts')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('session_id', 'in', [...sessionIds])
      .orderBy('created_at')
      .orderBy('person_id')
      .execute();
    return rows.map(toCheckout);
  }

  private values(checkout: NewCheckout) {
    return {
      tenant_id: this.scope.tenantId,
      session_id: checkout.sessionId,
      person_id: checkout.personId,
      insight: checkout.insight,
      commitment: checkout.commitment,
      insight_shareable: checkout.insightShareable,
      show_name: checkout.showName,
    };
  }
}

function toCheckout(row: Selectable<CheckoutsTable>): Checkout {
  return {
    sessionId: row.session_id,
    personId: row.person_id,
    insight: row.insight,
    commitment: row.commitment,
    insightShareable: row.insight_shareable,
    showName: row.show_name,
    createdAt: row.created_at.getTime(),
    updatedAt: row.updated_at.getTime(),
  };
}
