import { timeZoneOf, type WorkingHours } from '../../domain/time';
import type { DirectoryPerson, MailboxSettings } from '../../ports';
import type { MyProfile, WorkingHoursWire } from '../schemas';

/** Working hours on the wire name their days `daysOfWeek`. */
export function toWorkingHoursView(hours: WorkingHours): WorkingHoursWire {
  return { daysOfWeek: hours.days, start: hours.start, end: hours.end, timeZone: hours.timeZone };
}

export function fromWorkingHoursBody(hours: WorkingHoursWire): WorkingHours {
  return { days: hours.daysOfWeek, start: hours.start, end: hours.end, timeZone: hours.timeZone };
}

export function toProfileView({
  person,
  mailbox,
}: {
  person: DirectoryPerson;
  mailbox: MailboxSettings;
}): MyProfile {
  return {
    id: person.id,
    displayName: person.displayName,
    upn: person.upn,
    jobTitle: person.jobTitle,
    department: person.department,
    timeZone: mailbox.timeZone,
    workingHours: {
      ...toWorkingHoursView(mailbox.workingHours),
      timeZoneName: timeZoneOf(mailbox.workingHours.timeZone).displayName,
    },
  };
}
