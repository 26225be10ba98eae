import type { TenantStore } from '../store/scoped';

/** A tenant's repositories, and a way to run work on them in one transaction. Every dependency bag starts here. */
export interface Storage {
  /** The repositories of one tenant; every query they run is scoped to it. */
  store: (tenantId: string) => TenantStore;
  /** Runs `work` in one database transaction on the tenant's repositories: all of it is written or none. */
  transact: <T>(tenantId: string, work: (store: TenantStore) => Promise<T>) => Promise<T>;
}
