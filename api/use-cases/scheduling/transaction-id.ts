import { createHash } from 'node:crypto';

/**
 * The Graph `transactionId` of a pod's series in a cohort: a name-based (version 5 style) UUID of tenant, cohort and
 * pod, so every retry of the booking, from any replica or after a crash, sends the same id and Outlook returns the
 * event it created the first time instead of a second series.
 */
export function seriesTransactionId(tenantId: string, cohortId: string, podId: string): string {
  const hash = createHash('sha1').update(`peerpods:series:${tenantId}:${cohortId}:${podId}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
