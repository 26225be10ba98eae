import type { Activity } from '@microsoft/teams.api';
import type { Member } from '../ports';
import { channelDataOf } from './activity-payloads';

/**
 * The member behind a verified activity: Entra object id from `from.aadObjectId`, tenant from the conversation or
 * channel data. Undefined when either is missing or the tenant is not one this app serves.
 */
export function memberOf(activity: Activity, allowedTenantIds: readonly string[]): Member | undefined {
  const tenantId = (activity.conversation?.tenantId ?? channelDataOf(activity).tenant?.id)?.toLowerCase();
  const userId = activity.from?.aadObjectId;
  if (!tenantId || !userId || !allowedTenantIds.includes(tenantId)) return undefined;
  return { tenantId, userId };
}
