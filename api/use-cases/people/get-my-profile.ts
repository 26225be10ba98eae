import type { Caller, DirectoryPerson, MailboxSettings } from '../../ports';
import type { PeopleDeps } from './people-deps';

/**
 * The caller's profile and working hours, read fresh from Graph and cached for pod matching.
 * Reads act as the user (OBO, `/me`): a person reading their own profile needs only delegated
 * User.Read and MailboxSettings.Read, no admin-consented application permission, and the
 * request counts against their own mailbox rather than the app's tenant-wide budget.
 */
export async function getMyProfile(
  deps: Pick<PeopleDeps, 'store' | 'directory'>,
  caller: Caller,
): Promise<{ person: DirectoryPerson; mailbox: MailboxSettings }> {
  const acting = { as: 'user', caller } as const;
  const [person, mailbox] = await Promise.all([
    deps.directory.getPerson(acting, 'me'),
    deps.directory.getMailboxSettings(acting, 'me'),
  ]);

  const store = deps.store(caller.tenantId);
  await store.tenant.ensure();
  // The reporting line comes from directory syncs; a profile read must not erase it.
  const cached = await store.people.get(person.id);
  await store.people.upsert({
    id: person.id,
    upn: person.upn,
    mail: person.mail,
    displayName: person.displayName,
    jobTitle: person.jobTitle,
    department: person.department,
    managerId: cached?.managerId ?? null,
    managerChain: cached?.managerChain ?? [],
    hireDate: person.employeeHireDate?.slice(0, 10) ?? null,
    timeZone: mailbox.timeZone,
    workingHours: mailbox.workingHours,
  });

  return { person, mailbox };
}
