import type { Violation } from './types';

/** A broken rule's sentence for people: each person's id in it replaced by their name. */
export function violationText(violation: Violation, nameOf: (id: string) => string): string {
  let why = violation.why;
  for (const id of violation.people) why = why.replaceAll(id, nameOf(id));
  return why;
}
