import { UpstreamError } from '../../errors';
import type { Directory, MailboxSettings } from '../../ports';
import type { Person } from '../../domain/people';

/** People read at once for a bulk enrollment; each read is two Graph requests. */
const CONCURRENCY = 8;

/**
 * A person by id, UPN or mail as the `people` cache keeps them: profile, whole reporting line (one `$expand`
 * read) and mailbox zone and working hours. Null when the directory does not know them.
 *
 * Always app-only, also for self-enrollment: the reporting line names other people, which delegated
 * User.Read may not read, and bulk enrollment has no user behind the people it reads anyway. One grant
 * (User.Read.All, MailboxSettings.Read) then covers both paths and the cached rows look the same.
 */
export async function readDirectoryPerson(
  directory: Directory,
  tenantId: string,
  key: string,
): Promise<Person | null> {
  const acting = { as: 'app', tenantId } as const;
  const person = await directory.findPerson(acting, key);
  if (!person) return null;
  const mailbox = await mailboxOf(directory, tenantId, person.id);
  return {
    id: person.id,
    upn: person.upn,
    mail: person.mail,
    displayName: person.displayName,
    jobTitle: person.jobTitle,
    department: person.department,
    managerId: person.managerChain[0] ?? null,
    managerChain: person.managerChain,
    hireDate: person.employeeHireDate?.slice(0, 10) ?? null,
    timeZone: mailbox?.timeZone ?? null,
    workingHours: mailbox?.workingHours ?? null,
  };
}

/** readDirectoryPerson for many keys, a few at a time; results in the keys' order. */
export async function readDirectoryPeople(
  directory: Directory,
  tenantId: string,
  keys: readonly string[],
): Promise<(Person | null)[]> {
  const results: (Person | null)[] = new Array(keys.length).fill(null);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < keys.length; i = next++)
      results[i] = await readDirectoryPerson(directory, tenantId, keys[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, keys.length) }, worker));
  return results;
}

/** A user without an Exchange mailbox has no settings (404); pod formation then uses office hours. */
async function mailboxOf(
  directory: Directory,
  tenantId: string,
  personId: string,
): Promise<MailboxSettings | null> {
  try {
    return await directory.getMailboxSettings({ as: 'app', tenantId }, personId);
  } catch (error) {
    if (error instanceof UpstreamError && error.upstream.status === 404) return null;
    throw error;
  }
}
