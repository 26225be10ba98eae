import type { Clock, Directory } from '../ports';
import type { TenantStore } from '../store';

/** What the program, cohort, enrollment and pod use cases need. */
export interface ProgramDeps {
  store: (tenantId: string) => TenantStore;
  /** Runs `work` in one database transaction on the tenant's repositories: all of it is written or none. */
  transact: <T>(tenantId: string, work: (store: TenantStore) => Promise<T>) => Promise<T>;
  directory: Directory;
  clock: Clock;
}
