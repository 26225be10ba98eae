import type { Clock } from '../ports';
import type { TenantStore } from '../store';

/** What the session-loop use cases need from storage and time. */
export interface SessionLoopDeps {
  store: (tenantId: string) => TenantStore;
  /** Runs `work` in one database transaction: all of its writes happen, or none. */
  transact: <T>(tenantId: string, work: (store: TenantStore) => Promise<T>) => Promise<T>;
  clock: Clock;
}

/** Who is acting: from a validated SSO token (tab) or a verified bot activity (message extension). */
export interface Member {
  tenantId: string;
  userId: string;
}
