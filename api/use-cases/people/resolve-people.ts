import { ValidationError } from '../../errors';
import type { Directory } from '../../ports';

/**
 * Entra ids of people named by id, UPN or mail, read app-only; a name the directory does not know is a 400 on
 * its field (`coOwnerIds[1]`), and with `notSelf` naming the caller is one too.
 */
export async function resolvePeople(
  directory: Directory,
  tenantId: string,
  keys: readonly string[],
  field: string,
  notSelf?: string,
): Promise<string[]> {
  const acting = { as: 'app', tenantId } as const;
  const found = await Promise.all(keys.map((key) => directory.findPerson(acting, key)));
  const errors = found.flatMap((person, i) => {
    if (!person) return [{ field: `${field}[${i}]`, message: `${keys[i]} is not in the directory` }];
    if (person.id === notSelf) return [{ field: `${field}[${i}]`, message: 'you cannot name yourself' }];
    return [];
  });
  if (errors.length) throw new ValidationError(`Some people in ${field} cannot be used.`, errors);
  return [...new Set(found.map((person) => person!.id))];
}
