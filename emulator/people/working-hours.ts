import { customTimeZoneJson } from '../calendar/custom-zone';
import { customZoneId } from '../calendar/time-zones';
import type { EmulatorPerson } from '../types';

/** workingHours as mailboxSettings and getSchedule return them: the zone by name, or a customTimeZone block. */
export function workingHoursJson(person: EmulatorPerson): Record<string, unknown> {
  const hours = person.workingHours;
  return {
    daysOfWeek: [...hours.daysOfWeek],
    startTime: hours.startTime,
    endTime: hours.endTime,
    timeZone: person.customTimeZone ? customTimeZoneJson(person.customTimeZone) : { ...hours.timeZone },
  };
}

/** The zone a person's working day (and so their generated calendar) is kept in. */
export function workingZoneOf(person: EmulatorPerson): string {
  return person.customTimeZone ? customZoneId(person.customTimeZone) : person.ianaTimeZone;
}
