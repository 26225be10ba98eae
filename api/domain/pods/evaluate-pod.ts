import { indexCohort } from './cohort-index';
import { PodFormationInputError } from './errors';
import { describePod } from './pod-fit';
import { resolveSettings } from './settings';
import type { Participant, PodFit, PodSettings, Violation } from './types';

export type ParticipantsById = ReadonlyMap<string, Participant> | Readonly<Record<string, Participant>>;

/** Fit and hard-rule breaches of one pod, scored by the same objective proposePods optimizes. */
export function evaluatePod(
  members: readonly string[],
  participantsById: ParticipantsById,
  settings: PodSettings,
): PodFit & { violations: Violation[] } {
  const lookup = (id: string) =>
    participantsById instanceof Map
      ? participantsById.get(id)
      : (participantsById as Record<string, Participant>)[id];
  const people = members.map((id, i) => {
    const person = lookup(id);
    if (!person) throw new PodFormationInputError(`members[${i}]`, `unknown participant ${id}`);
    return person;
  });
  const index = indexCohort(people, resolveSettings(settings));
  return describePod(
    index,
    people.map((_, i) => i),
  );
}
